using Governance.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Host.Access;

/// <summary>
/// Puts an endpoint (or page) under a right of the rights table (<see cref="Rights"/>). With a
/// <c>{programmeId}</c> in the route the right is checked against the person's role in that programme;
/// a person who is not a member gets 404, as if the programme did not exist.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RequiresRightAttribute(Right right) : AuthorizeAttribute(PolicyName(right))
{
    public Right Right { get; } = right;

    public static string PolicyName(Right right) => $"right:{right}";
}

/// <summary>Only administrators: managing organisations, people and registering programmes.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RequiresAdministratorAttribute() : AuthorizeAttribute(PolicyName)
{
    public const string PolicyName = "administrator";
}

/// <summary>Any signed-in person; what they see is limited to their own programmes by the endpoint itself.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RequiresSignInAttribute() : AuthorizeAttribute(PolicyName)
{
    public const string PolicyName = "signed-in";
}

public sealed record RightRequirement(Right Right) : IAuthorizationRequirement;

/// <summary>Why a rights check failed: the 404 (not a member) and 403 (member, not allowed) answers differ.</summary>
public sealed class NotAMember(IAuthorizationHandler handler) : AuthorizationFailureReason(handler, "not a member");
