using NodaTime;
using Governance.Domain.Common;

namespace Governance.Domain.Health;

/// <summary>
/// What one rule sees: the facts as they stood at the moment, the thresholds in force, and the date of that moment
/// where the people are (Europe/Amsterdam). Rules compare business dates with <see cref="Today"/>, so time passing
/// alone can change a status.
/// </summary>
public sealed record HealthContext(ProgrammeFacts Facts, HealthThresholds Thresholds, Instant Moment, LocalDate Today)
{
    public RegistrationFact Registration => Facts.Registration!;
    public LocalDate StartDate => Registration.StartDate;
    /// <summary>Null while the planned end is not known: a rule that needs it cannot judge that part.</summary>
    public LocalDate? PlannedEndDate => Facts.PlannedEndDate;
    public LocalDate StartWindowEnd => StartDate.PlusMonths(Thresholds.StartWindowMonths);
    public bool WithinStartWindow => Today < StartWindowEnd;

    public static LocalDate DateOf(FactSource source) => source.RecordedAt.InZone(AmsterdamTime.Zone).Date;

    public static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    public static Evidence Evidence(string text, FactSource source, LocalDate? date = null) => new(text, source.EventId, date ?? DateOf(source));

    /// <summary>A recorded failure or strain: the only kind of fact that can turn an indicator oranje or rood.</summary>
    public static Evidence Against(string text, FactSource source, LocalDate? date = null) =>
        new(text, source.EventId, date ?? DateOf(source), EvidenceKind.Negative);

    public static string Percent(int part, int whole) => whole == 0 ? "–" : $"{part * 100 / whole}%";

    /// <summary>A count with the right word, as the pages write it: "1 partner", "3 partners", "geen partners".</summary>
    public static string Count(int count, string one, string many) =>
        count switch { 0 => "geen " + many, 1 => "1 " + one, _ => count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) + " " + many };

    /// <summary>An amount as Dutch readers write it: "€ 32.000.000" (never the invariant "32,000,000").</summary>
    public static string Money(decimal amount) => "€ " + amount.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>One date format for people, as the pages write it: "1 juni 2019".</summary>
    public static string Date(LocalDate date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>Partners the question is about, with their names for the "what is missing" list (computed once per evaluation).</summary>
    public IReadOnlyList<PartnerFact> ActivePartners { get; } = Facts.ActivePartners;

    /// <summary>
    /// Only absence to go on: "nog niet te beoordelen", saying what was not recorded (the missing list says how to
    /// record it). Not knowing is not the same as going wrong.
    /// </summary>
    public IndicatorResult NotRecorded(Recommendation recommendation, string notRecorded, IEnumerable<Evidence> evidence, IEnumerable<string> missing) =>
        Result(recommendation, IndicatorStatus.NogNietTeBeoordelen, $"Nog niet te beoordelen: niet vastgelegd {notRecorded}", evidence, missing);

    public IndicatorResult Result(Recommendation recommendation, IndicatorStatus status, string reason,
        IEnumerable<Evidence> evidence, IEnumerable<string> missing)
    {
        var text = RecommendationTexts.For(recommendation);
        return new IndicatorResult((int)recommendation, recommendation, text.Title, status, reason,
            evidence.OrderBy(e => e.Date).ToList(), missing.ToList(), text.Quote, text.Source, text.Question);
    }
}
