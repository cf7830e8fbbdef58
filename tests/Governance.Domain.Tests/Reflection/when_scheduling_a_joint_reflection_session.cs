using Governance.Domain.Access;
using Governance.Domain.Common;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Governance.Domain.Reflection.Joint;
using NodaTime;

namespace Governance.Domain.Tests.Reflection;

public class when_scheduling_a_joint_reflection_session
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly Guid JointId = Guid.NewGuid();
    private static readonly Guid Petra = Guid.NewGuid();
    private static readonly Guid Olga = Guid.NewGuid();

    private static Programme Programme(string name, params string[] opdrachtgevers)
    {
        var id = Guid.NewGuid();
        var history = new List<object> { new ProgrammeRegistered(id, name, "Opgave", opdrachtgevers.FirstOrDefault() ?? "", new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31), Now) };
        history.AddRange(opdrachtgevers.Select(o => new PartnerJoined(id, Guid.NewGuid(), o, Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2024, 1, 1), Now)));
        history.Add(new PartnerJoined(id, Guid.NewGuid(), $"Programmadirectie {name}", Bestuurslaag.Rijk, PartnerRole.Opdrachtnemer, new LocalDate(2024, 1, 1), Now));
        history.Add(new ProgrammeMemberAssigned(id, Petra, "Petra", MemberRole.Procesbegeleider, null, Now));
        return Domain.Programmes.Programme.From(history);
    }

    private static ScheduleJointReflectionSession Command(params Programme[] programmes) => new(
        programmes.Select(p => p.Id).ToList(), "Gezamenlijke reflectie", "2026-05-12T14:00", 120, "Stadhuis Utrecht", "Petra", ["VWS", "JenV"]);

    private static Outcome Decide(ScheduleJointReflectionSession command, params Programme[] programmes) =>
        ScheduleJointReflectionSession.Decide(programmes, JointId, Guid.NewGuid, command, Now);

    [Fact]
    public void each_programme_of_the_same_opdrachtgevers_gets_its_own_session_linked_by_the_joint_id()
    {
        var ghnt = Programme("GHNT", "Ministerie van VWS", "Ministerie van JenV");
        var zorg = Programme("Zorg en veiligheid", "ministerie van jenv", "Ministerie van VWS"); // the same two, other order and case

        var outcome = Decide(Command(ghnt, zorg), ghnt, zorg);

        var sessions = outcome.Events.Cast<ReflectionSessionScheduled>().ToList();
        sessions.Select(s => s.ProgrammeId).ShouldBe([ghnt.Id, zorg.Id]);
        sessions.ShouldAllBe(s => s.JointSessionId == JointId && s.Title == "Gezamenlijke reflectie");
        sessions.Select(s => s.SessionId).Distinct().Count().ShouldBe(2);
        sessions[0].Start.ShouldBe(sessions[1].Start);
    }

    [Fact]
    public void programmes_whose_opdrachtgevers_differ_are_refused_with_the_rule_named_in_dutch()
    {
        var ghnt = Programme("GHNT", "Ministerie van VWS", "Ministerie van JenV");
        var wvggz = Programme("Wvggz", "Ministerie van VWS");

        var refusal = Decide(Command(ghnt, wvggz), ghnt, wvggz).Refusals.ShouldHaveSingleItem();

        refusal.Kind.ShouldBe(RefusalKind.RuleViolated);
        refusal.Rule.ShouldBe("reflection.joint-same-opdrachtgevers");
        refusal.Message.ShouldContain("dezelfde opdrachtgevers");
        refusal.Message.ShouldContain("Wvggz: Ministerie van VWS");
    }

    [Fact]
    public void an_opdrachtgever_that_left_no_longer_counts()
    {
        var ghnt = Programme("GHNT", "Ministerie van VWS");
        var zorgId = Guid.NewGuid();
        var jenv = Guid.NewGuid();
        var zorg = Domain.Programmes.Programme.From([
            new ProgrammeRegistered(zorgId, "Zorg", "Opgave", "VWS", new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31), Now),
            new PartnerJoined(zorgId, Guid.NewGuid(), "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2024, 1, 1), Now),
            new PartnerJoined(zorgId, jenv, "Ministerie van JenV", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2024, 1, 1), Now),
            new PartnerLeft(zorgId, jenv, new LocalDate(2025, 1, 1), "Bezuiniging", Now),
        ]);

        Decide(Command(ghnt, zorg), ghnt, zorg).IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void a_programme_without_an_opdrachtgever_cannot_be_covered()
    {
        var ghnt = Programme("GHNT", "Ministerie van VWS");
        var loose = Programme("Los programma");

        Decide(Command(ghnt, loose), ghnt, loose).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.joint-opdrachtgever-needed");
    }

    [Fact]
    public void fewer_than_two_programmes_or_one_named_twice_is_bad_input()
    {
        var ghnt = Programme("GHNT", "Ministerie van VWS");

        Decide(Command(ghnt), ghnt).Refusals.ShouldHaveSingleItem().Field.ShouldBe("programmeIds");
        Decide(Command(ghnt, ghnt), ghnt, ghnt).Refusals.ShouldAllBe(r => r.Field == "programmeIds" && r.Kind == RefusalKind.InvalidInput);
    }

    [Fact]
    public void the_rules_of_one_session_hold_for_each_part()
    {
        var ghnt = Programme("GHNT", "Ministerie van VWS");
        var zorg = Programme("Zorg", "Ministerie van VWS");

        Decide(Command(ghnt, zorg) with { StartsAt = "2020-01-01T10:00" }, ghnt, zorg).Refusals.ShouldHaveSingleItem().Field.ShouldBe("startsAt");
        var endedZorg = zorg.After(new ProgrammeEnded(zorg.Id, new LocalDate(2026, 1, 1), "Klaar", Now));
        Decide(Command(ghnt, endedZorg), ghnt, endedZorg).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.programme-ended");
    }

    [Fact]
    public void each_invitee_is_invited_once_from_the_first_covered_programme_they_belong_to_and_outsiders_are_refused()
    {
        var ghnt = Programme("GHNT", "Ministerie van VWS");
        var zorg = Programme("Zorg", "Ministerie van VWS").After(new ProgrammeMemberAssigned(Guid.Empty, Olga, "Olga", MemberRole.Opdrachtgever, null, Now));

        var sessions = Decide(Command(ghnt, zorg) with { InviteePersonIds = [Petra, Olga] }, ghnt, zorg).Events.Cast<ReflectionSessionScheduled>().ToList();

        sessions[0].InviteePersonIds.ShouldBe([Petra]);
        sessions[1].InviteePersonIds.ShouldBe([Olga]);
        Decide(Command(ghnt, zorg) with { InviteePersonIds = [Guid.NewGuid()] }, ghnt, zorg).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.joint-invitee-member");
    }
}

