using System.Text.Json;
using Alba;

namespace Governance.Host.Tests.Decisions;

public class when_a_decision_lives_on_over_http(AppFixture app) : HostTest(app)
{
    private static string Url(Guid programmeId, Guid decisionId, string what = "") =>
        $"/api/programmes/{programmeId}/decisions/{decisionId}{(what == "" ? "" : "/" + what)}";

    private static Dictionary<string, object?> Proposed(Guid partnerId)
    {
        var body = Samples.Decision(partnerId);
        body["status"] = "proposed";
        return body;
    }

    [Fact]
    public async Task a_proposal_is_taken_and_partners_positions_and_their_changes_show_in_its_record()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var vng = await Host.AddPartner(programmeId, Samples.Partner("VNG", "opdrachtgever"));
        var decisionId = await Host.LogDecision(programmeId, Proposed(vws));

        var taken = await Host.PostCommand(Url(programmeId, decisionId, "taken"), new { decidedOn = "2019-03-18" }, 204);
        taken.Context.Response.Headers.ETag.ToString().ShouldBe("\"2\"");
        await App.SpeakFor(People, programmeId, vng);
        await Host.PostCommand(Url(programmeId, decisionId, "positions"), new { partnerId = vng, position = "dissents", reasoning = "Gemeenten missen de middelen" }, 204);
        ActAs(People.Director);
        await App.SpeakFor(People, programmeId, vng);
        await Host.PostCommand(Url(programmeId, decisionId, "positions"), new { partnerId = vng, position = "agreesWithReservations", reasoning = "Mits het geld volgt" }, 204);
        ActAs(People.Director);
        await App.SpeakFor(People, programmeId, vws);
        await Host.PostCommand(Url(programmeId, decisionId, "positions"), new { partnerId = vws, position = "agrees" }, 204);
        ActAs(People.Director);

