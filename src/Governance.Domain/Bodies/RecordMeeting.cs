using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Bodies;

/// <summary>
/// A body met: when, which of its members attended, and what was on the agenda, each item tagged so rec. 7 can ask
/// how much was about opgave and praktijk ("Waar vergaderingen vaak over processen, activiteiten en middelen gaan,
/// gaat mogelijk iets verloren", 004 l. 1291–1297).
/// </summary>
public sealed record RecordMeeting(LocalDate? HeldOn, IReadOnlyList<Guid>? AttendingPartnerIds, IReadOnlyList<AgendaItemInput>? Agenda)
{
    public const int MaxAgendaItems = 50;

    public static Outcome Decide(Programme programme, Guid bodyId, Guid meetingId, RecordMeeting command, Instant now)
    {
        if (!programme.Bodies.TryGetValue(bodyId, out var body)) return Outcome.Refuse(BodyRules.Unknown);

        var attendees = (command.AttendingPartnerIds ?? []).Distinct().ToList();
        var agenda = command.Agenda ?? [];
        var input = new Check()
            .Required("heldOn", command.HeldOn, "De datum van de bijeenkomst")
            .That(attendees.Count > 0, "attendingPartnerIds", "meeting.attended", "Noem wie er bij de bijeenkomst aanwezig waren.")
            .That(agenda.Count <= MaxAgendaItems, "agenda", "input.too-many", $"Zet maximaal {MaxAgendaItems} punten op de agenda.")
            .That(agenda.All(i => i is not null && !string.IsNullOrWhiteSpace(i.Title) && i.Title.Length <= TextLimits.Short),
                "agenda", "meeting.agenda-item-titled", "Geef elk agendapunt een titel van maximaal 200 tekens.")
            .That(agenda.All(i => i?.Tag is { } tag && Enum.IsDefined(tag)), "agenda", "meeting.agenda-item-tagged",
                "Geef bij elk agendapunt aan of het over opgave en praktijk gaat of over proces en middelen.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        if (attendees.Any(id => !body.Members.Contains(id)))
            return Outcome.Refuse(Refusal.Violates("meeting.attendees-are-members",
                $"Kies als aanwezigen alleen leden van {body.Name}."));

        return Outcome.Accept(new MeetingHeld(programme.Id, bodyId, meetingId, command.HeldOn!.Value, attendees,
            agenda.Select(i => new AgendaItem(i.Title!.Trim(), i.Tag!.Value)).ToList(), now));
    }
}

public sealed record AgendaItemInput(string? Title, AgendaTag? Tag);
