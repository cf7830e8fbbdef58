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
    /// <summary>
    /// Leg de agenda van een reflectiesessie vast (of vervang die), zoals aangepast vanuit het voorstel. Antwoordt 204
    /// met de nieuwe ETag van de sessie.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/agenda", OperationId = "setReflectionAgenda")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Set(Guid programmeId, Guid sessionId, SetReflectionAgenda command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteSet(programmeId, sessionId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteSet(Guid programmeId, Guid sessionId, SetReflectionAgenda command, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct) =>
        session.HandleInProgramme<ReflectionSession>(programmeId, sessionId, expectedVersion, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => SetReflectionAgenda.Decide(reflection, command, Guid.CreateVersion7, clock.GetCurrentInstant()), ct);

    /// <summary>
    /// Markeer agendapunten van een gehouden reflectiesessie als besproken, met een aantekening en de lessen bij elk
    /// punt.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/agenda/discussed", OperationId = "markAgendaDiscussed")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Discussed(Guid programmeId, Guid sessionId, MarkAgendaDiscussed command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteDiscussed(programmeId, sessionId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteDiscussed(Guid programmeId, Guid sessionId, MarkAgendaDiscussed command, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct) =>
        session.HandleInProgramme<ReflectionSession>(programmeId, sessionId, expectedVersion, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => MarkAgendaDiscussed.Decide(reflection, command, clock.GetCurrentInstant()), ct);

    /// <summary>
    /// Wanneer elke indicator in een reflectiesessie is besproken ("besproken op"), met aantekening en lessen, per
    /// indicator en nieuwste eerst. Filter: de indicator (<c>indicator</c>, 1 tot 10); <c>asOf</c> (een datum of een
    /// tijdstip) toont de gesprekken die toen waren vastgelegd. In pagina's met offset/limit en X-Total-Count.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/health/conversations", OperationId = "getIndicatorConversations")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Gezondheid")]
    [ProducesResponseType<IReadOnlyList<IndicatorConversation>>(StatusCodes.Status200OK)]
    public static async Task<IResult> ListConversations(Guid programmeId, string? indicator, string? asOf, string? offset, string? limit,
        IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var errors = new Dictionary<string, string[]>();
        var page = Paging.Read(offset, limit, errors);
        int? number = null;
        if (!string.IsNullOrWhiteSpace(indicator))
        {
            if (int.TryParse(indicator.Trim(), out var parsed) && parsed is >= 1 and <= 10) number = parsed;
            else errors["indicator"] = ["indicator is het nummer van een indicator, 1 tot en met 10."];
        }
        if (errors.Count > 0) return QueryFilters.Invalid(errors);

        var (existed, conversations) = await session.ProgrammeAsOf<IndicatorConversationsProjection, IndicatorConversations>(programmeId, moment, ct);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        return Results.Ok(Ordered(conversations).Where(c => number is null || c.Number == number).ToList().Page(page, http));
    }

    /// <summary>The conversations as the API and the health page show them: by indicator, newest first.</summary>
    public static List<IndicatorConversation> Ordered(IndicatorConversations? conversations) =>
        conversations?.Conversations.OrderBy(c => c.Number).ThenByDescending(c => c.DiscussedOn).ToList() ?? [];
}
