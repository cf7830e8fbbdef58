using Alba;
using Governance.Domain.Access;
using Governance.Domain.Care;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Host.Tests.Health;

/// <summary>
/// The portfolio page's lists today: they read only the scheduled sessions and the taken decisions due for review
/// from the database, and the open tensions and endings from the kept portfolio lines — each list must still hold
/// exactly what it held when everything was read.
/// </summary>
public class the_portfolio_page_lists_what_asks_attention_now(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task due_reviews_upcoming_sessions_open_tensions_and_an_end_without_borging_and_nothing_else()
    {
        ActAs(People.Opdrachtgever);
        var now = App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(5));
        var today = now.InZone(AmsterdamTime.Zone).Date;
        var programmeId = Guid.NewGuid();
        var name = "Samen sterk " + Guid.NewGuid().ToString("N")[..6];
        Guid Id() => Guid.NewGuid();
        DecisionLogged Decision(Guid id, string title, LocalDate? reviewOn, DecisionStatus status) => new(id, programmeId, title, "", [], "A", "Omdat",
            new DecisionMaker(null, null, "Stuurgroep"), null, today.PlusDays(-10), [], "", reviewOn, status, new WooClassification(true, null), now);
        ReflectionSessionScheduled Session(Guid id, string title, int inDays) => new(id, programmeId, title,
            today.PlusDays(inDays).At(new LocalTime(14, 0)).InZoneStrictly(AmsterdamTime.Zone), Duration.FromHours(2), "Den Haag", "Paula", [], now);
        var (due, later, proposed, overdue) = (Id(), Id(), Id(), Id());
        var (upcoming, cancelled) = (Id(), Id());
        var (open, resolved) = (Id(), Id());

        await Host.AppendHistory(
            (programmeId, new ProgrammeRegistered(programmeId, name, "Opgave", "Ministerie van VWS", today.PlusYears(-2), today.PlusMonths(2), now)),
            (programmeId, new ProgrammeMemberAssigned(programmeId, People.Opdrachtgever, "Olga Opdrachtgever", MemberRole.Opdrachtgever, null, now)),
            (programmeId, new TensionRaised(programmeId, open, "Verdeling van de kosten", "", "Directeur", today.PlusDays(-20), now)),
            (programmeId, new TensionRaised(programmeId, resolved, "Huisvesting", "", "Directeur", today.PlusDays(-30), now)),
            (programmeId, new TensionResolved(programmeId, resolved, "Opgelost", today.PlusDays(-5), now)),
            (due, Decision(due, "Besluit binnenkort herbeoordelen", today.PlusDays(10), DecisionStatus.Taken)),
            (overdue, Decision(overdue, "Besluit al te laat", today.PlusDays(-3), DecisionStatus.Taken)),
            (later, Decision(later, "Besluit pas later herbeoordelen", today.PlusDays(60), DecisionStatus.Taken)),
            (proposed, Decision(proposed, "Voorgesteld besluit", today.PlusDays(5), DecisionStatus.Proposed)),
            (upcoming, Session(upcoming, "Reflectie volgende week", 7)),
            (cancelled, Session(cancelled, "Afgelaste reflectie", 8)),
            (cancelled, new ReflectionSessionCancelled(cancelled, programmeId, "Kamerdebat", now)));

        // Twice: the second answer comes from the kept lines.
        foreach (var _ in new[] { 1, 2 })
        {
            var page = await Host.Scenario(s => { s.Get.Url("/"); s.StatusCodeShouldBe(200); });
            var html = await page.ReadAsTextAsync();
            html.ShouldContain("Besluit binnenkort herbeoordelen");
            html.ShouldContain("Besluit al te laat");
            html.ShouldNotContain("Besluit pas later herbeoordelen");
            html.ShouldNotContain("Voorgesteld besluit");
            html.ShouldContain("Reflectie volgende week");
            html.ShouldNotContain("Afgelaste reflectie");
            html.ShouldContain("Verdeling van de kosten");
            html.ShouldNotContain("Huisvesting");
            html.ShouldContain("geplande einddatum");
        }
    }

    [Theory]
    [InlineData(2, "En nog 2 andere besluiten om te herbeoordelen")]
    // Past the count's limit the page says "meer dan" rather than counting every review due (benchmark figure g).
    [InlineData(Governance.Host.Web.PortfolioAttention.DecisionsCounted - PortfolioAttentionListed + 1, "En nog meer dan 975 andere besluiten om te herbeoordelen")]
    public async Task of_many_reviews_due_it_lists_the_most_urgent_and_says_how_many_more(int more, string told)
    {
        ActAs(People.Opdrachtgever);
        var now = App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(5));
        var today = now.InZone(AmsterdamTime.Zone).Date;
        var programmeId = Guid.NewGuid();
        var history = new List<(Guid, object)>
        {
            (programmeId, new ProgrammeRegistered(programmeId, "Veel besluiten", "Opgave", "Ministerie van VWS", today.PlusYears(-5), today.PlusYears(2), now)),
            (programmeId, new ProgrammeMemberAssigned(programmeId, People.Opdrachtgever, "Olga Opdrachtgever", MemberRole.Opdrachtgever, null, now)),
        };
        var extra = PortfolioAttentionListed + more;
        for (var i = 0; i < extra; i++)
        {
            var id = Guid.NewGuid();
            // Review dates from long ago up to the horizon: the oldest are the most urgent.
            history.Add((id, new DecisionLogged(id, programmeId, $"Besluit {i:00}", "", [], "A", "Omdat", new DecisionMaker(null, null, "Stuurgroep"), null,
                today.PlusYears(-3), [], "", today.PlusDays(-extra + i), DecisionStatus.Taken, new WooClassification(true, null), now)));
        }
        await Host.AppendHistory([.. history]);

        var html = await (await Host.Scenario(s => { s.Get.Url("/"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();

        for (var i = 0; i < PortfolioAttentionListed; i++) html.ShouldContain($"Besluit {i:00}<");
        html.ShouldNotContain($"Besluit {PortfolioAttentionListed:00}<");
        html.ShouldNotContain($"Besluit {PortfolioAttentionListed + 1:00}<");
        html.ShouldContain(told);
    }

    [Fact]
    public async Task a_large_portfolio_pages_its_heatmap_while_the_attention_lists_cover_every_programme()
    {
        ActAs(People.Opdrachtgever);
        var now = App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(5));
        var today = now.InZone(AmsterdamTime.Zone).Date;
        var perPage = Governance.Host.Pages.IndexModel.ProgrammesPerPage;
        var prefix = "Groot portfolio " + Guid.NewGuid().ToString("N")[..6];
        var history = new List<(Guid, object)>();
        var ids = new List<Guid>();
        for (var i = 0; i <= perPage; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            history.Add((id, new ProgrammeRegistered(id, $"{prefix} {i:00}", "Opgave", "Ministerie van VWS", today.PlusYears(-1), today.PlusYears(2), now)));
            history.Add((id, new ProgrammeMemberAssigned(id, People.Opdrachtgever, "Olga Opdrachtgever", MemberRole.Opdrachtgever, null, now)));
        }
        // A tension in the last programme, which the heatmap shows on its second page.
        history.Add((ids[^1], new TensionRaised(ids[^1], Guid.NewGuid(), "Spanning op de tweede pagina", "", "Directeur", today.PlusDays(-3), now)));
        await Host.AppendHistory([.. history]);

        var first = await (await Host.Scenario(s => { s.Get.Url("/"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
        first.ShouldContain($"{prefix} {perPage - 1:00}<");
        first.ShouldNotContain($"/programmas/{ids[^1]}/gezondheid");
        first.ShouldContain($"{perPage + 1} programma&#x27;s, pagina 1 van 2");
        first.ShouldContain("href=\"?pagina=2#indicatoren\"");
        first.ShouldContain("Spanning op de tweede pagina");

        var second = await (await Host.Scenario(s => { s.Get.Url("/?pagina=2"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
        second.ShouldContain($"/programmas/{ids[^1]}/gezondheid");
        second.ShouldNotContain($"/programmas/{ids[0]}/gezondheid");
        second.ShouldContain("pagina 2 van 2");
        second.ShouldContain("Spanning op de tweede pagina");
    }

    private const int PortfolioAttentionListed = Governance.Host.Web.PortfolioAttention.DecisionsListed;
}
