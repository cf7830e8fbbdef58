using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 6: recent personal contact with each partner. Only *that* a contact happened is recorded, never its content
/// (PersonalConnectionMade). A contact ages: recent within the window, then stale. A stale contact (or one with a
/// representative who has since been replaced) is a question (oranje); a partner without any recorded contact is
/// only not recorded. Time alone can turn this indicator groen → oranje, never rood.
/// </summary>
public static class Rec06MaakVerbindingenPersoonlijk
{
    /// <summary>
    /// A contact counts as recent up to two weeks beyond the window: a quarterly round falls on a slightly different
    /// day each quarter (91 or 92 days), and without this slack the history turned for a day at every round.
    /// </summary>
    public const int SlackWeeks = 2;

    public static IndicatorResult Evaluate(HealthContext c)
    {
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();
        var partners = c.ActivePartners;
        var windowStart = c.Today.PlusWeeks(-t.Rec6ContactWindowWeeks - SlackWeeks);

        if (partners.Count == 0)
            return c.NotRecorded(Recommendation.MaakVerbindingenPersoonlijk, "welke partners er zijn om persoonlijk mee te verbinden.", evidence,
                ["De partners vastleggen."]);

        var connected = 0;
        var stale = 0;
        foreach (var partner in partners)
        {
            var last = c.Facts.PersonalConnections
                .Where(x => x.PartnerId == partner.PartnerId && x.On is { } on && on <= c.Today)
                .MaxBy(x => x.On);
            var namings = c.Facts.RepresentativesNamed.Where(r => r.PartnerId == partner.PartnerId).ToList();
            var newPerson = namings.Count >= 2 ? namings[^1] : null;
            if (last is null)
                missing.Add($"Persoonlijk contact met {partner.OrganisationName} vastleggen (nog niet vastgelegd).");
            else if (newPerson is not null && newPerson.Source.RecordedAt > last.Source.RecordedAt)
            {
                stale++;
                evidence.Add(Against($"{partner.OrganisationName} heeft een nieuwe vertegenwoordiger; het laatste persoonlijke contact was met de vorige.", newPerson.Source));
                missing.Add($"Persoonlijk kennismaken met de nieuwe vertegenwoordiger van {partner.OrganisationName}.");
            }
            else if (last.On < windowStart)
            {
                stale++;
                evidence.Add(Against($"Laatste persoonlijke contact met {partner.OrganisationName} op {Date(last.On!.Value)}.", last.Source, last.On));
                missing.Add($"Persoonlijk contact met {partner.OrganisationName} (het laatste is ouder dan {t.Rec6ContactWindowWeeks} weken).");
            }
            else { connected++; evidence.Add(Evidence($"Persoonlijk contact met {partner.OrganisationName}.", last.Source, last.On)); }
        }

        var text = $"{Percent(connected, partners.Count)} van de partners had de afgelopen {t.Rec6ContactWindowWeeks} weken persoonlijk contact";
        if (connected * 100 / partners.Count >= t.Rec6GreenFromPercent)
            return c.Result(Recommendation.MaakVerbindingenPersoonlijk, IndicatorStatus.Groen, $"{text}.", evidence, missing);
        if (stale == 0)
            return c.NotRecorded(Recommendation.MaakVerbindingenPersoonlijk, $"of er persoonlijk contact is met de andere partners ({text}).", evidence, missing);
        // Aged contact asks for a new round; it is not proof that trust is gone, so never rood.
        return c.Result(Recommendation.MaakVerbindingenPersoonlijk, IndicatorStatus.Oranje,
            $"{text}; met {Count(stale, "partner", "partners")} is het contact verouderd of met een vorige vertegenwoordiger (groen vanaf {t.Rec6GreenFromPercent}%).", evidence, missing);
    }
}
