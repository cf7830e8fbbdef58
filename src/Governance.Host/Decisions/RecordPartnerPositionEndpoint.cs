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
    /// Leg het standpunt van een partner over een besluit vast; een later standpunt vervangt het, de geschiedenis houdt
    /// beide. Antwoordt 204; de ETag draagt de nieuwe versie van het besluit. Een persoon legt alleen het standpunt
    /// vast van de partner namens wie die optreedt; het standpunt onthoudt wie het innam. Een tegenstem of instemming
    /// met bedenkingen gaat naar de programmadirecteur, de gedelegeerden en de opdrachtgevers.
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
