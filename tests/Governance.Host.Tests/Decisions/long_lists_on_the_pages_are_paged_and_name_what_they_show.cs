using Alba;
using Governance.Domain.Access;
using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Host.Tests.Decisions;

/// <summary>
/// A programme logs hundreds of decisions over the years. The decision log page shows them a page at a time and says
/// how many there are in all (it once showed the API's first 500 and called that the total); the audit page and the
/// programme's timeline name the decisions of the rows they show, however long the trail.
/// </summary>
public class long_lists_on_the_pages_are_paged_and_name_what_they_show(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task the_decision_log_pages_newest_first_and_counts_them_all_and_the_audit_rows_name_their_decision()
    {
        ActAs(People.Opdrachtgever);
        var now = App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(5));
        var today = now.InZone(AmsterdamTime.Zone).Date;
        var programmeId = Guid.NewGuid();
        var perPage = Governance.Host.Pages.Besluiten.IndexModel.PageSize;
        var history = new List<(Guid, object)>
        {
            (programmeId, new ProgrammeRegistered(programmeId, "Veel besluiten", "Opgave", "Ministerie van VWS", today.PlusYears(-5), today.PlusYears(2), now)),
            (programmeId, new ProgrammeMemberAssigned(programmeId, People.Opdrachtgever, "Olga Opdrachtgever", MemberRole.Opdrachtgever, null, now)),
        };
        var ids = new List<Guid>();
        for (var i = 0; i <= perPage; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            // One a day, each recorded a second after the one before: the newest is the last, in the log and in the trail.
            history.Add((id, new DecisionLogged(id, programmeId, $"Besluit {i:00}", "", [], "A", "Omdat", new DecisionMaker(null, null, "Stuurgroep"), null,
                today.PlusDays(-perPage - 1 + i), [], "", null, DecisionStatus.Taken, new WooClassification(true, null), now.Plus(Duration.FromSeconds(i + 1)))));
        }
        await Host.AppendHistory([.. history]);

        var first = await Read($"/programmas/{programmeId}/besluiten");
        first.ShouldContain($"{perPage + 1} besluiten, pagina 1 van 2");
        first.ShouldContain($">Besluit {perPage:00}<");
        first.ShouldNotContain(">Besluit 00<");
        first.ShouldContain("href=\"?pagina=2#besluiten\"");
        var second = await Read($"/programmas/{programmeId}/besluiten?pagina=2");
        second.ShouldContain(">Besluit 00<");
        second.ShouldNotContain($">Besluit {perPage:00}<");

        // A filter keeps its place in the page links.
        var filtered = await Read($"/programmas/{programmeId}/besluiten?status=Taken");
        filtered.ShouldContain("href=\"?status=Taken&amp;pagina=2#besluiten\"");

        // The audit page's first page (newest first) names the newest decision in its "Waarover" column; the timeline too.
        var decisionLink = $"href=\"/programmas/{programmeId}/besluiten/{ids[^1]}\">Besluit {perPage:00}</a>";
        (await Read($"/programmas/{programmeId}/audit")).ShouldContain(decisionLink);
        (await Read($"/programmas/{programmeId}")).ShouldContain(decisionLink);
    }

    private async Task<string> Read(string url) =>
        await (await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
}
