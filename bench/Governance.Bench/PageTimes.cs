using System.Diagnostics;
using System.Text.Json;

namespace Governance.Bench;

/// <summary>One page a role opens most, timed next to the API call it is built on, in the same run.</summary>
public sealed record PageFigure(string Name, string PageUrl, string ApiUrl)
{
    public Timings Page { get; } = new();
    public Timings Api { get; } = new();

    /// <summary>The steps the host reported in the page's Server-Timing header, each over all timed requests.</summary>
    public Dictionary<string, Timings> ServerSteps { get; } = [];

    /// <summary>The size of the page's HTML as last served, in characters.</summary>
    public int HtmlLength { get; set; }
}

/// <summary>
/// Figure (g): the pages people open most — the portfolio, a programme's health (with its history), the decision log,
/// one decision, the audit trail, one reflection session — as round trips of the rendered HTML, each alternated with
/// the API call the page is built on, so both meet the same machine. Pages of the large programme (the benchmark's
/// largest history) read by its director; the portfolio by the opdrachtgever of 200 programmes.
/// </summary>
public static class PageTimes
{
    public static async Task<IReadOnlyList<PageFigure>> MeasureAsync(Api api, Guid opdrachtgever, Guid director, GeneratedProgramme programme, int iterations)
    {
        var p = $"/programmas/{programme.Id}";
        var a = $"/api/programmes/{programme.Id}";
        var decisionId = FirstId(await api.GetAsync(director, $"{a}/decisions?limit=1"));
        var sessionId = FirstId(await api.GetAsync(director, $"{a}/reflection-sessions?limit=1"));
        var portfolio = new PageFigure("portfolio (200 programmes)", "/", "/api/portfolio");
        var programmePages = new List<PageFigure>
        {
            new("health, with its history", $"{p}/gezondheid", $"{a}/health"),
            new("decision log", $"{p}/besluiten", $"{a}/decisions"),
            new("one decision", $"{p}/besluiten/{decisionId}", $"{a}/decisions/{decisionId}"),
            new("audit trail", $"{p}/audit", $"{a}/audit"),
            new("one reflection session", $"{p}/reflectie/{sessionId}", $"{a}/reflection-sessions/{sessionId}"),
        };

        // Warm up each page and call once (JIT, view compilation, the host's kept evaluations).
        await api.GetAsync(opdrachtgever, portfolio.PageUrl);
        await api.GetAsync(opdrachtgever, portfolio.ApiUrl);
        foreach (var figure in programmePages)
        {
            await api.GetAsync(director, figure.PageUrl);
            await api.GetAsync(director, figure.ApiUrl);
        }

        for (var i = 0; i < iterations; i++)
        {
            await Time(api, opdrachtgever, portfolio);
            foreach (var figure in programmePages) await Time(api, director, figure);
        }
        return [portfolio, .. programmePages];
    }

    private static async Task Time(Api api, Guid person, PageFigure figure)
    {
        var watch = Stopwatch.StartNew();
        var (html, steps) = await api.GetWithTimingAsync(person, figure.PageUrl);
        figure.Page.Add(watch.Elapsed);
        figure.HtmlLength = html.Length;
        foreach (var (step, ms) in steps)
        {
            if (!figure.ServerSteps.TryGetValue(step, out var timings)) figure.ServerSteps[step] = timings = new Timings();
            timings.Add(TimeSpan.FromMilliseconds(ms));
        }
        watch.Restart();
        await api.GetAsync(person, figure.ApiUrl);
        figure.Api.Add(watch.Elapsed);
    }

    private static Guid FirstId(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().First().GetProperty("id").GetGuid();
    }
}
