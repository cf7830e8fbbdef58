using System.Globalization;
using Governance.Domain.Access;
using Governance.Domain.Common;
using Governance.Projections.Access;
using Governance.Projections.Bodies;
using Governance.Projections.Decisions;
using Governance.Projections.Directory;
using Governance.Projections.Notifications;
using Governance.Projections.Programmes;
using Governance.Projections.Reflection;
using Marten;
using NodaTime;

namespace Governance.Host.Notifications;

/// <summary>
/// One message a firing reminder makes, before it is addressed to each recipient. <see cref="Link"/> is the page of
/// the thing itself (the decision, the session), a path within the site.
/// </summary>
public sealed record ReminderMessage(NotificationKind Kind, string Title, string Body, IReadOnlyList<Guid> Recipients, string Link,
    ReflectionSessionView? Session = null, string? CalendarMethod = null);

/// <summary>The pages notifications link to.</summary>
public static class Links
{
    public static string Programme(Guid programmeId) => $"/programmas/{programmeId}";
    public static string Decision(Guid programmeId, Guid decisionId) => $"/programmas/{programmeId}/besluiten/{decisionId}";
    public static string Session(Guid programmeId, Guid sessionId) => $"/programmas/{programmeId}/reflectie/{sessionId}";
    public static string Health(Guid programmeId) => $"/programmas/{programmeId}/gezondheid";
    /// <summary>Open tensions and escalations are listed on the portfolio page, per programme.</summary>
    public const string Tensions = "/#spanningen";
}

