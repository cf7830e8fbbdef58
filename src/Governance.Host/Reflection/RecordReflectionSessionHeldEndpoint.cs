using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Reflection;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection;

public static class RecordReflectionSessionHeldEndpoint
{
    /// <summary>
    /// Leg vast dat de reflectiesessie is gehouden: aanwezigen, de besproken vragen van aanbeveling 9, uitkomsten en
    /// eventueel vertrouwelijke aantekeningen (die de sessie-endpoints nooit tonen). Aanwezigen die lid zijn, noem je
    /// met <c>attendingPersonIds</c>, anderen met hun naam in <c>attendees</c>. Antwoordt 204; de ETag draagt de nieuwe
    /// versie van de sessie.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/held", OperationId = "recordReflectionSessionHeld")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid sessionId, RecordReflectionSessionHeld command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => Execute(programmeId, sessionId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static async Task<Handled> Execute(Guid programmeId, Guid sessionId, RecordReflectionSessionHeld command, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct)
    {
        // Attendees who are members are picked by person id (they may read the confidential notes); others by name.
        var (picked, notMembers) = await ProgrammePeople.NamesOf(session, programmeId, command.AttendingPersonIds, "attendingPersonIds", ct);
        if (notMembers is not null) return Handled.Refuse(notMembers);
        var withNames = command with { Attendees = ProgrammePeople.Together(picked, command.Attendees) };
        return await session.HandleInProgramme<ReflectionSession>(programmeId, sessionId, expectedVersion, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => RecordReflectionSessionHeld.Decide(reflection, withNames, clock.GetCurrentInstant()), ct);
    }
}
