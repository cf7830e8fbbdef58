using System.Diagnostics;
using Governance.Host.Access;
using Governance.Host.Health;
using Governance.Host.Web;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages;

/// <summary>
/// The portfolio dashboard of the signed-in person (the opdrachtgever's view): their programmes × the ten indicators,
/// now or as of a date. The same query as GET /api/portfolio.
/// </summary>
[RequiresSignIn]
public sealed class IndexModel(IQuerySession session, PortfolioStatuses statuses, IClock clock) : PageModel
{
    public AsOfForm AsOf { get; private set; } = null!;
    public Portfolio Portfolio { get; private set; } = null!;
    public Attention Attention { get; private set; } = null!;
    /// <summary>The programmes in the heatmap on this page; the lists of what asks attention cover all of them.</summary>
    public PageOfRows<PortfolioProgramme> Shown { get; private set; } = null!;

    /// <summary>
    /// Programmes a page of the heatmap: ten cells a programme, each with its reason, make 6 KB of page a programme;
    /// 200 programmes in one table were 1.3 MB that took longer to draw than everything the page reads (benchmark
    /// figure g). Most opdrachtgevers have fewer and never see a second page.
    /// </summary>
    public const int ProgrammesPerPage = PageOfRows.Size;

    public async Task OnGetAsync(string? opDatum, CancellationToken ct)
    {
        AsOf = AsOfForm.Read(opDatum, clock.GetCurrentInstant());
        var watch = Stopwatch.StartNew();
        var lines = await GetPortfolio.LinesFor(User.PersonIdOf()!.Value, AsOf.Moment, session, statuses, ct);
        Portfolio = GetPortfolio.From(lines, null, AsOf.Moment);
        var linesTime = watch.Elapsed;
        watch.Restart();
        var shown = Portfolio.Programmes.ToDictionary(p => p.ProgrammeId, p => lines[p.ProgrammeId]);
        Attention = await PortfolioAttention.For(shown, AsOf.Moment, AsOf.IsPast, session, ct);
        Shown = PageOfRows.Of(Portfolio.Programmes, ProgrammesPerPage, Request, "pagina", "indicatoren");
        // What the page does before it renders, in the standard Server-Timing header (browsers' developer tools show
        // it; the benchmark's figure (g) reads it to say where the page's time goes).
        Response.Headers.Append("Server-Timing", ServerTiming.Of(("lines", linesTime), ("attention", watch.Elapsed)));
    }
}