public class when_setting_and_discussing_a_joint_agenda
{
    private static readonly Instant Before = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly Instant After = Instant.FromUtc(2026, 5, 12, 15, 0);
    private static readonly Guid JointId = Guid.NewGuid();
    private static readonly Guid GhntId = Guid.NewGuid();
    private static readonly Guid ZorgId = Guid.NewGuid();
    private static readonly ZonedDateTime Start = new LocalDateTime(2026, 5, 12, 14, 0).InZoneStrictly(AmsterdamTime.Zone);

    private static ReflectionSession Session(Guid programmeId, params object[] more) => ReflectionSession.From(
        new object[] { new ReflectionSessionScheduled(Guid.NewGuid(), programmeId, "Samen", Start, Duration.FromHours(2), "Utrecht", "Petra", [], Before) { JointSessionId = JointId } }
            .Concat(more));

    [Fact]
    public void each_programme_gets_its_own_items_with_their_place_on_the_combined_agenda()
    {
        ReflectionSession[] sessions = [Session(GhntId), Session(ZorgId)];
        var outcome = SetJointReflectionAgenda.Decide(sessions, new SetJointReflectionAgenda([
            new JointAgendaItemInput(ZorgId, AgendaItemKind.Indicator, "9. Organiseer reflectie", "Rood", "9"),
            new JointAgendaItemInput(GhntId, AgendaItemKind.Indicator, "4. Middelen", "Oranje", "4"),
            new JointAgendaItemInput(ZorgId, null, "Rondvraag", null, null),
        ]), Guid.NewGuid, Before);

        var sets = outcome.Events.Cast<ReflectionAgendaSet>().ToDictionary(s => s.ProgrammeId);
        sets[GhntId].SessionId.ShouldBe(sessions[0].Id);
        sets[GhntId].Items.Select(i => (i.Title, i.JointPosition)).ShouldBe([("4. Middelen", (int?)2)]);
        sets[ZorgId].Items.Select(i => (i.Title, i.JointPosition)).ShouldBe([("9. Organiseer reflectie", (int?)1), ("Rondvraag", (int?)3)]);
    }

