using Governance.Domain.Access;
using Governance.Projections.Access;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Host.Access;

/// <summary>
/// Checks a right against the signed-in person's role in the programme named by the route's <c>programmeId</c>.
/// Administrators may manage membership of any programme (someone has to appoint the first opdrachtgever) but
/// see no programme content by that alone.
/// </summary>
public sealed class ProgrammeRightHandler : AuthorizationHandler<RightRequirement>
{
    public const string RouteKey = "programmeId";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RightRequirement requirement)
    {
        if (context.Resource is not HttpContext http || context.User.PersonIdOf() is not { } personId) return;

        if (!Guid.TryParse(http.GetRouteValue(RouteKey)?.ToString(), out var programmeId))
        {
            // A right without a programme in the route cannot be checked: refuse rather than allow.
            context.Fail(new NotAMember(this));
            return;
        }

        if (requirement.Right == Right.ManageMembers && context.User.IsAdministrator())
        {
            context.Succeed(requirement);
            return;
        }

        var member = await MembershipOf(http, programmeId, personId);
        if (member is null)
            context.Fail(new NotAMember(this));
        else if (Rights.Allows(member.Role, requirement.Right) && ActsForRoutePartner(http, member, requirement.Right))
            context.Succeed(requirement);
        else
            context.Fail();
    }

    /// <summary>
    /// "Own organisation" rights cover the partner the person acts for; those who manage the partner register
    /// (opdrachtgever, programmadirecteur) may record for any partner.
    /// </summary>
    private static bool ActsForRoutePartner(HttpContext http, Member member, Right right) =>
        right != Right.RecordOwnOrganisation
        || !Guid.TryParse(http.GetRouteValue("partnerId")?.ToString(), out var partnerId)
        || member.PartnerId == partnerId
        || Rights.Allows(member.Role, Right.ManagePartners);

    /// <summary>For a partner named in the request body: may this member speak for it?</summary>
    public static async Task<bool> ActsFor(HttpContext http, Guid programmeId, Guid partnerId)
    {
        if (http.User.PersonIdOf() is not { } personId) return false;
        var member = await MembershipOf(http, programmeId, personId);
        return member is not null && member.PartnerId == partnerId;
    }

    /// <summary>The person's membership, read once per request (a page may check several rights).</summary>
    public static async Task<Member?> MembershipOf(HttpContext http, Guid programmeId, Guid personId)
    {
        var key = $"membership:{programmeId}:{personId}";
        if (http.Items.TryGetValue(key, out var cached)) return cached as Member;
        var session = http.RequestServices.GetRequiredService<IQuerySession>();
        var members = await session.LoadAsync<ProgrammeMembers>(programmeId, http.RequestAborted);
        var member = members?.Find(personId);
        http.Items[key] = member;
        return member;
    }
}
