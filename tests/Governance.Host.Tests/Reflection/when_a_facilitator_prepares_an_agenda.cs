using System.Text.Json;
using Alba;

namespace Governance.Host.Tests.Reflection;

public class when_a_facilitator_prepares_an_agenda(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task the_proposal_holds_the_questions_open_tensions_and_decisions_due_before_the_session()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var body = Samples.Decision(vws);
        body["reviewOn"] = "2026-03-20";
        var decisionId = await Host.LogDecision(programmeId, body);
        await Host.PostTo($"/api/programmes/{programmeId}/tensions", BodySamples.Tension(), 201);
        ActAs(People.Facilitator);
        var sessionId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-04-02T14:00"));

        var proposal = (await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}/agenda-proposal"))
            .EnumerateArray().ToList();

        proposal.Count(i => i.GetProperty("kind").GetString() == "reflectionQuestion").ShouldBe(7);
        proposal.ShouldContain(i => i.GetProperty("kind").GetString() == "tension");
        proposal.Single(i => i.GetProperty("kind").GetString() == "decisionReview").GetProperty("reference").GetString().ShouldBe(decisionId.ToString());
        proposal.ShouldContain(i => i.GetProperty("kind").GetString() == "indicator");
    }

    [Fact]
    public async Task only_the_procesbegeleider_prepares_it_and_an_unknown_session_is_404()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);
        var sessionId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-04-02T14:00"));

        ActAs(People.Director);
        await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}/agenda-proposal"); s.StatusCodeShouldBe(403); });
        ActAs(People.Facilitator);
        await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}/reflection-sessions/{Guid.NewGuid()}/agenda-proposal"); s.StatusCodeShouldBe(404); });
    }
}