    [Fact]
    public void an_item_of_another_programme_or_a_programme_left_without_items_is_bad_input()
    {
        ReflectionSession[] sessions = [Session(GhntId), Session(ZorgId)];

        SetJointReflectionAgenda.Decide(sessions, new SetJointReflectionAgenda([new JointAgendaItemInput(Guid.NewGuid(), null, "Elders", null, null)]), Guid.NewGuid, Before)
            .Refusals.ShouldContain(r => r.Rule == "reflection.joint-item-programme" && r.Field == "items");
        SetJointReflectionAgenda.Decide(sessions, new SetJointReflectionAgenda([new JointAgendaItemInput(GhntId, null, "Alleen GHNT", null, null)]), Guid.NewGuid, Before)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.joint-item-per-programme");
    }

    [Fact]
    public void held_and_discussed_are_written_to_the_session_each_item_belongs_to()
    {
        var ghntItem = Guid.NewGuid();
        var zorgItem = Guid.NewGuid();
        var lesson = Guid.NewGuid();
        var ghnt = Session(GhntId);
        var zorg = Session(ZorgId);
        ghnt = ghnt.After(new ReflectionAgendaSet(ghnt.Id, GhntId, [new SessionAgendaItem(ghntItem, AgendaItemKind.Indicator, "4", "", "4")], Before));
        zorg = zorg.After(new ReflectionAgendaSet(zorg.Id, ZorgId, [new SessionAgendaItem(zorgItem, null, "Rondvraag", "", null)], Before));
        var discussed = new MarkAgendaDiscussed([new DiscussedItemInput(ghntItem, "Goed gesprek", [lesson]), new DiscussedItemInput(zorgItem, null, [])]);

        MarkJointAgendaDiscussed.Decide([ghnt, zorg], discussed, After).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.not-held");

        var held = RecordJointSessionHeld.Decide([ghnt, zorg], new RecordReflectionSessionHeld(["Petra"], [ReflectionQuestion.SamenLeren], "Samen geleerd", null), After);
        held.Events.Cast<ReflectionSessionHeld>().Select(h => h.SessionId).ShouldBe([ghnt.Id, zorg.Id]);
        ghnt = ghnt.After(held.Events[0]).After(new LessonCaptured(ghnt.Id, GhntId, lesson, "Les", After));
        zorg = zorg.After(held.Events[1]);

        var outcome = MarkJointAgendaDiscussed.Decide([ghnt, zorg], discussed, After);
        var events = outcome.Events.Cast<AgendaItemsDiscussed>().ToDictionary(e => e.SessionId);
        events[ghnt.Id].Items.ShouldHaveSingleItem().LessonIds.ShouldBe([lesson]);
        events[zorg.Id].Items.ShouldHaveSingleItem().ItemId.ShouldBe(zorgItem);

        // A lesson of one programme's session cannot be linked to an item of another programme.
        MarkJointAgendaDiscussed.Decide([ghnt, zorg], new MarkAgendaDiscussed([new DiscussedItemInput(zorgItem, null, [lesson])]), After)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.lesson-of-session");
        MarkJointAgendaDiscussed.Decide([ghnt, zorg], new MarkAgendaDiscussed([new DiscussedItemInput(Guid.NewGuid(), null, [])]), After)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.agenda-item-exists");
    }
}
