using System.Security.Cryptography;
using System.Text;
using Governance.Domain.Access;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Directory;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using NodaTime;

namespace Governance.Host.Demo;

/// <summary>One thing that happened in the demo history: a domain command, the moment it happened and who did it.</summary>
public sealed record DemoStep(Instant At, Guid ActorId, DemoCommand Command);

/// <summary>
/// The kinds of command the demo issues. Each one is carried out by <see cref="DemoLoader"/> through the same
/// domain decision the matching endpoint calls.
/// </summary>
public abstract record DemoCommand
{
    public sealed record Organisation(Guid OrganisationId, RegisterOrganisation Command) : DemoCommand;
    public sealed record Person(Guid PersonId, RegisterPerson Command) : DemoCommand;
    public sealed record StartProgramme(Guid ProgrammeId, RegisterProgramme Command) : DemoCommand;
    public sealed record Member(Guid ProgrammeId, AssignMember Command) : DemoCommand;
    public sealed record OnProgramme(Guid ProgrammeId, Func<Programme, Instant, Outcome> Decide) : DemoCommand;
    public sealed record StartDecision(Guid ProgrammeId, Guid DecisionId, LogDecision Command) : DemoCommand;
    public sealed record OnDecision(Guid ProgrammeId, Guid DecisionId, Func<Decision, Programme, Instant, Outcome> Decide) : DemoCommand;
    public sealed record ScheduleSession(Guid ProgrammeId, Guid SessionId, ScheduleReflectionSession Command) : DemoCommand;
    public sealed record OnSession(Guid ProgrammeId, Guid SessionId, Func<ReflectionSession, Programme, Instant, Outcome> Decide) : DemoCommand;
}

/// <summary>
/// Writes a demo history as a story: set the moment and the acting person with <see cref="On"/>, then issue
/// commands. Dates are business days in Europe/Amsterdam; a step happens at noon that day unless a time is given.
/// </summary>
public sealed class DemoScript
{
    private readonly List<DemoStep> _steps = [];
    private Instant _at;
    private Guid _actor;

    public IReadOnlyList<DemoStep> Steps => _steps;

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static Instant Moment(LocalDate date, int hour = 12, int minute = 0) =>
        date.At(new LocalTime(hour, minute)).InZoneStrictly(AmsterdamTime.Zone).ToInstant();

    /// <summary>From here on, commands happen on this day (at noon unless given) and are done by this person.</summary>
    public DemoScript On(LocalDate date, Guid by, int hour = 12)
    {
        _at = Moment(date, hour);
        _actor = by;
        return this;
    }

    private void Add(DemoCommand command) => _steps.Add(new DemoStep(_at, _actor, command));

    public void Organisation(Guid id, RegisterOrganisation command) => Add(new DemoCommand.Organisation(id, command));
    public void Person(Guid id, RegisterPerson command) => Add(new DemoCommand.Person(id, command));
    public void StartProgramme(Guid id, RegisterProgramme command) => Add(new DemoCommand.StartProgramme(id, command));
    public void Member(Guid programmeId, Guid personId, MemberRole role, Guid? partnerId = null) =>
        Add(new DemoCommand.Member(programmeId, new AssignMember(personId, role, partnerId)));
    public void Programme(Guid programmeId, Func<Programme, Instant, Outcome> decide) => Add(new DemoCommand.OnProgramme(programmeId, decide));
    public void LogDecision(Guid programmeId, Guid decisionId, LogDecision command) => Add(new DemoCommand.StartDecision(programmeId, decisionId, command));
    public void ScheduleSession(Guid programmeId, Guid sessionId, ScheduleReflectionSession command) =>
        Add(new DemoCommand.ScheduleSession(programmeId, sessionId, command));
    public void Decision(Guid programmeId, Guid decisionId, Func<Decision, Programme, Instant, Outcome> decide) =>
        Add(new DemoCommand.OnDecision(programmeId, decisionId, decide));

    /// <summary>
    /// A reflection session as it happens: scheduled three weeks ahead (the command refuses a start in the past),
    /// then recorded as held on its day, by the same person (the procesbegeleider).
    /// The attendees are demo people, invited and recorded as people (so they get the invitation and may read the notes).
    /// </summary>
    public void ReflectionHeld(Guid programmeId, string title, LocalDate heldOn, string facilitator, IReadOnlyList<Guid> attendees,
        IReadOnlyList<ReflectionQuestion> questions, string outcomes)
    {
        var sessionId = DemoIds.Of($"{programmeId}/reflection/{heldOn}");
        var names = attendees.Select(id => DemoPeople.Ref(id).Name).ToList();
        var held = new RecordReflectionSessionHeld(names, questions, outcomes, null) { AttendingPersonIds = attendees };
        var (day, actor) = (_at, _actor);
        _at = Moment(heldOn.PlusDays(-21), 10);
        Add(new DemoCommand.ScheduleSession(programmeId, sessionId,
            new ScheduleReflectionSession(title, heldOn.At(new LocalTime(14, 0)).ToString("yyyy-MM-dd'T'HH:mm", null), 120,
                "Programmabureau", facilitator, names) { InviteePersonIds = attendees }));
        _at = Moment(heldOn, 17);
        Add(new DemoCommand.OnSession(programmeId, sessionId, (s, _, now) => RecordReflectionSessionHeld.Decide(s, held, now)));
        (_at, _actor) = (day, actor);
    }

    /// <summary>A reflection session scheduled three weeks ahead and then cancelled on the day, for a reason.</summary>
    public void ReflectionCancelled(Guid programmeId, string title, LocalDate plannedOn, string facilitator, string reason)
    {
        var sessionId = DemoIds.Of($"{programmeId}/reflection/{plannedOn}");
        var (day, actor) = (_at, _actor);
        _at = Moment(plannedOn.PlusDays(-21), 10);
        Add(new DemoCommand.ScheduleSession(programmeId, sessionId,
            new ScheduleReflectionSession(title, plannedOn.At(new LocalTime(14, 0)).ToString("yyyy-MM-dd'T'HH:mm", null), 120,
                "Programmabureau", facilitator, [])));
        _at = Moment(plannedOn, 9);
        Add(new DemoCommand.OnSession(programmeId, sessionId, (s, _, now) => CancelReflectionSession.Decide(s, new CancelReflectionSession(reason), now)));
        (_at, _actor) = (day, actor);
    }

    /// <summary>The steps in the order they happened (stable: same-moment steps keep the order they were written in).</summary>
    public IReadOnlyList<DemoStep> InOrder() => _steps.OrderBy(s => s.At).ToList();
}

/// <summary>
/// Fixed ids derived from names (name-based, in the manner of UUID version 5), so every load of the demo produces
/// the same ids and a second load can recognise the first.
/// </summary>
public static class DemoIds
{
    public static Guid Of(string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("governance-demo:" + name));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
