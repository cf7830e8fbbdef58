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

/// <summary>One message a firing reminder makes, before it is addressed to each recipient.</summary>
public sealed record ReminderMessage(NotificationKind Kind, string Title, string Body, IReadOnlyList<Guid> Recipients,
    ReflectionSessionView? Session = null, string? CalendarMethod = null);

/// <summary>Who is told what when a reminder fires: the recipients are looked up now, the texts are Dutch.</summary>
public static class ReminderMessages
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static async Task<ReminderMessage?> Compose(IQuerySession session, ReminderDue reminder, CancellationToken ct)
    {
        switch (reminder.Kind)
        {
            case ReminderKind.SessionInvitation:
            case ReminderKind.SessionCancellation:
            case ReminderKind.SessionReminder:
            {
                var view = await session.LoadAsync<ReflectionSessionView>(reminder.SubjectId, ct);
                if (view is null) return null;
                var when = When(view.Start);
                return reminder.Kind switch
                {
                    ReminderKind.SessionInvitation when reminder.Sequence == 0 => new(NotificationKind.ReflectionInvitation,
                        $"Uitnodiging: {view.Title}", $"U bent uitgenodigd voor de reflectiesessie '{view.Title}' op {when}, locatie: {view.Location}.",
                        view.InviteePersonIds, view, CalendarInvitation.Request),
                    ReminderKind.SessionInvitation when reminder.Detail == ReminderTriggersProjection.AgendaChanged => new(NotificationKind.ReflectionInvitation,
                        $"Agenda: {view.Title}", $"De agenda van de reflectiesessie '{view.Title}' op {when} is vastgesteld: {string.Join("; ", view.Agenda.Select(a => a.Title))}.",
                        view.InviteePersonIds, view, CalendarInvitation.Request),
                    ReminderKind.SessionInvitation => new(NotificationKind.ReflectionInvitation,
                        $"Gewijzigd: {view.Title}", $"De reflectiesessie '{view.Title}' is verplaatst naar {when}, locatie: {view.Location}. Reden: {reminder.Detail}",
                        view.InviteePersonIds, view, CalendarInvitation.Request),
                    ReminderKind.SessionCancellation => new(NotificationKind.ReflectionInvitation,
                        $"Geannuleerd: {view.Title}", $"De reflectiesessie '{view.Title}' op {when} gaat niet door. Reden: {reminder.Detail}",
                        view.InviteePersonIds, view, CalendarInvitation.Cancel),
                    _ => new(NotificationKind.ReflectionReminder,
                        $"Herinnering: {view.Title}", $"Over {ReminderTriggersProjection.SessionReminderDaysBefore} dagen, op {when}, is de reflectiesessie '{view.Title}' ({view.Location}).",
                        view.InviteePersonIds),
                };
            }
            case ReminderKind.ActionOverdue:
                return new(NotificationKind.OverdueAction, "Actie over de streefdatum",
                    $"De vervolgactie '{reminder.Detail}' had op {Date(reminder.Date)} klaar moeten zijn en is nog niet afgerond.",
                    reminder.PersonIds);
            case ReminderKind.DecisionReview:
            {
                var decision = await session.LoadAsync<DecisionRecord>(reminder.SubjectId, ct);
                if (decision is null) return null;
                var recipients = await DecisionReviewers(session, reminder.ProgrammeId, decision, ct);
                return new(NotificationKind.DecisionReview, $"Evaluatiedatum: {decision.Title}",
                    $"Het besluit '{decision.Title}' is op {Date(reminder.Date)} toe aan evaluatie.", recipients);
            }
            case ReminderKind.BorgingPlanMissing:
            {
                var programme = await session.LoadAsync<ProgrammeOverview>(reminder.ProgrammeId, ct);
                if (programme is null) return null;
                return new(NotificationKind.BorgingPlanMissing, $"Nog geen borgingsplan: {programme.Name}",
                    $"Het programma '{programme.Name}' loopt volgens plan af op {Date(reminder.Date)} en heeft nog geen borgingsplan.",
                    await MembersIn(session, reminder.ProgrammeId, m => m.Role == MemberRole.Opdrachtgever, ct));
            }
            default:
                return null;
        }
    }

    /// <summary>The director and delegates, plus whoever acts for a partner that took the decision (itself or as a member of the deciding body).</summary>
    private static async Task<IReadOnlyList<Guid>> DecisionReviewers(IQuerySession session, Guid programmeId, DecisionRecord decision, CancellationToken ct)
    {
        var decidingPartners = new HashSet<Guid>();
        if (decision.DecidedBy.PartnerId is { } partnerId) decidingPartners.Add(partnerId);
        if (decision.DecidedBy.BodyId is { } bodyId
            && await session.LoadAsync<GovernanceBodies>(programmeId, ct) is { } bodies
            && bodies.Bodies.FirstOrDefault(b => b.BodyId == bodyId) is { } body)
            decidingPartners.UnionWith(body.Members.Select(m => m.PartnerId));
        return await MembersIn(session, programmeId,
            m => m.Role is MemberRole.Programmadirecteur or MemberRole.Gedelegeerde || (m.PartnerId is { } p && decidingPartners.Contains(p)), ct);
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
