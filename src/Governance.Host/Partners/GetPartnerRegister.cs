using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Partners;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Partners;

public static class GetPartnerRegister
{
    /// <summary>
    /// The programme's partner register: every partner (also those that left) with layer, role, joined and left,
    /// interest and contribution, endorsement, representatives, learning goals and the mandates it holds.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/partners", OperationId = "getPartnerRegister")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Partners")]
    [ProducesResponseType<PartnerRegister>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        var register = await session.LoadAsync<PartnerRegister>(programmeId, ct);
        return register is null ? Problems.NotFound("Programma", programmeId) : Results.Ok(register);
    }
}
