namespace Governance.Bench;

/// <summary>A set of measured durations in milliseconds, with the percentiles the report quotes.</summary>
public sealed class Timings
{
    private readonly List<double> _ms = [];

    public int Count { get { lock (_ms) return _ms.Count; } }

    public void Add(TimeSpan elapsed) { lock (_ms) _ms.Add(elapsed.TotalMilliseconds); }

    /// <summary>Nearest-rank percentile: the smallest value with at least p% of the values at or below it.</summary>
    public double Percentile(double p)
    {
        lock (_ms)
        {
            if (_ms.Count == 0) return double.NaN;
            var sorted = _ms.Order().ToArray();
            var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }

    public double P50 => Percentile(50);
    public double P95 => Percentile(95);
    public double Max => Percentile(100);
}
