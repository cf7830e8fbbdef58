using Governance.Domain.Common;

namespace Governance.Domain.Health;

/// <summary>
/// Every number the ten health rules use, with its documented default (docs/health-indicators.md gives the source
/// line or our reason for each). An opdrachtgever can set other values per programme (<see cref="HealthThresholdsChanged"/>);
/// the values in force at a moment are those recorded at or before it.
/// </summary>
public sealed record HealthThresholds(
    int StartWindowMonths = 3,
    int Rec2GreenFromPercent = 90,
    int Rec2RedBelowPercent = 60,
    int Rec3RegionalPartnersForGreen = 2,
    int Rec4RedHorizonMonths = 6,
    int Rec5EscalationOrangeWeeks = 6,
    int Rec5EscalationRedWeeks = 12,
    int Rec6ContactWindowWeeks = 13,
    int Rec6GreenFromPercent = 80,
    int Rec6RedBelowPercent = 50,
    int Rec7WindowMonths = 6,
    int Rec7GreenOpgaveItemsPercent = 30,
    int Rec8TensionOrangeWeeks = 8,
    int Rec8TensionRedWeeks = 12,
    int Rec8CareMomentWeeks = 13,
    int Rec9GreenWithinWeeks = 8,
    int Rec9RedAfterWeeks = 12,
    int Rec9LearningGoalsGreenFromPercent = 80,
    int Rec9RedConsecutiveCancellations = 2,
    int Rec10DecisionOrangeMonths = 6,
    int Rec10DecisionRedMonths = 3)
{
    public static readonly HealthThresholds Default = new();

    /// <summary>Range and order checks; fields are named as the API names them (<c>thresholds.rec9RedAfterWeeks</c>).</summary>
    public IEnumerable<Refusal> Validate()
    {
        var check = new Check();
        Range(check, nameof(StartWindowMonths), StartWindowMonths, 1, 24);
        Percent(check, nameof(Rec2GreenFromPercent), Rec2GreenFromPercent);
        Percent(check, nameof(Rec2RedBelowPercent), Rec2RedBelowPercent);
        Order(check, nameof(Rec2RedBelowPercent), Rec2RedBelowPercent, Rec2GreenFromPercent, "de grens voor groen");
        Range(check, nameof(Rec3RegionalPartnersForGreen), Rec3RegionalPartnersForGreen, 1, 100);
        Range(check, nameof(Rec4RedHorizonMonths), Rec4RedHorizonMonths, 1, 60);
        Range(check, nameof(Rec5EscalationOrangeWeeks), Rec5EscalationOrangeWeeks, 1, 104);
        Range(check, nameof(Rec5EscalationRedWeeks), Rec5EscalationRedWeeks, 1, 104);
        Order(check, nameof(Rec5EscalationOrangeWeeks), Rec5EscalationOrangeWeeks, Rec5EscalationRedWeeks, "de grens voor rood");
        Range(check, nameof(Rec6ContactWindowWeeks), Rec6ContactWindowWeeks, 1, 104);
        Percent(check, nameof(Rec6GreenFromPercent), Rec6GreenFromPercent);
        Percent(check, nameof(Rec6RedBelowPercent), Rec6RedBelowPercent);
        Order(check, nameof(Rec6RedBelowPercent), Rec6RedBelowPercent, Rec6GreenFromPercent, "de grens voor groen");
        Range(check, nameof(Rec7WindowMonths), Rec7WindowMonths, 1, 24);
        Percent(check, nameof(Rec7GreenOpgaveItemsPercent), Rec7GreenOpgaveItemsPercent);
        Range(check, nameof(Rec8TensionOrangeWeeks), Rec8TensionOrangeWeeks, 1, 104);
        Range(check, nameof(Rec8TensionRedWeeks), Rec8TensionRedWeeks, 1, 104);
        Order(check, nameof(Rec8TensionOrangeWeeks), Rec8TensionOrangeWeeks, Rec8TensionRedWeeks, "de grens voor rood");
        Range(check, nameof(Rec8CareMomentWeeks), Rec8CareMomentWeeks, 1, 104);
        Range(check, nameof(Rec9GreenWithinWeeks), Rec9GreenWithinWeeks, 1, 104);
        Range(check, nameof(Rec9RedAfterWeeks), Rec9RedAfterWeeks, 1, 104);
        Order(check, nameof(Rec9GreenWithinWeeks), Rec9GreenWithinWeeks, Rec9RedAfterWeeks, "de grens voor rood");
        Percent(check, nameof(Rec9LearningGoalsGreenFromPercent), Rec9LearningGoalsGreenFromPercent);
        Range(check, nameof(Rec9RedConsecutiveCancellations), Rec9RedConsecutiveCancellations, 1, 20);
        Range(check, nameof(Rec10DecisionOrangeMonths), Rec10DecisionOrangeMonths, 1, 36);
        Range(check, nameof(Rec10DecisionRedMonths), Rec10DecisionRedMonths, 0, 36);
        Order(check, nameof(Rec10DecisionRedMonths), Rec10DecisionRedMonths, Rec10DecisionOrangeMonths, "de grens voor oranje");
        return check.Refusals;
    }

    private static string Field(string name) => $"thresholds.{char.ToLowerInvariant(name[0])}{name[1..]}";

    private static void Range(Check check, string name, int value, int min, int max) =>
        check.That(value >= min && value <= max, Field(name), "health.threshold-range",
            $"{name} moet tussen {min} en {max} liggen (nu {value}).");

    private static void Percent(Check check, string name, int value) => Range(check, name, value, 0, 100);

    private static void Order(Check check, string name, int lower, int upper, string other) =>
        check.That(lower < upper, Field(name), "health.threshold-order",
            $"{name} moet kleiner zijn dan {other} ({upper}).");
}
