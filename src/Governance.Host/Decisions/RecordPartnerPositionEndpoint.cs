using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Decisions;

public static class RecordPartnerPositionEndpoint
{
    /// <summary>
    /// Record a partner's position on a decision; a later position replaces it, the history keeps both. Answers 204;
    /// the ETag carries the decision's new version. A person records only the position of the partner they act for; the position keeps who took it. A dissent or an agreement with reservations is told to the programme director, the delegates and the opdrachtgevers.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/decisions/{decisionId}/positions", OperationId = "recordPartnerPosition")]
    [RequiresRight(Right.RecordOwnPosition)]
    [Tags("Besluiten")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid decisionId, RecordPartnerPosition command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => Execute(programmeId, decisionId, command, session, clock, http, expected), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (the request says who asks; nothing is written to its response).</summary>
    public static async Task<Handled> Execute(Guid programmeId, Guid decisionId, RecordPartnerPosition command, IDocumentSession session, IClock clock,
        HttpContext http, long? expectedVersion)
    {
        if (command.PartnerId is { } partnerId && !await ProgrammeRightHandler.ActsFor(http, programmeId, partnerId))
            return Handled.ForbiddenBecause("U legt alleen het standpunt vast van de organisatie namens wie u in dit programma optreedt.");
        var member = http.User.PersonIdOf() is { } personId ? await ProgrammeRightHandler.MembershipOf(http, programmeId, personId) : null;
        var takenBy = member is null ? null : new PersonRef(member.PersonId, member.Name);
        return await session.HandleInProgramme<Decision>(programmeId, decisionId, expectedVersion, "Besluit", d => d.ProgrammeId,
            (decision, programme) => RecordPartnerPosition.Decide(decision, programme, command, clock.GetCurrentInstant(), takenBy), http.RequestAborted);
    }
}
