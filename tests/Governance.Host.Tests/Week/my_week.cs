using Alba;
using Governance.Host.Tests.Notifications;
using Governance.Host.Week;
using NodaTime;

namespace Governance.Host.Tests.Week;

/// <summary>GET /api/me/week: what is the signed-in person's own, and nothing of programmes they are not a member of.</summary>
public sealed class my_week(AppFixture app) : HostTest(app)
{
    private async Task<MyWeek> WeekOf(Guid personId)
    {
        var before = App.ActingAs;
        ActAs(personId);
        var week = await (await Host.Scenario(s => s.Get.Url("/api/me/week"))).Read<MyWeek>();
        App.ActingAs = before;
        return week;
    }

    [Fact]
    public async Task lists_the_sessions_one_is_invited_to_upcoming_first_and_the_actions_one_owns_overdue_first()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);
        var invited = ReflectionSamples.Session("2026-03-20T14:00");
        invited["inviteePersonIds"] = new[] { People.Reader };
        var upcomingId = await Host.ScheduleReflectionSession(programmeId, invited);
        var past = ReflectionSamples.Session("2026-03-05T14:00");
        past["inviteePersonIds"] = new[] { People.Reader };
        var pastId = await Host.ScheduleReflectionSession(programmeId, past);
        var later = ReflectionSamples.Session("2026-04-20T14:00");
        later["inviteePersonIds"] = new[] { People.Reader };
        var laterId = await Host.ScheduleReflectionSession(programmeId, later);
        await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-25T14:00"));   // not invited

        App.Clock.Reset(Instant.FromUtc(2026, 3, 6, 9, 0));
        var url = $"/api/programmes/{programmeId}/reflection-sessions/{pastId}";
        await Host.PostCommand($"{url}/held", new { attendingPersonIds = new[] { People.Reader }, outcomes = "Goed gesprek" }, 204);
        await Host.PostCommand($"{url}/actions", new { action = "Later klaar", ownerPersonId = People.Reader, dueOn = "2026-03-30" }, 201);
        await Host.PostCommand($"{url}/actions", new { action = "Al te laat", ownerPersonId = People.Reader, dueOn = "2026-03-06" }, 201);
        await Host.PostCommand($"{url}/actions", new { action = "Van een ander", ownerPersonId = People.Delegate, dueOn = "2026-03-06" }, 201);
        App.Clock.Reset(Instant.FromUtc(2026, 3, 10, 9, 0));

        var week = await WeekOf(People.Reader);
        week.Sessions.Select(s => s.SessionId).ShouldBe([upcomingId, laterId, pastId]);
        week.Sessions[0].Invited.ShouldBeTrue();
        week.Sessions[0].Link.ShouldBe($"/programmas/{programmeId}/reflectie/{upcomingId}");
        week.Actions.Select(a => a.Action).ShouldBe(["Al te laat", "Later klaar"]);
        week.Actions[0].Overdue.ShouldBeTrue();

        (await WeekOf(People.Outsider)).Sessions.ShouldBeEmpty();
    }

    [Fact]
    public async Task lists_the_decisions_one_must_review_and_the_proposals_awaiting_ones_organisations_position()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        ActAs(People.Director);
        var due = Samples.Decision(vws);
        due["title"] = "Toe aan evaluatie";
        due["reviewOn"] = "2026-03-01";
        var dueId = await Host.LogDecision(programmeId, due);
        var thisWeek = Samples.Decision(vws);
        thisWeek["title"] = "Deze week";
        thisWeek["reviewOn"] = "2026-03-05";
        var thisWeekId = await Host.LogDecision(programmeId, thisWeek);
        var notYet = Samples.Decision(vws);
        notYet["title"] = "Pas later";
        notYet["reviewOn"] = "2026-06-01";
        await Host.LogDecision(programmeId, notYet);
        var proposal = Samples.Decision(vws);
        proposal["title"] = "Voorstel";
        proposal["status"] = "proposed";
        var proposalId = await Host.LogDecision(programmeId, proposal);
        var answered = Samples.Decision(vws);
        answered["title"] = "Beantwoord voorstel";
        answered["status"] = "proposed";
        var answeredId = await Host.LogDecision(programmeId, answered);
        var spokesperson = await App.SpeakFor(People, programmeId, vws);
        await Host.PostCommand($"/api/programmes/{programmeId}/decisions/{answeredId}/positions", new { partnerId = vws, position = "agrees" }, 204);

        var director = await WeekOf(People.Director);
        director.Reviews.Select(r => r.DecisionId).ShouldBe([dueId, thisWeekId]);   // not the one due in June
        director.Reviews.Select(r => r.Due).ShouldBe([true, false]);
        director.PositionsAsked.ShouldBeEmpty();   // the director acts for no partner

        var partner = await WeekOf(spokesperson);
        partner.PositionsAsked.ShouldHaveSingleItem().DecisionId.ShouldBe(proposalId);
        partner.PositionsAsked[0].PartnerName.ShouldBe("Ministerie van VWS");
        partner.Reviews.Count.ShouldBe(2);   // it speaks for the deciding partner
        (await WeekOf(People.Reader)).Reviews.ShouldBeEmpty();
    }

    [Fact]
    public async Task lists_unread_notifications_with_their_link()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);
        var invited = ReflectionSamples.Session("2026-03-20T14:00");
        invited["inviteePersonIds"] = new[] { People.Reader };
        var sessionId = await Host.ScheduleReflectionSession(programmeId, invited);
        await App.Sweep(People);

        var week = await WeekOf(People.Reader);
        var unread = week.Unread.ShouldHaveSingleItem();
        unread.Title.ShouldBe("Uitnodiging: Reflectie voorjaar");
        unread.Link.ShouldBe($"/programmas/{programmeId}/reflectie/{sessionId}");
    }
}