/// <summary>Who is told what when a reminder fires: the recipients are looked up now, the texts are Dutch.</summary>
public static class ReminderMessages
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// A moment (a position taken, an action assigned, an escalation) is news for a week. A row that fires later — a
    /// history loaded afterwards, a rebuilt trigger projection — fires without a message rather than telling the past.
    /// </summary>
    public static readonly Duration MomentStaysNews = Duration.FromDays(7);

    public static async Task<ReminderMessage?> Compose(IQuerySession session, ReminderDue reminder, Instant now, CancellationToken ct)
    {
        if (reminder.Kind is ReminderKind.PositionTaken or ReminderKind.ActionAssigned or ReminderKind.TensionEscalated
            && now - Instant.FromDateTimeOffset(reminder.DueUtc) > MomentStaysNews)
            return null;
        switch (reminder.Kind)
        {
            case ReminderKind.SessionInvitation:
            case ReminderKind.SessionCancellation:
            case ReminderKind.SessionReminder:
            {
                var view = await session.LoadAsync<ReflectionSessionView>(reminder.SubjectId, ct);
                // Nobody is invited to, or reminded of, a session that has begun (a history loaded afterwards, a sweep
                // that did not run for a while): the row fires without a message.
                if (view is null || view.Start.ToInstant() <= now) return null;
                var when = When(view.Start);
                var link = Links.Session(view.ProgrammeId, view.Id);
                return reminder.Kind switch
                {
                    ReminderKind.SessionInvitation when reminder.Sequence == 0 => new(NotificationKind.ReflectionInvitation,
                        $"Uitnodiging: {view.Title}", $"U bent uitgenodigd voor de reflectiesessie '{view.Title}' op {when}, locatie: {view.Location}.",
                        view.InviteePersonIds, link, view, CalendarInvitation.Request),
                    ReminderKind.SessionInvitation when reminder.Detail == ReminderTriggersProjection.AgendaChanged => new(NotificationKind.ReflectionInvitation,
                        $"Agenda: {view.Title}", $"De agenda van de reflectiesessie '{view.Title}' op {when} is vastgesteld: {string.Join("; ", view.Agenda.Select(a => a.Title))}.",
                        view.InviteePersonIds, link, view, CalendarInvitation.Request),
                    ReminderKind.SessionInvitation => new(NotificationKind.ReflectionInvitation,
                        $"Gewijzigd: {view.Title}", $"De reflectiesessie '{view.Title}' is verplaatst naar {when}, locatie: {view.Location}. Reden: {reminder.Detail}",
                        view.InviteePersonIds, link, view, CalendarInvitation.Request),
                    ReminderKind.SessionCancellation => new(NotificationKind.ReflectionInvitation,
                        $"Geannuleerd: {view.Title}", $"De reflectiesessie '{view.Title}' op {when} gaat niet door. Reden: {reminder.Detail}",
                        view.InviteePersonIds, link, view, CalendarInvitation.Cancel),
                    _ => new(NotificationKind.ReflectionReminder,
                        $"Herinnering: {view.Title}", $"Over {ReminderTriggersProjection.SessionReminderDaysBefore} dagen, op {when}, is de reflectiesessie '{view.Title}' ({view.Location}).",
                        view.InviteePersonIds, link),
                };
            }
            case ReminderKind.ActionOverdue:
                return new(NotificationKind.OverdueAction, "Actie niet op tijd klaar",
                    $"De vervolgactie '{reminder.Detail}' had op {Date(reminder.Date)} klaar moeten zijn en is nog niet afgerond.",
                    reminder.PersonIds, Links.Session(reminder.ProgrammeId, reminder.SubjectId));
            case ReminderKind.ActionAssigned:
            {
                var view = await session.LoadAsync<ReflectionSessionView>(reminder.SubjectId, ct);
                if (view is null) return null;
                return new(NotificationKind.ActionAssigned, $"Actie voor u: {reminder.Detail}",
                    $"In de reflectiesessie '{view.Title}' is afgesproken dat u de vervolgactie '{reminder.Detail}' uitvoert, uiterlijk op {Date(reminder.Date)}.",
                    reminder.PersonIds, Links.Session(reminder.ProgrammeId, reminder.SubjectId));
            }
            case ReminderKind.PositionTaken:
            {
                var decision = await session.LoadAsync<DecisionRecord>(reminder.SubjectId, ct);
                var programme = await session.LoadAsync<Governance.Domain.Programmes.Programme>(reminder.ProgrammeId, ct);
                if (decision is null || programme is null) return null;
                var partner = reminder.RelatedId is { } partnerId && programme.Partners.TryGetValue(partnerId, out var p) ? p.OrganisationName : "Een partner";
                var position = decision.Positions.FirstOrDefault(x => x.PartnerId == reminder.RelatedId);
                var dissent = reminder.Detail == ReminderTriggersProjection.PositionDissent;
                var recipients = await MembersIn(session, reminder.ProgrammeId,
                    m => m.Role is MemberRole.Programmadirecteur or MemberRole.Gedelegeerde or MemberRole.Opdrachtgever, ct);
                return new(NotificationKind.DecisionPosition,
                    dissent ? $"Afwijkend standpunt: {decision.Title}" : $"Instemming met voorbehoud: {decision.Title}",
                    $"{partner} {(dissent ? "wijkt af van" : "stemt met voorbehoud in met")} het besluit '{decision.Title}'"
                        + (position?.TakenBy is { } by ? $" (vastgelegd door {by.Name})" : "")
                        + (position?.Reasoning is { } reasoning ? $". Onderbouwing: {reasoning}" : "."),
                    recipients.Where(id => id != reminder.ByPersonId).ToList(), Links.Decision(reminder.ProgrammeId, decision.Id));
            }
            case ReminderKind.TensionEscalated:
            {
                var care = await session.LoadAsync<Governance.Projections.Care.TensionsAndCare>(reminder.ProgrammeId, ct);
                var programme = await session.LoadAsync<Governance.Domain.Programmes.Programme>(reminder.ProgrammeId, ct);
                var tension = care?.Tensions.FirstOrDefault(t => t.TensionId == reminder.SubjectId);
                if (tension is null || programme is null || reminder.RelatedId is not { } bodyId || !programme.Bodies.TryGetValue(bodyId, out var body)) return null;
                // The people who sit in the body are those who act for its partners; an escalation to the
                // opdrachtgeversberaad reaches every opdrachtgever of the programme as well.
                var recipients = await MembersIn(session, reminder.ProgrammeId,
                    m => (m.PartnerId is { } partnerId && body.Members.Contains(partnerId))
                         || (body.Kind == Governance.Domain.Bodies.BodyKind.Opdrachtgeversberaad && m.Role == MemberRole.Opdrachtgever), ct);
                return new(NotificationKind.TensionEscalated, $"Escalatie naar {body.Name}: {tension.Subject}",
                    $"De spanning '{tension.Subject}' in het programma '{programme.Name}' is op {Date(reminder.Date)} voorgelegd aan {body.Name}. {tension.Description}",
                    recipients, Links.Tensions);
            }
            case ReminderKind.DecisionReview:
            {
                var decision = await session.LoadAsync<DecisionRecord>(reminder.SubjectId, ct);
                if (decision is null) return null;
                var recipients = await DecisionReviewers(session, reminder.ProgrammeId, decision, ct);
                return new(NotificationKind.DecisionReview, $"Herbeoordelen: {decision.Title}",
                    $"Het besluit '{decision.Title}' is op {Date(reminder.Date)} toe aan herbeoordeling.", recipients, Links.Decision(reminder.ProgrammeId, decision.Id));
            }
            case ReminderKind.BorgingPlanMissing:
            {
                var programme = await session.LoadAsync<ProgrammeOverview>(reminder.ProgrammeId, ct);
                if (programme is null) return null;
                return new(NotificationKind.BorgingPlanMissing, $"Nog geen borgingsplan: {programme.Name}",
                    $"Het programma '{programme.Name}' loopt volgens plan af op {Date(reminder.Date)} en heeft nog geen borgingsplan.",
                    await MembersIn(session, reminder.ProgrammeId, m => m.Role == MemberRole.Opdrachtgever, ct), Links.Programme(reminder.ProgrammeId));
            }
            default:
                return null;
        }
    }

    /// <summary>
    /// The director responsible for the decision when one was named, else the director and delegates; plus whoever
    /// acts for a partner that took the decision (itself or as a member of the deciding body).
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> DecisionReviewers(IQuerySession session, Guid programmeId, DecisionRecord decision, CancellationToken ct)
    {
        var decidingPartners = new HashSet<Guid>();
        if (decision.DecidedBy.PartnerId is { } partnerId) decidingPartners.Add(partnerId);
        if (decision.DecidedBy.BodyId is { } bodyId
            && await session.LoadAsync<GovernanceBodies>(programmeId, ct) is { } bodies
            && bodies.Bodies.FirstOrDefault(b => b.BodyId == bodyId) is { } body)
            decidingPartners.UnionWith(body.Members.Select(m => m.PartnerId));
        bool Directs(Member m) => decision.Responsible is { } responsible
            ? m.PersonId == responsible.PersonId
            : m.Role is MemberRole.Programmadirecteur or MemberRole.Gedelegeerde;
        return await MembersIn(session, programmeId, m => Directs(m) || (m.PartnerId is { } p && decidingPartners.Contains(p)), ct);
    }

    private static async Task<IReadOnlyList<Guid>> MembersIn(IQuerySession session, Guid programmeId, Func<Member, bool> which, CancellationToken ct)
    {
        var members = await session.LoadAsync<ProgrammeMembers>(programmeId, ct);
        return members?.Members.Where(which).Select(m => m.PersonId).Distinct().ToList() ?? [];
    }

    public static string When(ZonedDateTime start) =>
        start.LocalDateTime.ToDateTimeUnspecified().ToString("dddd d MMMM yyyy 'om' HH:mm", Dutch);

    private static string Date(LocalDate? date) => date?.ToDateTimeUnspecified().ToString("d MMMM yyyy", Dutch) ?? "";

    public static async Task<Dictionary<Guid, DirectoryPerson>> People(IQuerySession session, IEnumerable<Guid> ids, CancellationToken ct) =>
        (await session.LoadManyAsync<DirectoryPerson>(ct, ids.Distinct().ToArray())).ToDictionary(p => p.Id);
}
