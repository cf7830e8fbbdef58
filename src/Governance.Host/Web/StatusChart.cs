using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Governance.Domain.Health;
using Microsoft.AspNetCore.Html;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Host.Web;

/// <summary>
/// An indicator's history as a server-rendered SVG step chart. Readable without colour: each status is its own
/// labelled row (the line's height says the status in words on the axis), changes are marked, and the page lists the
/// same changes as text beside it. Presentation attributes only: the CSP allows no inline styles.
/// </summary>
public static class StatusChart
{
    private const int Width = 720, Height = 150, Left = 190, Right = 16, Top = 12, Row = 28;

    // Top to bottom: the order people read a status scale in.
    private static readonly IndicatorStatus[] Rows = [IndicatorStatus.Groen, IndicatorStatus.Oranje, IndicatorStatus.Rood, IndicatorStatus.NogNietTeBeoordelen];

    public static IHtmlContent Render(string id, string title, IReadOnlyList<StatusChange> changes, Instant from, Instant to)
    {
        var span = Math.Max(1, (to - from).TotalSeconds);
        double X(Instant at) => Left + (Width - Left - Right) * Math.Clamp((at - from).TotalSeconds / span, 0, 1);
        double Y(IndicatorStatus status) => Top + Row * Array.IndexOf(Rows, status) + Row / 2.0;
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var enc = HtmlEncoder.Default;

        var svg = new StringBuilder();
        var summary = changes.Count == 0
            ? "Geen verloop in deze periode."
            : string.Join("; ", changes.Select(c => $"{Dutch.Date(c.Date)}: {Dutch.Label(c.Status)}"));
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"{id}-title\">{enc.Encode("Verloop van " + title)}</title>");
        svg.Append($"<desc id=\"{id}-desc\">{enc.Encode(summary)}</desc>");

        foreach (var status in Rows)
        {
            var y = Y(status);
            svg.Append($"<line class=\"chart__grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke-dasharray=\"2 4\"/>");
            svg.Append($"<text x=\"{Left - 8}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{enc.Encode(Dutch.Label(status))}</text>");
        }
        var axisY = Top + Row * Rows.Length + 16;
        svg.Append($"<text x=\"{Left}\" y=\"{axisY}\" text-anchor=\"start\">{enc.Encode(Dutch.Date(from.InZone(AmsterdamTime.Zone).Date))}</text>");
        svg.Append($"<text x=\"{Width - Right}\" y=\"{axisY}\" text-anchor=\"end\">{enc.Encode(Dutch.Date(to.InZone(AmsterdamTime.Zone).Date))}</text>");

        if (changes.Count > 0)
        {
            var path = new StringBuilder();
            for (var i = 0; i < changes.Count; i++)
            {
                var x = X(changes[i].At);
                var y = Y(changes[i].Status);
                path.Append(i == 0 ? $"M{N(x)} {N(y)}" : $" H{N(x)} V{N(y)}");
            }
            path.Append($" H{N(X(to))}");
            svg.Append($"<path class=\"chart__line\" d=\"{path}\"/>");
            foreach (var change in changes)
                svg.Append($"<circle cx=\"{N(X(change.At))}\" cy=\"{N(Y(change.Status))}\" r=\"4\" class=\"chart__point\"/>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
