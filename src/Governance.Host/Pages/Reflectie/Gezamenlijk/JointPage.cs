using Governance.Host.Reflection.Joint;
using Governance.Host.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Host.Pages.Reflectie.Gezamenlijk;

/// <summary>
/// What the pages of a gezamenlijke sessie read: the session as GET /api/joint-reflection-sessions/{id} answers it
/// for this person (only the programmes they are a member of), or the status that refuses them.
/// </summary>
public static class JointPage
{
    public static async Task<JointReflectionSessionView?> Load(HttpContext http, IQuerySession session, Guid jointSessionId, CancellationToken ct) =>
        PageCommands.ValueOf<JointReflectionSessionView>(await GetJointReflectionSession.Get(jointSessionId, session, http, ct));

    /// <summary>The status of a refused API answer (404 or 403), for the web layer's Dutch error page.</summary>
    public static IActionResult Refusal(IResult refused) =>
        new StatusCodeResult((refused as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status404NotFound);
}
