using Governance.Domain.Access;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Host.Access;
using Governance.Host.Notifications;
using Governance.Projections.Access;
using Governance.Projections.Decisions;
using Governance.Projections.Reflection;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Week;

/// <summary>What is the signed-in person's own, across the programmes they are a member of ("Mijn week").</summary>
public sealed record MyWeek(
    IReadOnlyList<MySession> Sessions,
    IReadOnlyList<MyAction> Actions,
    IReadOnlyList<MyReview> Reviews,
    IReadOnlyList<MyPositionAsked> PositionsAsked,
    IReadOnlyList<InboxItem> Unread);

/// <param name="Facilitating">The person facilitates it (by name, as sessions name their facilitator).</param>
/// <param name="Invited">The person is among its invitees picked from the programme's members.</param>
public sealed record MySession(Guid SessionId, Guid ProgrammeId, string ProgrammeName, string Title, ZonedDateTime Start,
    ReflectionSessionStatus Status, string Location, bool Facilitating, bool Invited, bool Upcoming, string Link)
{
    /// <summary>The start as an RFC 3339 instant, beside the zoned <see cref="Start"/>.</summary>
    public Instant StartUtc => Start.ToInstant();
}

public sealed record MyAction(Guid ActionId, Guid SessionId, Guid ProgrammeId, string ProgrammeName, string Action, string SessionTitle,
    LocalDate DueOn, bool Overdue, string Link);

/// <param name="Due">The review date has come (else it comes within <see cref="GetMyWeek.ReviewHorizonDays"/> days).</param>
public sealed record MyReview(Guid DecisionId, Guid ProgrammeId, string ProgrammeName, string Title, LocalDate ReviewOn, bool Due, string Link);

/// <summary>A proposed decision on which the partner the person acts for has not yet given its position.</summary>
public sealed record MyPositionAsked(Guid DecisionId, Guid ProgrammeId, string ProgrammeName, string Title, Guid PartnerId, string PartnerName, string Link);

public static class GetMyWeek
{
    /// <summary>Decisions whose review date falls within this many days are listed before it comes.</summary>
    public const int ReviewHorizonDays = 7;

    /// <summary>How many past sessions are listed after the upcoming ones.</summary>
    public const int PastSessions = 10;

