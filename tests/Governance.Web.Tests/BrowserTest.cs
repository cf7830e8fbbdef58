using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Governance.Web.Tests;

/// <summary>
/// Base of the browser tests: a fresh browser context (no cookies) per test, sign-in through the sign-in page as a
/// person would, an axe check and a screenshot of each page visited.
/// </summary>
[Collection(nameof(WebCollection))]
public abstract class BrowserTest(WebApp app) : IAsyncLifetime
{
    protected WebApp App { get; } = app;
    protected IPage Page { get; private set; } = null!;
    private IBrowserContext _context = null!;

    public virtual async Task InitializeAsync()
    {
        App.Clock.Reset(WebApp.Start);
        _context = await App.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // Generous timeouts: the suite shares two cores with the other test projects; a slow page is not a failure.
        _context.SetDefaultTimeout(90_000);
        _context.SetDefaultNavigationTimeout(90_000);
        Page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    /// <summary>Signs in on /aanmelden by choosing the person from "Kies een demopersoon".</summary>
    protected async Task SignInAs(string name)
    {
        await Page.GotoAsync("/aanmelden");
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(name) + " ") }).ClickAsync();
        // Signed in once the browser has left the sign-in page and drawn the next one. Not WaitForLoadState: under a
        // full run it once waited the whole 90 s for a "load" that had already fired (the page had been served).
        await Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/aanmelden", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Page.Locator("main").WaitForAsync();
    }

    /// <summary>
    /// The page now shown passes axe (WCAG 2.1 AA rules) without serious or critical violations, and is saved as
    /// TestResults/screenshots/&lt;name&gt;.png.
    /// </summary>
    protected async Task CheckPage(string screenshotName)
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var severe = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        severe.ShouldBeEmpty(string.Join("\n", severe.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target?.ToString())))}")));

        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, screenshotName + ".png"), FullPage = true });
    }

    /// <summary>TestResults/screenshots of the checkout (where test.sh gathers its results).</summary>
    private static string ScreenshotFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Governance.sln"))) folder = folder.Parent;
            return Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        }
    }
}
