using System.Security.Claims;

namespace Governance.Host.Access;

/// <summary>
/// Who a write is done by: a person of the register, acting for their organisation, or the application itself for
/// work that no person starts (the demo's first load, the first administrator, a background sweep). Every event
/// carries its actor (<see cref="Infrastructure.AttributedSessions"/>), so the audit trail can always say who did it.
/// </summary>
public sealed record Actor(string Name, Guid? PersonId, string? Organisation)
{
    /// <summary>The name the application writes under when it acts on its own.</summary>
    public const string ApplicationName = "Programmagovernance";

    /// <summary>The signed-in person, or null for a request nobody signed in to.</summary>
    public static Actor? Of(ClaimsPrincipal user) =>
        user.PersonIdOf() is { } personId
            ? new Actor(user.Identity?.Name ?? personId.ToString(), personId, user.FindFirst(GovernanceClaims.Organisation)?.Value)
            : null;

    /// <summary>The application itself, doing <paramref name="task"/> (shown in the audit trail).</summary>
    public static Actor Application(string task) => new($"{ApplicationName} ({task})", null, ApplicationName);
}
