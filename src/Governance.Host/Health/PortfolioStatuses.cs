using Governance.Domain.Health;
using Governance.Host.Web;
using Governance.Projections.Health;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Host.Health;

/// <summary>
/// One programme's line in the portfolio at a moment: its name and opdrachtgevers (for the filter), whether it existed
/// yet, its ten statuses, and what the portfolio page lists from its facts (open tensions, a planned end that passed or nears without borging).
/// </summary>
public sealed record PortfolioLine(
    string Name,
    IReadOnlyList<string> OpdrachtgeverKeys,
    bool Registered,
    IReadOnlyList<PortfolioIndicator> Indicators,
    IReadOnlyList<OpenTension> OpenTensions,
    PlannedEndAttention? PlannedEnd);

/// <summary>
/// What the portfolio last evaluated for each programme in the present, kept while it cannot differ
/// (<see cref="KeptEvaluations{T}"/>). Without it every portfolio request loaded and evaluated the whole fact history
/// of every programme (23 MB for 200 programmes in the benchmark); with it a request reads only the facts versions
/// (<see cref="FactsVersions"/>) and loads and evaluates only the programmes whose facts changed or whose day turned.
/// </summary>
public sealed class PortfolioStatuses(IClock clock)
{
    private readonly KeptEvaluations<PortfolioLine> _kept = new(clock);

    public PortfolioLine? Find(Guid programmeId, Guid factsVersion, Instant moment) =>
        _kept.At(programmeId, moment) is { } kept && kept.FactsVersion == factsVersion ? kept.Value : null;

    public PortfolioLine Evaluate(ProgrammeHealthFacts document, Instant moment)
    {
        var known = document.Facts.AsOf(moment);
        return _kept.Keep(document, moment, new PortfolioLine(document.Name, document.OpdrachtgeverKeys,
            known.Registration is not null,
            HealthEvaluation.Evaluate(document.Facts, moment).Select(r => new PortfolioIndicator(r.Number, r.Title, r.Status, r.Reason,
                r.Coverage.Where(k => !k.Recorded).Select(k => k.Kind).ToList())).ToList(),
            PortfolioAttention.OpenTensionsOf(document.Id, document.Name, known),
            PortfolioAttention.PlannedEndOf(document.Id, document.Name, known, moment.InZone(AmsterdamTime.Zone).Date)));
    }
}
