using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 6: recent personal contact with each partner. Only *that* a contact happened is recorded, never its content
/// (PersonalConnectionMade). Contacts age out of the window, so time alone can turn this indicator.
/// </summary>
public static class Rec06MaakVerbindingenPersoonlijk
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();
        var partners = c.ActivePartners;
        var windowStart = c.Today.PlusWeeks(-t.Rec6ContactWindowWeeks);

        if (partners.Count == 0)
            return c.Result(Recommendation.MaakVerbindingenPersoonlijk, IndicatorStatus.NogNietTeBeoordelen,
                "Er zijn nog geen partners om persoonlijk mee te verbinden.", evidence, ["Partners toevoegen."]);

        var connected = 0;
        foreach (var partner in partners)
        {
            var last = c.Facts.PersonalConnections
                .Where(x => x.PartnerId == partner.PartnerId && x.On is { } on && on > windowStart && on <= c.Today)
                .MaxBy(x => x.On);
            if (last is null) missing.Add($"Persoonlijk contact met {partner.OrganisationName} (de afgelopen {t.Rec6ContactWindowWeeks} weken geen).");
            else { connected++; evidence.Add(Evidence($"Persoonlijk contact met {partner.OrganisationName}.", last.Source, last.On)); }
        }

        var share = connected * 100 / partners.Count;
        var text = $"{Percent(connected, partners.Count)} van de partners had de afgelopen {t.Rec6ContactWindowWeeks} weken persoonlijk contact";
        var (status, reason) =
            share < t.Rec6RedBelowPercent ? (IndicatorStatus.Rood, $"{text} (rood onder {t.Rec6RedBelowPercent}%).")
            : share < t.Rec6GreenFromPercent ? (IndicatorStatus.Oranje, $"{text} (groen vanaf {t.Rec6GreenFromPercent}%).")
            : (IndicatorStatus.Groen, $"{text}.");
        return c.Result(Recommendation.MaakVerbindingenPersoonlijk, status, reason, evidence, missing);
    }
}
