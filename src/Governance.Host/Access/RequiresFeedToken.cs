using Microsoft.AspNetCore.Authorization;

namespace Governance.Host.Access;

/// <summary>
/// A calendar feed: calendar apps cannot sign in, so no sign-in is asked (it is <see cref="IAllowAnonymous"/>) and
/// the endpoint itself checks the secret feed token in its route and shows only what that token's person may read
/// (<see cref="Exports.ExportReflectionCalendar"/>). Declared instead of a right, so the authorisation matrix knows
/// the endpoint is protected on purpose this way.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresFeedTokenAttribute : Attribute, IAllowAnonymous;
