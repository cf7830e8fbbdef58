using System.Globalization;
using Governance.Domain.Health;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Host.Web;

/// <summary>How the pages write dates, moments and statuses: in Dutch, in Dutch time.</summary>
public static class Dutch
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(LocalDate date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "—";

    /// <summary>A date the source may not give (a planned end): "onbekend" when it was not recorded, never a dash that reads as "none".</summary>
    public static string DateOrUnknown(LocalDate? date) => date is { } d ? Date(d) : "onbekend";

    /// <summary>Who decided, or "onbekend" when the decision was recorded without it.</summary>
    public static string Maker(Governance.Domain.Decisions.DecisionMaker maker) => maker.IsKnown() ? maker.Name : "onbekend";

    public static string Moment(Instant instant) => instant.InZone(AmsterdamTime.Zone).ToString("d MMMM yyyy HH:mm", Culture);

    /// <summary>A count with the right word: "1 organisatie", "3 organisaties", "geen organisaties".</summary>
    public static string Count(int count, string one, string many) => Governance.Domain.Health.HealthContext.Count(count, one, many);

    /// <summary>A whole number as Dutch readers write it: 32.000.000.</summary>
    public static string Number(long value) => value.ToString("N0", Culture);

    /// <summary>An amount in euros as Dutch readers write it: € 32.000.000 (cents only when there are any).</summary>
    public static string Money(decimal amount) =>
        "€ " + amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", Culture);

    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The word for a status: the page shows it next to the colour, never the colour alone.</summary>
    public static string Label(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Groen => "Groen",
        IndicatorStatus.Oranje => "Oranje",
        IndicatorStatus.Rood => "Rood",
        _ => "Nog niet te beoordelen",
    };

    /// <summary>
    /// Where a status stands when the pages put what needs attention first: rood, oranje, then what cannot be judged
    /// yet, then groen. An order of attention, not a score: the statuses are never added up.
    /// </summary>
    public static int AttentionOrder(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Rood => 0,
        IndicatorStatus.Oranje => 1,
        IndicatorStatus.NogNietTeBeoordelen => 2,
        _ => 3,
    };

    /// <summary>The CSS class of a status (colour and shape).</summary>
    public static string CssClass(IndicatorStatus status) => "status status--" + Tone(status);

    /// <summary>The name of a status's colour in class names (status--rood, heat--rood).</summary>
    public static string Tone(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Groen => "groen",
        IndicatorStatus.Oranje => "oranje",
        IndicatorStatus.Rood => "rood",
        _ => "onbekend",
    };
}
