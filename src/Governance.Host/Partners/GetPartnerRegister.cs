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
    /// interest and contribution, endorsement, representatives, learning goals and the mandates it holds; with
    /// <c>asOf</c> (a date or an instant) as it stood then.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/partners", OperationId = "getPartnerRegister")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Partners")]
    [ProducesResponseType<PartnerRegister>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Get(Guid programmeId, string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var register = await session.AsOf<PartnerRegister>(programmeId, moment, ct);
        return register is null ? Problems.NotFound("Programma", programmeId) : Results.Ok(register);
    }
}
