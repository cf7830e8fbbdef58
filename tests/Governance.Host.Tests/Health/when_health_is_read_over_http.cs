using System.Text.Json;
using Alba;
using Marten;
using Governance.Domain.Access;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Host.Tests.Health;

public class when_health_is_read_over_http(AppFixture app) : HostTest(app)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ActAs(People.Opdrachtgever);
    }

    private static Instant Noon(int y, int m, int d) => new LocalDate(y, m, d).At(new LocalTime(12, 0)).InZoneStrictly(AmsterdamTime.Zone).ToInstant();

    /// <summary>
    /// A programme started 1-1-2020 that agreed to reflect every six weeks (the dated commitment that lets silence
    /// turn rood) and whose only reflection session was held on 1-6-2020.
    /// </summary>
    private async Task<Guid> ProgrammeWithOneReflection(string name = "Samen tegen geweld", string opdrachtgever = "Ministerie van VWS")
    {
        var programmeId = Guid.NewGuid();
        var partnerId = Guid.NewGuid();
        var sessionId = Guid.NewGuid();
        await Host.AppendHistory(
            (programmeId, new ProgrammeRegistered(programmeId, name, "Geweld stoppen", opdrachtgever, new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31), Noon(2019, 12, 1))),
            (programmeId, new ProgrammeMemberAssigned(programmeId, People.Opdrachtgever, "Olga Opdrachtgever", MemberRole.Opdrachtgever, null, Noon(2019, 12, 1))),
            (programmeId, new PartnerJoined(programmeId, partnerId, "VNG", Bestuurslaag.Koepel, PartnerRole.Ketenpartner, new LocalDate(2020, 1, 2), Noon(2020, 1, 2))),
            (programmeId, new LearningGoalSet(programmeId, partnerId, Guid.NewGuid(), "Samen leren", Noon(2020, 1, 3))),
            (programmeId, new ReflectionCadenceSet(programmeId, 6, Noon(2020, 1, 3))),
            (sessionId, new ReflectionSessionHeld(sessionId, programmeId, new LocalDate(2020, 6, 1), ["VNG"], [ReflectionQuestion.SamenLeren], "Lessen", null, Noon(2020, 6, 1))));
        return programmeId;
    }

    [Fact]
    public async Task the_ten_indicators_as_of_a_date_are_those_of_that_date_and_now_differs()
    {
        var programmeId = await ProgrammeWithOneReflection();

        var july = await Host.GetHealth(programmeId, asOf: "2020-07-01");
        july.GetProperty("date").GetString().ShouldBe("2020-07-01");
        july.GetProperty("indicators").GetArrayLength().ShouldBe(10);
        july.IndicatorStatus(9).ShouldBe("groen");
        var reflection = july.GetProperty("indicators")[8];
        reflection.GetProperty("title").GetString().ShouldBe("Organiseer reflectie");
        reflection.GetProperty("source").GetString().ShouldBe("004 l. 1397–1399");
        reflection.GetProperty("question").GetString()!.ShouldStartWith("Heeft ons werk voldoende impact");
        reflection.GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("date").GetString() == "2020-06-01");
        july.TryGetProperty("score", out _).ShouldBeFalse();
        // Coverage apart from the status: which kinds of facts were recorded at all, never a number.
        reflection.GetProperty("coverage").EnumerateArray().ShouldContain(k =>
            k.GetProperty("kind").GetString() == "reflectiebijeenkomsten" && k.GetProperty("recorded").GetBoolean());

        (await Host.GetHealth(programmeId, asOf: "2020-08-15")).IndicatorStatus(9).ShouldBe("oranje");
        // An instant just before the session was recorded (noon, 10:00 UTC): a cadence agreed on 3 January and no held
        // session recorded in the 21 weeks since is a dated commitment that passed — rood, worded as not recorded.
        var beforeTheSession = (await Host.GetHealth(programmeId, asOf: "2020-06-01T09:00:00Z")).GetProperty("indicators")[8];
        beforeTheSession.GetProperty("status").GetString().ShouldBe("rood");
        beforeTheSession.GetProperty("reason").GetString()!.ShouldContain("sindsdien is geen gehouden bijeenkomst vastgelegd");
        (await Host.GetHealth(programmeId)).IndicatorStatus(9).ShouldBe("rood");
        (await Host.GetHealth(programmeId, asOf: "2019-11-30")).IndicatorStatus(1).ShouldBe("nogNietTeBeoordelen");
    }

    [Fact]
    public async Task a_bad_as_of_is_400_naming_it()
    {
        var programmeId = await ProgrammeWithOneReflection();
        var result = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{programmeId}/health?asOf=gisteren");
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadJson()).GetProperty("errors").TryGetProperty("asOf", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task an_unknown_programme_is_404()
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{Guid.NewGuid()}/health");
            s.StatusCodeShouldBe(404);
        });
        (await result.ReadJson()).GetProperty("title").GetString().ShouldBe("Programma niet gevonden.");
    }

    [Fact]
    public async Task the_history_tells_when_reflection_turned_orange_and_red_and_why()
    {
        var programmeId = await ProgrammeWithOneReflection();
        var result = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{programmeId}/health/history?from=2020-06-02&to=2020-12-31");
            s.StatusCodeShouldBe(200);
        });
        var reflection = (await result.ReadJson()).GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("number").GetInt32() == 9).ToList();

        reflection.Select(c => (c.GetProperty("date").GetString(), c.GetProperty("status").GetString())).ShouldBe(
            [("2020-06-02", "groen"), ("2020-07-28", "oranje"), ("2020-08-25", "rood")]);
        reflection[2].GetProperty("previous").GetString().ShouldBe("oranje");
        reflection[2].GetProperty("reason").GetString().ShouldBe(
            "Reflectie elke 6 weken is afgesproken, maar sinds 1 juni 2020 is geen gehouden bijeenkomst vastgelegd (rood na 12 weken).");
    }

    [Fact]
    public async Task the_history_kept_between_requests_equals_a_fresh_evaluation_also_when_a_fact_turns_up_in_its_past()
    {
        var programmeId = await ProgrammeWithOneReflection("Bewaarde geschiedenis");
        async Task<List<string>> History(string to)
        {
            var result = await Host.Scenario(s =>
            {
                s.Get.Url($"/api/programmes/{programmeId}/health/history?to={to}");
                s.StatusCodeShouldBe(200);
            });
            return (await result.ReadJson()).GetProperty("changes").EnumerateArray()
                .Select(c => $"{c.GetProperty("number")}|{c.GetProperty("date")}|{c.GetProperty("status")}|{c.GetProperty("reason")}").ToList();
        }
        async Task<List<string>> Fresh(string to)
        {
            await using var session = Host.DocumentStore().QuerySession();
            var document = (await session.LoadAsync<Governance.Projections.Health.ProgrammeHealthFacts>(programmeId))!;
            var end = LocalDate.FromDateTime(DateTime.Parse(to)).PlusDays(1).AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant().Minus(Duration.Epsilon);
            return IndicatorHistory.Between(document.Facts, document.Facts.Registration!.Source.RecordedAt, end)
                .Select(c => $"{c.Number}|{c.Date:yyyy-MM-dd}|{DutchStatus(c.Status)}|{c.Reason}").ToList();
        }

        // Asked up to the end of 2020, then further: the second answer continues the kept one.
        (await History("2020-12-31")).ShouldBe(await Fresh("2020-12-31"));
        var upToMid2021 = await History("2021-06-30");
        upToMid2021.ShouldBe(await Fresh("2021-06-30"));
        upToMid2021.ShouldContain(c => c.StartsWith("9|2020-08-25|rood"));

        // A session recorded with a moment inside the kept period (a clock set back, as an import would): the host starts
        // over rather than answer the history it kept.
        var sessionId = Guid.NewGuid();
        await Host.AppendHistory((sessionId, new ReflectionSessionHeld(sessionId, programmeId, new LocalDate(2020, 9, 1), ["VNG"],
            [ReflectionQuestion.SamenLeren], "Weer samen", null, Noon(2020, 9, 1))));
        var afterwards = await History("2021-06-30");
        afterwards.ShouldBe(await Fresh("2021-06-30"));
        afterwards.ShouldContain(c => c.StartsWith("9|2020-09-01|groen"));
    }

    private static string DutchStatus(IndicatorStatus status) => JsonSerializer.Serialize(status, Governance.Host.Tests.Api.Json).Trim('"');

    [Fact]
    public async Task a_bad_history_bound_is_400_naming_it()
    {
        var programmeId = await ProgrammeWithOneReflection();
        var result = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{programmeId}/health/history?from=2020-13-01");
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadJson()).GetProperty("errors").TryGetProperty("from", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task a_history_period_of_more_than_25_years_is_400_naming_to()
    {
        var programmeId = await ProgrammeWithOneReflection();
        var result = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{programmeId}/health/history?to=2050-01-01");
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadJson()).GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task the_portfolio_lists_an_opdrachtgevers_programmes_by_name_with_ten_statuses_and_no_score()
    {
        var zeta = await ProgrammeWithOneReflection("Zorg en veiligheid", "Ministerie van VWS");
        var alpha = await ProgrammeWithOneReflection("Aanpak kindermishandeling", "Ministerie van JenV");
        var cancelled = Guid.NewGuid();
        await Host.AppendHistory((alpha, new PartnerJoined(alpha, Guid.NewGuid(), "Ministerie van VWS", Bestuurslaag.Rijk,
            PartnerRole.Opdrachtgever, new LocalDate(2020, 1, 2), Noon(2020, 1, 2))),
            (cancelled, new ReflectionSessionCancelled(cancelled, alpha, "Kamervragen", Noon(2020, 6, 20))));
        await ProgrammeWithOneReflection("Ander programma", "Gemeente Utrecht");

        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/portfolio?opdrachtgever=ministerie%20van%20vws&asOf=2020-07-01");
            s.StatusCodeShouldBe(200);
        });
        var portfolio = await result.ReadJson();
        var programmes = portfolio.GetProperty("programmes").EnumerateArray().ToList();
        programmes.Select(p => p.GetProperty("programmeId").GetGuid()).ShouldBe([alpha, zeta]);
        programmes.ShouldAllBe(p => p.GetProperty("indicators").GetArrayLength() == 10);
        // Reflection on 1-6-2020 in both; in alpha the next session was cancelled.
        programmes[0].GetProperty("indicators")[8].GetProperty("status").GetString().ShouldBe("oranje");
        programmes[1].GetProperty("indicators")[8].GetProperty("status").GetString().ShouldBe("groen");
        programmes[0].TryGetProperty("score", out _).ShouldBeFalse();
        // Nothing about funding was recorded in either: shown beside the status, not folded into it.
        programmes[0].GetProperty("indicators")[3].GetProperty("nothingRecordedAbout").EnumerateArray()
            .Select(k => k.GetString()).ShouldContain("financiering");
    }

    [Fact]
    public async Task the_portfolio_shows_a_person_their_own_programmes_only()
    {
        await ProgrammeWithOneReflection("Zorg en veiligheid", "Ministerie van VWS");
        await ProgrammeWithOneReflection("Ander programma", "Gemeente Utrecht");

        var mine = await Host.GetAsJson<JsonElement>("/api/portfolio");
        ActAs(People.Outsider);
        var theirs = await Host.GetAsJson<JsonElement>("/api/portfolio");

        mine.GetProperty("programmes").GetArrayLength().ShouldBe(2);
        theirs.GetProperty("programmes").GetArrayLength().ShouldBe(0);
    }

    // The portfolio keeps each programme's evaluation while it holds (PortfolioStatuses): these two read it twice,
    // so the second answer comes from what was kept unless a new fact or a new day makes it stale.

    [Fact]
    public async Task the_portfolio_shows_a_new_fact_on_the_next_request()
    {
        var programmeId = await ProgrammeWithOneReflection();
        (await ReflectionStatusInPortfolio(programmeId)).ShouldBe("rood");

        var sessionId = Guid.NewGuid();
        var today = App.Clock.GetCurrentInstant().InZone(AmsterdamTime.Zone).Date;
        await Host.AppendHistory((sessionId, new ReflectionSessionHeld(sessionId, programmeId, today, ["VNG"],
            [ReflectionQuestion.SamenLeren], "Lessen", null, App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(1)))));

        (await ReflectionStatusInPortfolio(programmeId)).ShouldBe("groen");
    }

    [Fact]
    public async Task the_portfolio_shows_time_passing_without_any_new_fact()
    {
        var programmeId = await ProgrammeWithOneReflection();
        var sessionId = Guid.NewGuid();
        var today = App.Clock.GetCurrentInstant().InZone(AmsterdamTime.Zone).Date;
        await Host.AppendHistory((sessionId, new ReflectionSessionHeld(sessionId, programmeId, today, ["VNG"],
            [ReflectionQuestion.SamenLeren], "Lessen", null, App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(1)))));
        (await ReflectionStatusInPortfolio(programmeId)).ShouldBe("groen");

        App.Clock.Advance(Duration.FromDays(7 * 10));

        (await ReflectionStatusInPortfolio(programmeId)).ShouldBe("oranje");
    }

    // The health page and GET …/health keep a programme's evaluation while it holds too (ProgrammeHealthReads): each
    // step reads both twice, so a kept answer that missed a new fact or a new day would show.

    [Fact]
    public async Task the_health_page_and_its_api_show_a_new_fact_and_time_passing_on_the_next_request()
    {
        var programmeId = await ProgrammeWithOneReflection();
        await ReflectionStatusShouldBe(programmeId, "rood", "aandacht");

        var sessionId = Guid.NewGuid();
        var today = App.Clock.GetCurrentInstant().InZone(AmsterdamTime.Zone).Date;
        await Host.AppendHistory((sessionId, new ReflectionSessionHeld(sessionId, programmeId, today, ["VNG"],
            [ReflectionQuestion.SamenLeren], "Lessen", null, App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(1)))));
        await ReflectionStatusShouldBe(programmeId, "groen", "op-orde");

        App.Clock.Advance(Duration.FromDays(7 * 10));
        await ReflectionStatusShouldBe(programmeId, "oranje", "aandacht");
    }

    private async Task ReflectionStatusShouldBe(Guid programmeId, string status, string group)
    {
        for (var read = 0; read < 2; read++)
        {
            (await Host.GetHealth(programmeId)).IndicatorStatus(9).ShouldBe(status);
            var page = await (await Host.Scenario(s => { s.Get.Url($"/programmas/{programmeId}/gezondheid"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
            page.ShouldContain($"<section class=\"indicator indicator--{group}\" id=\"indicator-9\"");
        }
    }

    private async Task<string?> ReflectionStatusInPortfolio(Guid programmeId)
    {
        var portfolio = await Host.GetAsJson<JsonElement>("/api/portfolio");
        var programme = portfolio.GetProperty("programmes").EnumerateArray().Single(p => p.GetProperty("programmeId").GetGuid() == programmeId);
        return programme.GetProperty("indicators")[8].GetProperty("status").GetString();
    }

    [Fact]
    public async Task changed_thresholds_apply_from_now_and_earlier_views_keep_the_old_ones()
    {
        var programmeId = await ProgrammeWithOneReflection();
        // A session 56 days before the fake clock's 2 March 2026: green under the default 8 weeks.
        var sessionId = Guid.NewGuid();
        await Host.AppendHistory((sessionId, new ReflectionSessionHeld(sessionId, programmeId, new LocalDate(2026, 1, 5), ["VNG"], [], "Lessen", null, Noon(2026, 1, 5))));
        (await Host.GetHealth(programmeId)).IndicatorStatus(9).ShouldBe("groen");

        var result = await Host.Scenario(s =>
        {
            s.Put.Json(new { thresholds = new { rec9GreenWithinWeeks = 4, rec9RedAfterWeeks = 6 }, reason = "Maandelijkse reflectie afgesproken" }, JsonStyle.MinimalApi)
                .ToUrl($"/api/programmes/{programmeId}/health/thresholds");
            s.StatusCodeShouldBe(200);
        });
        (await result.ReadJson()).GetProperty("rec9RedAfterWeeks").GetInt32().ShouldBe(6);

        var now = await Host.GetHealth(programmeId);
        now.GetProperty("thresholds").GetProperty("rec9RedAfterWeeks").GetInt32().ShouldBe(6);
        now.GetProperty("thresholds").GetProperty("rec2GreenFromPercent").GetInt32().ShouldBe(90);
        now.IndicatorStatus(9).ShouldBe("rood");
        (await Host.GetHealth(programmeId, asOf: "2026-03-01")).IndicatorStatus(9).ShouldBe("groen");
    }

    [Fact]
    public async Task invalid_thresholds_are_400_naming_the_field_and_write_nothing()
    {
        var programmeId = await ProgrammeWithOneReflection();
        var before = await EventCount();
        var result = await Host.Scenario(s =>
        {
            s.Put.Json(new { thresholds = new { rec9GreenWithinWeeks = 12, rec9RedAfterWeeks = 8 }, reason = "Omgekeerd" }, JsonStyle.MinimalApi)
                .ToUrl($"/api/programmes/{programmeId}/health/thresholds");
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadJson()).GetProperty("errors").TryGetProperty("thresholds.rec9GreenWithinWeeks", out _).ShouldBeTrue();
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task thresholds_for_an_unknown_programme_are_404_and_write_nothing()
    {
        await Host.Scenario(s =>
        {
            s.Put.Json(new { thresholds = new { }, reason = "Test" }, JsonStyle.MinimalApi).ToUrl($"/api/programmes/{Guid.NewGuid()}/health/thresholds");
            s.StatusCodeShouldBe(404);
        });
        (await EventCount()).ShouldBe(0);
    }
}
