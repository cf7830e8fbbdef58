using Governance.Domain.Access;
using Governance.Projections.Access;
using Governance.Projections.Directory;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Access;

public static class MeEndpoint
{
    /// <summary>
    /// De aangemelde persoon, de programma's waaraan die meedoet en wat de rol in elk programma toestaat.
    /// </summary>
    [WolverineGet("/api/me", OperationId = "me")]
    [Tags("Leden en rechten")]
    [RequiresSignIn]
    [ProducesResponseType<Me>(StatusCodes.Status200OK)]
    public static async Task<Me> Get(HttpContext http, IQuerySession session)
    {
        var personId = http.User.PersonIdOf()!.Value;
        var person = await session.LoadAsync<DirectoryPerson>(personId, http.RequestAborted);
        var memberships = await session.Query<ProgrammeMembers>()
            .Where(p => p.Members.Any(m => m.PersonId == personId))
            .ToListAsync(http.RequestAborted);
        return new Me(personId, person?.Name ?? "", person?.OrganisationName ?? "", person?.IsAdministrator ?? false,
            memberships.Select(p => p.Find(personId)!).Zip(memberships, (m, p) =>
                new MyMembership(p.Id, m.Role, m.PartnerId, Rights.Table[m.Role].Order().ToList())).ToList());
    }
}

public sealed record Me(Guid PersonId, string Name, string Organisation, bool IsAdministrator, IReadOnlyList<MyMembership> Programmes);

public sealed record MyMembership(Guid ProgrammeId, MemberRole Role, Guid? PartnerId, IReadOnlyList<Right> Rights);
