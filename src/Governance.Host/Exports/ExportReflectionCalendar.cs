using System.Security.Cryptography;
using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Programmes;
using Governance.Projections.Reflection;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Exports;

/// <summary>
/// A person's secret for calendar subscriptions. Calendar apps cannot sign in, so a feed address carries this token
/// instead; the server looks up whose it is and shows only sessions of programmes that person is a member of at
/// the moment of reading. Asking for a new token replaces the old one (the old addresses stop working).
/// </summary>
public sealed class CalendarFeedToken
{
    /// <summary>The token itself: 32 random bytes, URL-safe base64.</summary>
    public string Id { get; set; } = "";
    public Guid PersonId { get; set; }
    public Instant IssuedAt { get; set; }
}

public sealed record CalendarFeeds(string Token, string ProgrammeFeed, string FacilitatorFeed);

public static class ExportReflectionCalendar
{
    /// <summary>Eén reflectiesessie als .ics-bestand, om aan een agenda toe te voegen.</summary>
    [WolverineGet("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/calendar", OperationId = "exportReflectionSessionIcs")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Exports")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/calendar")]
    public static async Task<IResult> Session(Guid programmeId, Guid sessionId, IQuerySession session, HttpContext http)
    {
        var view = await session.LoadAsync<ReflectionSessionView>(sessionId, http.RequestAborted);
        if (view is null || view.ProgrammeId != programmeId) return Problems.NotFound("Reflectiesessie", sessionId);
        return ExportFiles.File(ReflectionCalendar.Build([view], view.Title, ReflectionCalendar.SiteOf(http)), ExportFiles.Calendar,
            ReflectionCalendar.FileName(view.Title));
    }

    /// <summary>Alle reflectiesessies van een programma als één agenda (aangemeld).</summary>
    [WolverineGet("/api/programmes/{programmeId}/exports/reflection-sessions.ics", OperationId = "exportProgrammeCalendar")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Exports")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/calendar")]
    public static async Task<IResult> Programme(Guid programmeId, IQuerySession session, HttpContext http) =>
        await ProgrammeCalendar(programmeId, session, http) ?? Problems.NotFound("Programma", programmeId);

    /// <summary>
    /// Geef de aangemelde persoon een nieuwe sleutel voor agendafeeds (de vorige werkt dan niet meer). Het antwoord
    /// noemt de feedadressen om in een agenda-app op te abonneren.
    /// </summary>
    [WolverinePost("/api/me/calendar-feed-token", OperationId = "issueCalendarFeedToken")]
    [RequiresSignIn]
    [Tags("Exports")]
    [ProducesResponseType<CalendarFeeds>(StatusCodes.Status200OK)]
    public static async Task<CalendarFeeds> IssueToken(IDocumentSession session, IClock clock, HttpContext http)
    {
        var personId = http.User.PersonIdOf()!.Value;
        session.DeleteWhere<CalendarFeedToken>(t => t.PersonId == personId);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        session.Store(new CalendarFeedToken { Id = token, PersonId = personId, IssuedAt = clock.GetCurrentInstant() });
        await session.SaveChangesAsync(http.RequestAborted);
        return new CalendarFeeds(token,
            $"/api/calendar-feeds/{token}/programmes/{{programmeId}}",
            $"/api/calendar-feeds/{token}/reflection-sessions?facilitator={{naam}}");
    }

    /// <summary>
    /// Agendafeed met de reflectiesessies van een programma; de sleutel vervangt het aanmelden. Een verkeerde sleutel,
    /// of een programma waarvan de persoon van de sleutel geen lid is, geeft 404.
    /// </summary>
    [WolverineGet("/api/calendar-feeds/{token}/programmes/{programmeId}", OperationId = "programmeCalendarFeed")]
    [RequiresFeedToken]
    [Tags("Exports")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/calendar")]
    public static async Task<IResult> ProgrammeFeed(string token, Guid programmeId, IQuerySession session, HttpContext http)
    {
        var mine = await ProgrammesOfToken(token, session, http.RequestAborted);
        if (mine is null || !mine.Contains(programmeId)) return FeedNotFound();
        return await ProgrammeCalendar(programmeId, session, http) ?? FeedNotFound();
    }

    /// <summary>
    /// Agendafeed met de sessies van één procesbegeleider in de programma's van de persoon van de sleutel.
    /// </summary>
    [WolverineGet("/api/calendar-feeds/{token}/reflection-sessions", OperationId = "facilitatorCalendarFeed")]
    [RequiresFeedToken]
    [Tags("Exports")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/calendar")]
    public static async Task<IResult> FacilitatorFeed(string token, string? facilitator, IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        var mine = await ProgrammesOfToken(token, session, ct);
        if (mine is null) return FeedNotFound();
        if (string.IsNullOrWhiteSpace(facilitator))
            return QueryFilters.Invalid(new() { ["facilitator"] = ["Geef de naam van de begeleider."] });
        var name = facilitator.Trim();
        var views = await session.Query<ReflectionSessionView>()
            .Where(s => s.Facilitator.Equals(name, StringComparison.OrdinalIgnoreCase)).ToListAsync(ct);
        var selected = views.Where(s => mine.Contains(s.ProgrammeId));
        return ExportFiles.File(ReflectionCalendar.Build(selected, $"Reflectiesessies van {name}", ReflectionCalendar.SiteOf(http)), ExportFiles.Calendar,
            ReflectionCalendar.FileName($"reflectiesessies {name}"));
    }

    private static async Task<IResult?> ProgrammeCalendar(Guid programmeId, IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        var programme = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        if (programme is null) return null;
        var views = await session.Query<ReflectionSessionView>().Where(s => s.ProgrammeId == programmeId).ToListAsync(ct);
        var name = $"Reflectiesessies {programme.Name}";
        return ExportFiles.File(ReflectionCalendar.Build(views, name, ReflectionCalendar.SiteOf(http)), ExportFiles.Calendar, ReflectionCalendar.FileName(name));
    }

    private static async Task<HashSet<Guid>?> ProgrammesOfToken(string token, IQuerySession session, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var owner = await session.LoadAsync<CalendarFeedToken>(token, ct);
        return owner is null ? null : (await session.ProgrammesOf(owner.PersonId, ct)).ToHashSet();
    }

    private static IResult FeedNotFound() => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Agenda niet gevonden.",
        detail: "Dit agenda-adres bestaat niet (meer). Vraag in de applicatie een nieuw adres aan.");
}
