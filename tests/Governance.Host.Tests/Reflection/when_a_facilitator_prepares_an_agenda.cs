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

public class when_an_agenda_is_discussed(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task the_indicator_shows_when_it_was_discussed_with_the_lesson()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);
        var sessionId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-10T14:00"));
        var url = $"/api/programmes/{programmeId}/reflection-sessions/{sessionId}";
        var proposal = (await Host.GetAsJson<System.Text.Json.JsonElement>($"{url}/agenda-proposal")).EnumerateArray().ToList();
        var indicator = proposal.First(i => i.GetProperty("kind").GetString() == "indicator");

        await Host.PostCommand($"{url}/agenda", new
        {
            items = new object[]
            {
                new { kind = "indicator", title = indicator.GetProperty("title").GetString(), why = indicator.GetProperty("why").GetString(), reference = indicator.GetProperty("reference").GetString() },
                new { title = "Rondvraag" },
            },
        }, 204);
        var agendaItem = (await Host.GetAsJson<System.Text.Json.JsonElement>(url)).GetProperty("agenda")[0].GetProperty("itemId").GetGuid();

        await Host.PostCommand($"{url}/agenda/discussed", new { items = new[] { new { itemId = agendaItem } } }, 409);
        App.Clock.Advance(NodaTime.Duration.FromDays(9));
        await Host.PostCommand($"{url}/held", new { attendees = new[] { "Petra Procesbegeleider" }, outcomes = "Goed gesprek" }, 204);
        var lesson = await Host.PostCommand($"{url}/lessons", new { lesson = "Start pas na een heldere opdracht" }, 201);
        var lessonId = (await lesson.Read<Governance.Host.Programmes.CreatedId>()).Id;
        await Host.PostCommand($"{url}/agenda/discussed", new { items = new[] { new { itemId = agendaItem, note = "Besproken met de opdrachtgever", lessonIds = new[] { lessonId } } } }, 204);

        ActAs(People.Reader);
        var conversation = (await Host.GetAsJson<System.Text.Json.JsonElement>($"/api/programmes/{programmeId}/health/conversations")).EnumerateArray().ShouldHaveSingleItem();
        conversation.GetProperty("number").GetInt32().ToString().ShouldBe(indicator.GetProperty("reference").GetString());
        conversation.GetProperty("discussedOn").GetString().ShouldBe("2026-03-10");
        conversation.GetProperty("lessons")[0].GetString().ShouldBe("Start pas na een heldere opdracht");
        (await Host.GetAsJson<System.Text.Json.JsonElement>(url)).GetProperty("agenda")[0].GetProperty("discussed").GetBoolean().ShouldBeTrue();
    }
}
