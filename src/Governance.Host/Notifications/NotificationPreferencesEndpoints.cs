using Governance.Host.Access;
using Governance.Projections.Notifications;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Notifications;

/// <summary>Per kind of notification: "immediately", "weeklyDigest" or "off" (e-mail; the inbox always shows it).</summary>
public sealed record NotificationPreferencesBody(Dictionary<NotificationKind, Delivery>? ByKind);

public static class NotificationPreferencesEndpoints
{
    /// <summary>De keuze van de aangemelde persoon voor elke soort melding.</summary>
    [WolverineGet("/api/me/notification-preferences", OperationId = "getNotificationPreferences")]
    [Tags("Meldingen")]
    [RequiresSignIn]
    [ProducesResponseType<NotificationPreferencesBody>(StatusCodes.Status200OK)]
    public static async Task<NotificationPreferencesBody> Get(HttpContext http, IQuerySession session)
    {
        var preferences = await session.LoadAsync<NotificationPreferences>(http.User.PersonIdOf()!.Value, http.RequestAborted) ?? new();
        return new(Enum.GetValues<NotificationKind>().ToDictionary(k => k, preferences.For));
    }

    /// <summary>
    /// Wijzig de keuzes voor de genoemde soorten meldingen; soorten die je weglaat, houden hun keuze. Antwoordt 200 met
    /// alle keuzes.
    /// </summary>
    [WolverinePut("/api/me/notification-preferences", OperationId = "putNotificationPreferences")]
    [Tags("Meldingen")]
    [RequiresSignIn]
    [ProducesResponseType<NotificationPreferencesBody>(StatusCodes.Status200OK)]
    public static async Task<IResult> Put(NotificationPreferencesBody body, HttpContext http, IDocumentSession session)
    {
        if (body.ByKind is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["byKind"] = ["Geef per soort melding een keuze: immediately, weeklyDigest of off."] },
                title: "De invoer is niet geldig.");
        var personId = http.User.PersonIdOf()!.Value;
        var preferences = await session.LoadAsync<NotificationPreferences>(personId, http.RequestAborted) ?? new() { Id = personId };
        foreach (var (kind, delivery) in body.ByKind) preferences.ByKind[kind] = delivery;
        session.Store(preferences);
        await session.SaveChangesAsync(http.RequestAborted);
        return Results.Ok(new NotificationPreferencesBody(Enum.GetValues<NotificationKind>().ToDictionary(k => k, preferences.For)));
    }
}
