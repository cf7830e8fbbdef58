using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Reflection;
using Governance.Host.Web;
using Governance.Projections.Reflection;
using Marten;

namespace Governance.Host.Pages.Reflectie;

/// <summary>What the reflection pages read: the programme's name, the session as the API answers it, and the person's rights.</summary>
public static class ReflectionPage
{
    public static async Task<(string ProgrammeName, ReflectionSessionView Session)?> Load(HttpContext http, IQuerySession session, Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        var name = await ProgrammeNames.Of(http, session, programmeId, ct);
        var view = PageCommands.ValueOf<ReflectionSessionView>(await GetReflectionSessions.Get(programmeId, sessionId, null, session, http, ct));
        return name is null || view is null ? null : (name, view);
    }

    public static async Task<bool> Can(HttpContext http, Guid programmeId, Right right) =>
        http.User.PersonIdOf() is { } person
        && await ProgrammeRightHandler.MembershipOf(http, programmeId, person) is { } member
        && Rights.Allows(member.Role, right);

    /// <summary>The value of a datetime-local field for a session start (local time in Europe/Amsterdam).</summary>
    public static string LocalInput(NodaTime.ZonedDateTime moment) =>
        moment.LocalDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Several names, one a line.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
