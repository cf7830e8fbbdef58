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
        // What the page does before it renders, in the standard Server-Timing header (browsers' developer tools show
        // it; the benchmark's figure (g) reads it to say where the page's time goes).
        Response.Headers.Append("Server-Timing", ServerTiming.Of(("lines", linesTime), ("attention", watch.Elapsed)));
    }
}
