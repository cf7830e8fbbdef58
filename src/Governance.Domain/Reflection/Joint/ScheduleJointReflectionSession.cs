using Governance.Domain.Common;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Reflection.Joint;

/// <summary>
/// Schedule a gezamenlijke sessie: one reflection session that covers several programmes of the same
/// opdrachtgevers (docs/adr/0004). Every event stays single-programme: each covered programme gets a session
/// stream of its own, linked to the others by the joint id.
/// </summary>
public sealed record ScheduleJointReflectionSession(
    IReadOnlyList<Guid>? ProgrammeIds,
    string? Title,
    string? StartsAt,
    int? LengthMinutes,
    string? Location,
    string? Facilitator,
    IReadOnlyList<string>? Invitees)
{
    /// <summary>Invitees who are people in the directory; each must be a member of at least one covered programme.</summary>
    public IReadOnlyList<Guid>? InviteePersonIds { get; init; }

    /// <summary>A session of "korte, gerichte reflectiemomenten" (004 l. 2181–2182) cannot do justice to more.</summary>
    public const int MaxProgrammes = 6;

    /// <param name="programmes">The covered programmes, in the order the command names them (the host found each one).</param>
    /// <param name="newSessionId">A fresh id for each programme's own session stream.</param>
    public static Outcome Decide(IReadOnlyList<Programme> programmes, Guid jointSessionId, Func<Guid> newSessionId,
        ScheduleJointReflectionSession command, Instant now)
    {
        var ids = command.ProgrammeIds ?? [];
        var input = new Check()
            .That(ids.Distinct().Count() >= 2, "programmeIds", "reflection.joint-programmes",
                "Kies minstens twee verschillende programma's voor een gezamenlijke sessie.")
            .That(ids.Count <= MaxProgrammes, "programmeIds", "input.too-many", $"Kies maximaal {MaxProgrammes} programma's voor één gezamenlijke sessie.")
            .That(ids.Distinct().Count() == ids.Count, "programmeIds", "reflection.joint-programmes", "Kies elk programma één keer.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        var personIds = (command.InviteePersonIds ?? []).Distinct().ToList();
        var homeOf = new Dictionary<Guid, Guid>();
        foreach (var person in personIds)
        {
            // Each invitee gets one invitation, from the first covered programme they belong to; someone who belongs to
            // none would be invited to talk about programmes they may not read.
            var home = programmes.FirstOrDefault(p => p.Members.ContainsKey(person));
            if (home is null)
                return Outcome.Refuse(Refusal.Invalid("inviteePersonIds", "reflection.joint-invitee-member",
                    "Nodig alleen mensen uit die lid zijn van een van de gekozen programma's."));
            homeOf[person] = home.Id;
        }

        var events = new List<object>();
        foreach (var programme in programmes)
        {
            // The rules of one session (title, time, length, invitees, an ended programme) hold for each part alike.
            var single = new ScheduleReflectionSession(command.Title, command.StartsAt, command.LengthMinutes, command.Location,
                command.Facilitator, command.Invitees)
            {
                InviteePersonIds = personIds.Where(p => homeOf[p] == programme.Id).ToList(),
            };
            var outcome = ScheduleReflectionSession.Decide(programme, newSessionId(), single, now);
            if (outcome.IsRefused) return outcome;
            events.AddRange(outcome.Events.Select(e => e is ReflectionSessionScheduled s ? s with { JointSessionId = jointSessionId } : e));
        }
        if (JointReflection.RefuseUnlessSameOpdrachtgevers(programmes) is { } notSame) return Outcome.Refuse(notSame);
        return Outcome.Accept(events.ToArray());
    }
}

/// <summary>Rules and helpers shared by the commands on a gezamenlijke sessie.</summary>
public static class JointReflection
{
    /// <summary>
    /// "Programmes of the same opdrachtgevers": every covered programme has at least one active partner in the role
    /// opdrachtgever, and the set of those organisations (by name, ignoring case) is the same for all. So everyone who
    /// commissions one covered programme commissions all of them, and the joint conversation is theirs.
    /// </summary>
    public static Refusal? RefuseUnlessSameOpdrachtgevers(IReadOnlyList<Programme> programmes)
    {
        var without = programmes.Where(p => OpdrachtgeversOf(p).Count == 0).Select(p => p.Name).ToList();
        if (without.Count > 0)
            return Refusal.Violates("reflection.joint-opdrachtgever-needed",
                $"{string.Join(", ", without)} heeft geen opdrachtgever als partner; een gezamenlijke sessie is voor programma's van dezelfde opdrachtgevers.");

        var first = OpdrachtgeversOf(programmes[0]);
        if (programmes.All(p => OpdrachtgeversOf(p).SetEquals(first))) return null;
        var described = programmes.Select(p => $"{p.Name}: {string.Join(", ", OpdrachtgeverNames(p))}");
        return Refusal.Violates("reflection.joint-same-opdrachtgevers",
            $"Een gezamenlijke sessie is voor programma's met dezelfde opdrachtgevers. Nu verschillen ze ({string.Join("; ", described)}).");
    }

    public static HashSet<string> OpdrachtgeversOf(Programme programme) =>
        OpdrachtgeverNames(programme).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> OpdrachtgeverNames(Programme programme) =>
        programme.Partners.Values.Where(p => p.Active && p.Role == PartnerRole.Opdrachtgever).Select(p => p.OrganisationName.Trim()).Order(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every reflection event names its session: the stream a joint decision's event is appended to.</summary>
    public static Guid SessionOf(object e) => e switch
    {
        ReflectionSessionScheduled x => x.SessionId,
        ReflectionSessionHeld x => x.SessionId,
        Agenda.ReflectionAgendaSet x => x.SessionId,
        Agenda.AgendaItemsDiscussed x => x.SessionId,
        _ => throw new ArgumentException($"{e.GetType().Name} is not an event of a joint reflection decision."),
    };
}