    /// <summary>
    /// De week van de aangemelde persoon: de sessies die die begeleidt of waarvoor die is uitgenodigd (eerst de
    /// komende, op begintijd; daarna de laatste tien die begonnen zijn), de open vervolgacties die die moet doen (te
    /// laat eerst), de besluiten die die moet evalueren (evaluatiedatum voorbij of binnen een week), de
    /// conceptbesluiten waarover de partner namens wie die optreedt nog geen standpunt gaf, en de ongelezen meldingen.
    /// Alleen programma's waaraan de persoon meedoet, worden gelezen.
    /// </summary>
    [WolverineGet("/api/me/week", OperationId = "getMyWeek")]
    [Tags("Meldingen")]
    [RequiresSignIn]
    [ProducesResponseType<MyWeek>(StatusCodes.Status200OK)]
    public static async Task<MyWeek> Get(HttpContext http, IQuerySession session, IClock clock)
    {
        var ct = http.RequestAborted;
        var me = http.User.PersonIdOf()!.Value;
        var now = clock.GetCurrentInstant();
        var today = AmsterdamTime.Today(now);

        var memberships = await session.Query<ProgrammeMembers>().Where(p => p.Members.Any(m => m.PersonId == me)).ToListAsync(ct);
        var mine = memberships.Select(p => p.Id).ToList();
        var names = (await session.LoadManyAsync<Programme>(ct, mine)).ToDictionary(p => p.Id, p => p.Name);
        string NameOf(Guid programmeId) => names.GetValueOrDefault(programmeId, "—");

        var sessions = (await Sessions(session, http, ct)).Select(s => new MySession(s.Id, s.ProgrammeId, NameOf(s.ProgrammeId), s.Title, s.Start,
            s.Status, s.Location, Facilitates(s, http), s.InviteePersonIds.Contains(me),
            s.Status == ReflectionSessionStatus.Scheduled && s.Start.ToInstant() >= now, Links.Session(s.ProgrammeId, s.Id))).ToList();
        var upcoming = sessions.Where(s => s.Upcoming).OrderBy(s => s.Start.ToInstant());
        var past = sessions.Where(s => !s.Upcoming).OrderByDescending(s => s.Start.ToInstant()).Take(PastSessions);

        var withMyActions = await session.Query<ReflectionSessionView>()
            .Where(s => s.Actions.Any(a => a.OwnerPersonId == me)).ToListAsync(ct);
        var actions = withMyActions.Where(s => mine.Contains(s.ProgrammeId))
            .SelectMany(s => s.Actions.Where(a => a.OwnerPersonId == me && a.CompletedOn is null)
                .Select(a => new MyAction(a.ActionId, s.Id, s.ProgrammeId, NameOf(s.ProgrammeId), a.Action, s.Title, a.DueOn, a.DueOn < today,
                    Links.Session(s.ProgrammeId, s.Id))))
            .OrderByDescending(a => a.Overdue).ThenBy(a => a.DueOn).ToList();

        var reviews = new List<MyReview>();
        var positionsAsked = new List<MyPositionAsked>();
        foreach (var programme in memberships)
        {
            var member = programme.Find(me)!;
            // The review dates are NodaTime values, which Marten's LINQ does not translate here: status in SQL, dates in memory.
            var decisions = await session.Query<DecisionRecord>()
                .Where(d => d.ProgrammeId == programme.Id && (d.Status == DecisionStatus.Taken || d.Status == DecisionStatus.Revised || d.Status == DecisionStatus.Proposed))
                .ToListAsync(ct);
            foreach (var decision in decisions.Where(d => d.Status != DecisionStatus.Proposed && d.ReviewOn is { } on && on <= today.PlusDays(ReviewHorizonDays)))
                if ((await ReminderMessages.DecisionReviewers(session, programme.Id, decision, ct)).Contains(me))
                    reviews.Add(new MyReview(decision.Id, programme.Id, NameOf(programme.Id), decision.Title, decision.ReviewOn!.Value,
                        decision.ReviewOn <= today, Links.Decision(programme.Id, decision.Id)));

            if (member.PartnerId is { } partnerId && Rights.Allows(member.Role, Right.RecordOwnPosition)
                && await session.LoadAsync<Programme>(programme.Id, ct) is { } state && state.HasActivePartner(partnerId))
                positionsAsked.AddRange(decisions
                    .Where(d => d.Status == DecisionStatus.Proposed && d.Positions.All(p => p.PartnerId != partnerId))
                    .OrderBy(d => d.DecidedOn)
                    .Select(d => new MyPositionAsked(d.Id, programme.Id, NameOf(programme.Id), d.Title, partnerId,
                        state.Partners[partnerId].OrganisationName, Links.Decision(programme.Id, d.Id))));
        }

        var unread = await InboxEndpoints.Get(true, http, session);
        return new MyWeek([.. upcoming, .. past], actions, [.. reviews.OrderBy(r => r.ReviewOn)], positionsAsked, unread);
    }

    /// <summary>
    /// The sessions the signed-in person facilitates (by name) or is invited to (as a member), in the programmes they
    /// are a member of, by start. "Mijn reflectiesessies" lists these too.
    /// </summary>
    public static async Task<IReadOnlyList<ReflectionSessionView>> Sessions(IQuerySession session, HttpContext http, CancellationToken ct)
    {
        var me = http.User.PersonIdOf()!.Value;
        var name = http.User.Identity?.Name?.Trim() ?? "";
        var views = await session.Query<ReflectionSessionView>()
            .Where(s => s.InviteePersonIds.Contains(me) || s.Facilitator.Equals(name, StringComparison.OrdinalIgnoreCase))
            .ToListAsync(ct);
        var mine = (await session.ProgrammesOf(me, ct)).ToHashSet();
        return views.Where(s => mine.Contains(s.ProgrammeId)).OrderBy(s => s.Start.ToInstant()).ToList();
    }

    private static bool Facilitates(ReflectionSessionView session, HttpContext http) =>
        string.Equals(session.Facilitator.Trim(), http.User.Identity?.Name?.Trim(), StringComparison.OrdinalIgnoreCase);
}
