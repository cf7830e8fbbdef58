using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Bodies;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class AddBodyMemberEndpoint
{
    /// <summary>Geef een actieve partner een zetel in het orgaan. Antwoordt 201 met het id van de partner.</summary>
    [WolverinePost("/api/programmes/{programmeId}/bodies/{bodyId}/members", OperationId = "addBodyMember")]
    [RequiresRight(Right.ManageBodies)]
    [Tags("Overleggen")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid programmeId, Guid bodyId, AddBodyMember command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => AddBodyMember.Decide(programme, bodyId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/bodies/{bodyId}/members/{command.PartnerId}", new CreatedId(command.PartnerId!.Value)));
}
