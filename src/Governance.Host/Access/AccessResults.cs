using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Governance.Host.Access;

/// <summary>
/// Turns a failed rights check into the answers of the API's convention: 401 when nobody is signed in (pages go to
/// the sign-in instead), 404 for a non-member — the programme's existence does not leak — and 403 for a member
/// without the right. All as problem details in Dutch.
/// </summary>
public sealed class AccessResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await next(context);
            return;
        }

        var isApi = context.Request.Path.StartsWithSegments("/api");
        if (result.Challenged || context.User.Identity?.IsAuthenticated != true)
        {
            if (isApi)
                await Problem(context, StatusCodes.Status401Unauthorized, "Niet aangemeld.", "Meld u aan om dit te kunnen zien.");
            else
                await context.ChallengeAsync();
            return;
        }

        var notAMember = result.AuthorizationFailure?.FailureReasons.OfType<NotAMember>().Any() == true;
        if (!isApi)
        {
            // A page: the status alone; the web layer shows its own Dutch error page (Pages/Fout).
            context.Response.StatusCode = notAMember ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;
            return;
        }
        if (notAMember)
            await Problem(context, StatusCodes.Status404NotFound, "Programma niet gevonden.", "Dit programma bestaat niet, of u bent er geen lid van.");
        else
            await Problem(context, StatusCodes.Status403Forbidden, "Geen toegang.", "Uw rol in dit programma geeft geen recht op deze handeling.");
    }

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
