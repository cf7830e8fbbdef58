using System.Security.Claims;
using Governance.Projections.Directory;

namespace Governance.Host.Access;

/// <summary>The claims every sign-in ends with, whatever the provider: who the person is in our directory.</summary>
public static class GovernanceClaims
{
    public const string PersonId = "governance:person";
    public const string Organisation = "governance:organisation";
    public const string Administrator = "governance:administrator";

    public static IEnumerable<Claim> For(DirectoryPerson person)
    {
        yield return new Claim(PersonId, person.Id.ToString());
        yield return new Claim(ClaimTypes.Name, person.Name);
        yield return new Claim(ClaimTypes.Email, person.Email);
        yield return new Claim(Organisation, person.OrganisationName);
        if (person.IsAdministrator) yield return new Claim(Administrator, "true");
    }

    public static Guid? PersonIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PersonId), out var id) ? id : null;

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.HasClaim(Administrator, "true");
}
