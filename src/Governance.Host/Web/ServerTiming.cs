using System.Globalization;

namespace Governance.Host.Web;

/// <summary>
/// The value of a Server-Timing header (W3C Server Timing): named steps with their duration in milliseconds, so a
/// page's own work can be told apart from its rendering and transfer without a profiler.
/// </summary>
public static class ServerTiming
{
    public static string Of(params (string Name, TimeSpan Duration)[] steps) =>
        string.Join(", ", steps.Select(s => $"{s.Name};dur={s.Duration.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)}"));
}