        var record = await Host.GetAsJson<JsonElement>(Url(programmeId, decisionId));
        record.GetProperty("status").GetString().ShouldBe("taken");
        record.GetProperty("decidedOn").GetString().ShouldBe("2019-03-18");
        var positions = record.GetProperty("positions").EnumerateArray().ToList();
        positions.Count.ShouldBe(2);
        var vngPosition = positions.Single(p => p.GetProperty("partnerId").GetGuid() == vng);
        vngPosition.GetProperty("position").GetString().ShouldBe("agreesWithReservations");
        vngPosition.GetProperty("reasoning").GetString().ShouldBe("Mits het geld volgt");
        var history = record.GetProperty("history").EnumerateArray().ToList();
        history.Select(h => h.GetProperty("kind").GetString()).ShouldBe(["logged", "taken", "positionRecorded", "positionRecorded", "positionRecorded"]);
        history[2].GetProperty("reasoning").GetString().ShouldBe("Gemeenten missen de middelen");
        history[1].GetProperty("recordedAt").GetString().ShouldBe("2026-03-02T09:00:00Z");
    }

    [Fact]
    public async Task a_revision_a_review_and_a_withdrawal_change_the_record()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));

        await Host.PostCommand(Url(programmeId, decisionId, "revision"), new { rationale = "Ook ketenpartners leveren capaciteit", reviewOn = "2019-12-01", reason = "Eerste ervaringen" }, 204);
        await Host.PostCommand(Url(programmeId, decisionId, "review"), new { reviewedOn = "2019-12-02", conclusion = "Werkt, houden zo", nextReviewOn = "2020-12-01" }, 204);
        var afterReview = await Host.GetAsJson<JsonElement>(Url(programmeId, decisionId));
        afterReview.GetProperty("status").GetString().ShouldBe("revised");
        afterReview.GetProperty("rationale").GetString().ShouldBe("Ook ketenpartners leveren capaciteit");
        afterReview.GetProperty("reviewOn").GetString().ShouldBe("2020-12-01");

        await Host.PostCommand(Url(programmeId, decisionId, "withdrawal"), new { reason = "De regeling gaat niet door" }, 204);

        var record = await Host.GetAsJson<JsonElement>(Url(programmeId, decisionId));
        record.GetProperty("status").GetString().ShouldBe("withdrawn");
        record.GetProperty("withdrawalReason").GetString().ShouldBe("De regeling gaat niet door");
        record.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString())
            .ShouldBe(["logged", "revised", "reviewed", "withdrawn"]);
    }

    [Fact]
    public async Task a_later_decision_supersedes_an_earlier_one_once()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var earlier = await Host.LogDecision(programmeId, Samples.Decision(vws));
        var laterBody = Samples.Decision(vws);
        laterBody["decidedOn"] = "2020-02-01";
        var later = await Host.LogDecision(programmeId, laterBody);

        await Host.PostCommand(Url(programmeId, earlier, "supersession"), new { supersededByDecisionId = later }, 204);
        var eventsBefore = await EventCount();

        var again = await Host.PostCommand(Url(programmeId, earlier, "supersession"), new { supersededByDecisionId = later }, 409);

        (await again.ReadJson()).GetProperty("rule").GetString().ShouldBe("decision.closed");
        (await EventCount()).ShouldBe(eventsBefore);
        var record = await Host.GetAsJson<JsonElement>(Url(programmeId, earlier));
        record.GetProperty("status").GetString().ShouldBe("superseded");
        record.GetProperty("supersededByDecisionId").GetGuid().ShouldBe(later);
    }

    [Fact]
    public async Task a_decision_of_another_programme_is_not_superseding()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        var otherProgramme = await App.RegisterProgramme(People);
        var otherVws = await Host.AddPartner(otherProgramme);
        var elsewhere = await Host.LogDecision(otherProgramme, Samples.Decision(otherVws));
        var eventsBefore = await EventCount();

        var result = await Host.PostCommand(Url(programmeId, decisionId, "supersession"), new { supersededByDecisionId = elsewhere }, 409);

        (await result.ReadJson()).GetProperty("rule").GetString().ShouldBe("decision.superseding-exists");
        (await EventCount()).ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task a_dissent_without_reasoning_is_400_naming_the_field_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        var eventsBefore = await EventCount();

        await App.SpeakFor(People, programmeId, vws);
        var result = await Host.PostCommand(Url(programmeId, decisionId, "positions"), new { partnerId = vws, position = "dissents" }, 400);
        ActAs(People.Director);

        var problem = await result.ReadJson();
        problem.GetProperty("errors").TryGetProperty("reasoning", out _).ShouldBeTrue();
        (await EventCount()).ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task an_unknown_position_is_400_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        var eventsBefore = await EventCount();

        await App.SpeakFor(People, programmeId, vws);
        await Host.PostCommand(Url(programmeId, decisionId, "positions"), new { partnerId = vws, position = "misschien" }, 400);
        ActAs(People.Director);

        (await EventCount()).ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task a_position_for_another_organisation_is_403_for_a_partner_that_left_409_and_a_taken_decision_is_not_taken_again()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        var eventsBefore = await EventCount();

        var spokesperson = await App.SpeakFor(People, programmeId, vws);
        var notTheirs = await Host.PostCommand(Url(programmeId, decisionId, "positions"), new { partnerId = Guid.NewGuid(), position = "agrees" }, 403);
        ActAs(People.Director);
        await Host.PostCommand($"/api/programmes/{programmeId}/partners/{vws}/departure", new { leftOn = "2019-03-01", reason = "Opgeheven" }, 200);
        eventsBefore++;
        ActAs(spokesperson);
        var stranger = await Host.PostCommand(Url(programmeId, decisionId, "positions"), new { partnerId = vws, position = "agrees" }, 409);
        ActAs(People.Director);
        var takenTwice = await Host.PostCommand(Url(programmeId, decisionId, "taken"), new { decidedOn = "2019-03-18" }, 409);

        (await notTheirs.ReadJson()).GetProperty("title").GetString().ShouldBe("Geen toegang.");
        (await stranger.ReadJson()).GetProperty("rule").GetString().ShouldBe("decision.position-partner-active");
        (await takenTwice.ReadJson()).GetProperty("rule").GetString().ShouldBe("decision.take-only-proposed");
        (await EventCount()).ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task a_decision_outside_the_routes_programme_or_unknown_is_404_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        var otherProgramme = await App.RegisterProgramme(People);
        var eventsBefore = await EventCount();

        var wrongProgramme = await Host.PostCommand(Url(otherProgramme, decisionId, "withdrawal"), new { reason = "Weg" }, 404);
        await Host.PostCommand(Url(programmeId, Guid.NewGuid(), "withdrawal"), new { reason = "Weg" }, 404);
        await Host.PostCommand(Url(Guid.NewGuid(), decisionId, "withdrawal"), new { reason = "Weg" }, 404);
        await Host.Scenario(s => { s.Get.Url(Url(otherProgramme, decisionId)); s.StatusCodeShouldBe(404); });

        (await wrongProgramme.ReadJson()).GetProperty("title").GetString().ShouldBe("Besluit niet gevonden.");
        (await EventCount()).ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task a_stale_if_match_is_409_and_writes_nothing_while_the_current_version_is_accepted()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        await App.SpeakFor(People, programmeId, vws);
        await Host.PostCommand(Url(programmeId, decisionId, "positions"), new { partnerId = vws, position = "agrees" }, 204);
        ActAs(People.Director);
        var eventsBefore = await EventCount();
        await App.SpeakFor(People, programmeId, vws);

        var stale = await Host.Scenario(s =>
        {
            s.Post.Json(new { partnerId = vws, position = "abstains" }, JsonStyle.MinimalApi).ToUrl(Url(programmeId, decisionId, "positions"));
            s.WithRequestHeader("If-Match", "\"1\"");
            s.StatusCodeShouldBe(409);
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { partnerId = vws, position = "abstains" }, JsonStyle.MinimalApi).ToUrl(Url(programmeId, decisionId, "positions"));
            s.WithRequestHeader("If-Match", "\"2\"");
            s.StatusCodeShouldBe(204);
        });

        (await stale.ReadJson()).GetProperty("rule").GetString().ShouldBe("concurrency.stale-version");
        (await EventCount()).ShouldBe(eventsBefore + 1); // only the write that named the current version landed
    }

    [Fact]
    public async Task the_decision_log_filters_in_memory_and_lists_newest_first()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var vng = await Host.AddPartner(programmeId, Samples.Partner("VNG", "opdrachtgever"));

        var first = Samples.Decision(vws);
        first["recommendations"] = new[] { "organiseerReflectie" };
        var firstId = await Host.LogDecision(programmeId, first);
        var second = Proposed(vws);
        second["decidedOn"] = "2020-01-10";
        var secondId = await Host.LogDecision(programmeId, second);
        var third = Samples.Decision(vng);
        third["decidedOn"] = "2019-08-01";
        var thirdId = await Host.LogDecision(programmeId, third);
        await App.SpeakFor(People, programmeId, vng);
        await Host.PostCommand(Url(programmeId, firstId, "positions"), new { partnerId = vng, position = "dissents", reasoning = "Geen geld" }, 204);
        ActAs(People.Director);
        var otherProgramme = await App.RegisterProgramme(People);
        await Host.LogDecision(otherProgramme, Samples.Decision(await Host.AddPartner(otherProgramme)));

        async Task<List<Guid>> Ids(string query) =>
            (await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/decisions{query}"))
                .EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();

        (await Ids("")).ShouldBe([secondId, thirdId, firstId]);
        (await Ids("?status=proposed")).ShouldBe([secondId]);
        (await Ids("?recommendation=organiseerReflectie")).ShouldBe([firstId]);
        (await Ids($"?partnerId={vng}")).ShouldBe([thirdId, firstId]);
        (await Ids("?from=2019-06-01&to=2019-12-31")).ShouldBe([thirdId]);
        (await Ids($"?bodyId={Guid.NewGuid()}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_bad_filter_is_400_naming_it_and_an_unknown_programme_is_404()
    {
        var programmeId = await App.RegisterProgramme(People);

        var badStatus = await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}/decisions?status=genomen&from=gisteren"); s.StatusCodeShouldBe(400); });
        await Host.Scenario(s => { s.Get.Url($"/api/programmes/{Guid.NewGuid()}/decisions"); s.StatusCodeShouldBe(404); });

        var errors = (await badStatus.ReadJson()).GetProperty("errors");
        errors.TryGetProperty("status", out _).ShouldBeTrue();
        errors.TryGetProperty("from", out _).ShouldBeTrue();
    }
}
