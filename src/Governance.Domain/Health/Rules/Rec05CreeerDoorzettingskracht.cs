using Governance.Domain.Care;
using Governance.Domain.Partners;
using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 5: bodies that carry doorzettingsmacht exist; bodies and valid mandates together cover the four aspects
/// (004 l. 1136–1138: "beleidsmatige, financiële, juridische en communicatieve"); every partner has a seat at a
/// table. Doorzettingskracht drops while an escalation waits for an answer (to a body, the opdrachtgevers or a named
/// person), while the director's threat to resign is not followed up, and while an opdrachtgever has a new
/// representative who has not (re)confirmed the opdracht; an opdracht explicitly not reconfirmed is rood
/// ("hercontracteren essentieel voor de uitvoerbaarheid van een programma", 004 l. 4464–4480).
/// </summary>
public static class Rec05CreeerDoorzettingskracht
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        // A body without any aspect of doorzettingsmacht (a sounding board, a working group) cannot push anything through.
        // A body or mandate whose aspects were not recorded counts for nothing either way: not as covering an aspect,
        // not as a failure; it is listed, with how to record its aspects.
        var bodies = f.Bodies.Where(b => b.Aspects is { Count: > 0 }).ToList();
        foreach (var body in bodies)
            evidence.Add(Evidence($"Gremium {body.Name} ingericht ({string.Join(", ", body.Aspects!)}).", body.Source));
        var validMandates = f.Mandates
            .Where(m => !f.MandateRevocations.Any(r => r.What == m.MandateId.ToString()))
            .Where(m => m.ValidFrom <= c.Today && (m.ValidUntil is null || m.ValidUntil >= c.Today))
            .ToList();
        foreach (var mandate in validMandates)
            evidence.Add(Evidence(mandate.Aspects is null ? "Mandaat geldig (aspecten niet vastgelegd)." : $"Mandaat geldig ({string.Join(", ", mandate.Aspects)}).",
                mandate.Source, mandate.ValidFrom));
        var bodiesAspectsUnknown = f.Bodies.Where(b => b.Aspects is null).ToList();
        foreach (var body in bodiesAspectsUnknown)
            evidence.Add(Evidence($"Gremium {body.Name} ingericht (aspecten van doorzettingsmacht niet vastgelegd).", body.Source));
        var aspectsUnknown = bodiesAspectsUnknown.Count + validMandates.Count(m => m.Aspects is null);

        var covered = bodies.SelectMany(b => b.Aspects!).Concat(validMandates.SelectMany(m => m.Aspects ?? [])).ToHashSet();
        var uncovered = Enum.GetValues<DoorzettingsAspect>().Where(a => !covered.Contains(a)).ToList();
        if (aspectsUnknown > 0 && uncovered.Count > 0)
            missing.Add($"Vastleggen op welke aspecten de gremia en mandaten met onbekende aspecten doorzettingsmacht hebben, met een mandaat dat die aspecten noemt; nog niet belegd: {string.Join(", ", uncovered)}.");
        else if (bodies.Count == 0 && bodiesAspectsUnknown.Count == 0)
            missing.Add("Een gremium met doorzettingsmacht vastleggen, bijvoorbeeld een stuurgroep, met de aspecten waarop het besluit (004 l. 1913–1915).");
        else if (uncovered.Count > 0)
            missing.Add($"Vastleggen wie doorzettingsmacht heeft op: {string.Join(", ", uncovered)} (een gremium of een mandaat).");
        foreach (var partner in c.ActivePartners.Where(p => !HasSeat(f, p.PartnerId)))
            missing.Add($"Vastleggen in welk gremium {partner.OrganisationName} aan tafel zit.");

        var openDays = -1;
        foreach (var escalation in f.TensionSteps.Where(s => s.Step == TensionStep.Escalated))
        {
            // Waiting until resolved, or answered after this escalation (a later escalation waits again).
            var answered = f.TensionSteps.FirstOrDefault(s => s.TensionId == escalation.TensionId
                && (s.Step == TensionStep.Resolved || (s.Step == TensionStep.Answered && s.Source.RecordedAt >= escalation.Source.RecordedAt)));
            var subject = f.Tensions.FirstOrDefault(x => x.TensionId == escalation.TensionId)?.Subject ?? "spanning";
            if (answered is not null)
            {
                evidence.Add(Evidence($"Escalatie over '{subject}' {(answered.Step == TensionStep.Resolved ? "opgelost" : "beantwoord")}.", answered.Source, answered.On));
                continue;
            }
            var days = Math.Max(0, DaysBetween(escalation.On, c.Today));
            openDays = Math.Max(openDays, days);
            evidence.Add(Against($"Geëscaleerd en nog zonder antwoord: {subject} ({days / 7} weken).", escalation.Source, escalation.On));
            missing.Add($"Een antwoord of besluit vastleggen op de geëscaleerde kwestie '{subject}'.");
        }

        // The director's threat to resign, not (yet) followed up by the opdrachtgever: the opdrachtnemer's position is in doubt.
        var threats = f.Strains
            .Where(s => s.Kind == OpdrachtnemerStrain.DirectorThreatenedToResign && !f.StrainFollowUps.Any(u => u.What == s.StrainId.ToString()))
            .ToList();
        foreach (var threat in threats)
        {
            evidence.Add(Against($"De programmadirecteur dreigde op te stappen; nog niet opgevolgd: {threat.Description}", threat.Source, threat.On));
            missing.Add("De opvolging door de opdrachtgever vastleggen van de dreiging van de programmadirecteur om op te stappen.");
        }

        // A mandate that ran out (its own end date passed) leaving an aspect uncovered is a dated commitment that
        // lapsed without renewal: recorded, so a question (oranje), not mere absence.
        var lapsed = f.Mandates
            .Where(m => m.ValidUntil is { } until && until < c.Today && !f.MandateRevocations.Any(r => r.What == m.MandateId.ToString()))
            .Where(m => m.Aspects is not null && m.Aspects.Any(a => uncovered.Contains(a)))
            .ToList();
        foreach (var mandate in lapsed)
            evidence.Add(Against($"Mandaat ({string.Join(", ", mandate.Aspects!)}) liep af op {Date(mandate.ValidUntil!.Value)} en is niet vernieuwd.", mandate.Source, mandate.ValidUntil));

        var unconfirmed = new List<PartnerFact>();
        var notReconfirmed = new List<PartnerFact>();
        foreach (var (partner, word) in OpdrachtConfirmations(c))
        {
            switch (word)
            {
                case Word.NotReconfirmed(var fact):
                    notReconfirmed.Add(partner);
                    evidence.Add(Against($"De opdracht is met {partner.OrganisationName} niet opnieuw bevestigd: {fact.Note}", fact.Source, fact.On));
                    missing.Add($"Met {partner.OrganisationName} de opdracht opnieuw contracteren, of het programma bijstellen.");
                    break;
                case Word.Unconfirmed(var naming):
                    unconfirmed.Add(partner);
                    evidence.Add(Against($"{partner.OrganisationName} heeft een nieuwe vertegenwoordiger; de opdracht is sindsdien niet opnieuw bevestigd.", naming.Source));
                    missing.Add($"Vastleggen of de opdracht met de nieuwe vertegenwoordiger van {partner.OrganisationName} opnieuw is bevestigd.");
                    break;
                case Word.Reconfirmed(var fact):
                    evidence.Add(Evidence($"De opdracht is met {partner.OrganisationName} opnieuw bevestigd.", fact.Source, fact.On));
                    break;
            }
        }

        if (notReconfirmed.Count > 0)
            return c.Result(Recommendation.CreeerDoorzettingskracht, IndicatorStatus.Rood,
                "Een opdrachtgever heeft de opdracht niet opnieuw bevestigd: het programma mist het mandaat om door te zetten.", evidence, missing);
        if (openDays > t.Rec5EscalationRedWeeks * 7)
            return c.Result(Recommendation.CreeerDoorzettingskracht, IndicatorStatus.Rood, $"Een escalatie wacht langer dan {t.Rec5EscalationRedWeeks} weken op een antwoord.", evidence, missing);
        if (openDays >= 0 || unconfirmed.Count > 0 || lapsed.Count > 0 || threats.Count > 0)
            return c.Result(Recommendation.CreeerDoorzettingskracht, IndicatorStatus.Oranje,
                openDays > t.Rec5EscalationOrangeWeeks * 7 ? $"Een escalatie wacht langer dan {t.Rec5EscalationOrangeWeeks} weken op een antwoord."
                : openDays >= 0 ? "Een escalatie wacht op een antwoord: de doorzettingskracht wordt op de proef gesteld."
                : threats.Count > 0 ? "De programmadirecteur dreigde op te stappen en dat is nog niet opgevolgd."
                : unconfirmed.Count > 0 ? "Een opdrachtgever heeft een nieuwe vertegenwoordiger die de opdracht nog niet opnieuw heeft bevestigd."
                : "Een mandaat is afgelopen en niet vernieuwd; niet alle aspecten van doorzettingsmacht zijn nog belegd.",
                evidence, missing);
        if (missing.Count > 0)
            return c.NotRecorded(Recommendation.CreeerDoorzettingskracht,
                aspectsUnknown > 0 && uncovered.Count > 0 ? "op welke aspecten de gremia en mandaten doorzettingsmacht hebben (zie hieronder)."
                : bodies.Count == 0 ? "welk gremium doorzettingsmacht heeft." : "hoe de doorzettingsmacht volledig is georganiseerd (zie hieronder).", evidence, missing);
        return c.Result(Recommendation.CreeerDoorzettingskracht, IndicatorStatus.Groen,
            "Gremia en mandaten dekken de vier aspecten; iedere partner heeft een plek aan tafel.", evidence, missing);
    }

    private static bool HasSeat(ProgrammeFacts f, Guid partnerId) =>
        f.BodyMemberships.Where(m => m.PartnerId == partnerId).GroupBy(m => m.BodyId).Any(g => g.Last().Added);

    /// <summary>The last word on an opdrachtgever's opdracht: reconfirmed, explicitly not, or a new representative since.</summary>
    private abstract record Word
    {
        public sealed record Reconfirmed(ReconfirmationFact Fact) : Word;
        public sealed record NotReconfirmed(ReconfirmationFact Fact) : Word;
        public sealed record Unconfirmed(PartnerEventFact Naming) : Word;
    }

    /// <summary>
    /// Per active opdrachtgever the last word on its opdracht. An explicit "not reconfirmed" stands until a later
    /// reconfirmation (or endorsement of the opgave); a representative named again (a new person at the table) with
    /// neither since is unconfirmed. An opdrachtgever with one representative and no word has nothing to say here.
    /// </summary>
    private static IEnumerable<(PartnerFact Partner, Word Word)> OpdrachtConfirmations(HealthContext c)
    {
        foreach (var partner in c.ActivePartners.Where(p => p.Role == PartnerRole.Opdrachtgever))
        {
            var words = c.Facts.Reconfirmations.Where(r => r.PartnerId == partner.PartnerId).ToList();
            var lastYes = words.LastOrDefault(w => w.Reconfirmed);
            var lastNo = words.LastOrDefault(w => !w.Reconfirmed);
            var lastEndorsement = c.Facts.Endorsements.LastOrDefault(e => e.PartnerId == partner.PartnerId);
            var confirmedAt = new[] { lastYes?.Source.RecordedAt, lastEndorsement?.Source.RecordedAt }.Max();

            if (lastNo is not null && (confirmedAt is null || confirmedAt < lastNo.Source.RecordedAt))
            {
                yield return (partner, new Word.NotReconfirmed(lastNo));
                continue;
            }
            var namings = c.Facts.RepresentativesNamed.Where(r => r.PartnerId == partner.PartnerId).ToList();
            if (namings.Count >= 2 && (confirmedAt is null || confirmedAt < namings[^1].Source.RecordedAt))
                yield return (partner, new Word.Unconfirmed(namings[^1]));
            else if (lastYes is not null)
                yield return (partner, new Word.Reconfirmed(lastYes));
        }
    }
}
