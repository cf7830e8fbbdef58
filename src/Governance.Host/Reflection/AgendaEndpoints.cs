using Governance.Domain.Access;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Reflection;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection;

public static class AgendaEndpoints
{
    /// <summary>Set (or replace) a session's agenda, as edited from the proposal. Answers 204 with the session's new ETag.</summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/agenda", OperationId = "setReflectionAgenda")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static Task<IResult> Set(Guid programmeId, Guid sessionId, SetReflectionAgenda command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideInProgramme<ReflectionSession>(http, programmeId, sessionId, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => SetReflectionAgenda.Decide(reflection, command, Guid.CreateVersion7, clock.GetCurrentInstant()),
            Results.NoContent);

    /// <summary>Mark agenda items of a held session as discussed, with a note and the lessons linked to each.</summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/agenda/discussed", OperationId = "markAgendaDiscussed")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static Task<IResult> Discussed(Guid programmeId, Guid sessionId, MarkAgendaDiscussed command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideInProgramme<ReflectionSession>(http, programmeId, sessionId, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => MarkAgendaDiscussed.Decide(reflection, command, clock.GetCurrentInstant()),
            Results.NoContent);

    /// <summary>When each indicator was discussed in a reflection session ("besproken op"), with note and lessons, newest first.</summary>
    [WolverineGet("/api/programmes/{programmeId}/health/conversations", OperationId = "getIndicatorConversations")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Gezondheid")]
    [ProducesResponseType<IReadOnlyList<IndicatorConversation>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<IndicatorConversation>> Conversations(Guid programmeId, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<IndicatorConversations>(programmeId, ct))?.Conversations
            .OrderBy(c => c.Number).ThenByDescending(c => c.DiscussedOn).ToList() ?? [];
}
