using Alba;
using Governance.Host.Notifications;
using Governance.Projections.Notifications;
using Marten;
using NodaTime;

namespace Governance.Host.Tests.Notifications;

/// <summary>
/// Someone who has had notifications for years has more than the API lists at once (500): the newest must still come
/// first, in the API and on the Meldingen page, which pages through all of them.
/// </summary>
public sealed class the_inbox_lists_the_newest_first_however_many_there_are(AppFixture app) : HostTest(app)
{
    private const int Stored = InboxEndpoints.MaxListed + 20;

    /// <summary>Notifications of one person, an hour apart, oldest stored first (as they arrive); every tenth one read.</summary>
    private async Task<Instant> StoreNotifications(Guid personId)
    {
        var first = App.Clock.GetCurrentInstant().Minus(Duration.FromHours(Stored + 1));
        await using var write = Host.DocumentStore().LightweightSession();
        for (var i = 0; i < Stored; i++)
        {
            var created = first.Plus(Duration.FromHours(i));
            write.Store(new Notification
            {
                Id = Guid.NewGuid(), PersonId = personId, Kind = NotificationKind.DecisionReview, ProgrammeId = Guid.NewGuid(),
                Title = $"Melding {i:000}", Body = "Tekst", CreatedAt = created, ReadAt = i % 10 == 0 ? created.Plus(Duration.FromMinutes(5)) : null,
            });
        }
        await write.SaveChangesAsync();
        return first;
    }

    [Fact]
    public async Task the_api_gives_the_newest_500_newest_first_also_of_the_unread_ones()
    {
        await StoreNotifications(People.Director);

        var all = await App.Inbox(People.Director);
        all.Count.ShouldBe(InboxEndpoints.MaxListed);
        all[0].Title.ShouldBe($"Melding {Stored - 1:000}");
        all.Select(i => i.CreatedAt).ShouldBeInOrder(SortDirection.Descending);
        all[^1].Title.ShouldBe($"Melding {Stored - InboxEndpoints.MaxListed:000}");

        var unread = await App.Inbox(People.Director, unreadOnly: true);
        unread.ShouldAllBe(i => !i.Read);
        unread[0].Title.ShouldBe($"Melding {Stored - 1:000}");
        unread.Select(i => i.CreatedAt).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task the_page_shows_fifty_a_page_newest_first_and_counts_them_all()
    {
        await StoreNotifications(People.Director);
        ActAs(People.Director);

        var first = await (await Host.Scenario(s => { s.Get.Url("/meldingen"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
        first.ShouldContain($"{Stored} meldingen, pagina 1 van {(Stored + 49) / 50}, nieuwste eerst.");
        first.ShouldContain($"Melding {Stored - 1:000}<");
        first.ShouldContain($"Melding {Stored - 50:000}<");
        first.ShouldNotContain($"Melding {Stored - 51:000}<");

        var last = await (await Host.Scenario(s => { s.Get.Url($"/meldingen?pagina={(Stored + 49) / 50}"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
        last.ShouldContain("Melding 000<");
        // Marking one as read comes back to the page it was on.
        var actions = System.Text.RegularExpressions.Regex.Matches(last, "<form method=\"post\" action=\"([^\"]*handler=Gelezen[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        actions.ShouldNotBeEmpty();
        actions.ShouldAllBe(a => a.Contains($"pagina={(Stored + 49) / 50}"));

        var unread = await (await Host.Scenario(s => { s.Get.Url("/meldingen?ongelezen=true"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
        unread.ShouldContain($"{Stored - Stored / 10} ongelezen meldingen");
        unread.ShouldNotContain($"Melding {Stored - 10:000}<"); // every tenth one is read
    }
}
