namespace Governance.Domain.Health;

/// <summary>One kind of fact an indicator reads, and whether anything of that kind has been recorded at all.</summary>
public sealed record CoveredKind(string Kind, bool Recorded);

/// <summary>
/// What kinds of facts have been recorded at all, per indicator: "we know too little" made visible apart from the
/// status ("it is going wrong"). Deliberately a list of kinds, never a count or a percentage: it is no score.
/// </summary>
public static class Coverage
{
    public static IReadOnlyList<CoveredKind> For(Recommendation recommendation, ProgrammeFacts f) => recommendation switch
    {
        Recommendation.StartGericht =>
            [Kind("onderbouwing programmavorm", f.FormJustifications.Count), Kind("opgave", f.OpgaveFormulations.Count),
             Kind("belang en bijdrage van partners", f.InterestsRecorded.Count), Kind("borgingsplan", f.BorgingPlans.Count)],
        Recommendation.VerbindOpgaveEnSpelers =>
            [Kind("opgave", f.OpgaveFormulations.Count), Kind("partners", f.PartnersJoined.Count),
             Kind("instemming met de opgave", f.Endorsements.Count), Kind("belang en bijdrage van partners", f.InterestsRecorded.Count)],
        Recommendation.HandelDaarWaarNodig =>
            [Kind("zwaartepunt", f.FocusChoices.Count), Kind("partners", f.PartnersJoined.Count), Kind("middelen in de regio", f.Instruments.Count)],
        Recommendation.OrganiseerPassendeMiddelen =>
            [Kind("financiering", f.Funding.Count), Kind("besluiten over middelen", f.Decisions.Count(d => d.AboutMeans)),
             Kind("standpunten van partners", f.Positions.Count), Kind("middelen (regelingen, projectleiders)", f.Instruments.Count)],
        Recommendation.CreeerDoorzettingskracht =>
            [Kind("gremia", f.Bodies.Count), Kind("mandaten", f.Mandates.Count), Kind("plaatsen aan tafel", f.BodyMemberships.Count),
             Kind("vertegenwoordigers", f.RepresentativesNamed.Count), Kind("escalaties", f.TensionSteps.Count(s => s.Step == TensionStep.Escalated)),
             Kind("(her)bevestiging van de opdracht", f.Reconfirmations.Count)],
        Recommendation.MaakVerbindingenPersoonlijk => [Kind("partners", f.PartnersJoined.Count), Kind("persoonlijk contact", f.PersonalConnections.Count)],
        Recommendation.BlijfDeMensZien =>
            [Kind("ervaringsverhalen", f.LivedExperience.Count), Kind("staande groepen (spiegelgroep, panel)", f.Arrangements.Count),
             Kind("overleggen met agenda", f.Meetings.Count)],
        Recommendation.BenutSpanningEnOngemak =>
            [Kind("spanningen", f.Tensions.Count), Kind("vitaliteitschecks en gevierde successen", f.CareMoments.Count),
             Kind("druk op de opdrachtnemer", f.Strains.Count)],
        Recommendation.OrganiseerReflectie =>
            [Kind("reflectiebijeenkomsten", f.Sessions.Count), Kind("afgesproken reflectieritme", f.ReflectionCadences.Count),
             Kind("leerdoelen", f.LearningGoals.Count)],
        Recommendation.StopGericht =>
            [Kind("borgingsplan", f.BorgingPlans.Count), Kind("besluit over voortzetting", f.ContinuationDecisions.Count),
             Kind("verlengingen", f.PlannedEndChanges.Count), Kind("effectmetingen", f.EffectMeasurements.Count),
             Kind("gedeelde lessen", f.LessonsSharedWidely.Count)],
        _ => [],
    };

    private static CoveredKind Kind(string kind, int count) => new(kind, count > 0);
}
