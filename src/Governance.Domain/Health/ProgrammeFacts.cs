using System.Collections.Immutable;
using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Resources;
using NodaTime;

namespace Governance.Domain.Health;

/// <summary>Where a fact came from: the event that recorded it and when it was recorded.</summary>
public sealed record FactSource(Guid EventId, Instant RecordedAt);

/// <summary>The registration; <paramref name="PlannedEndDate"/> null when the planned end was not known.</summary>
public sealed record RegistrationFact(string Name, string OpdrachtgeverOrganisation, LocalDate StartDate, LocalDate? PlannedEndDate, FactSource Source);
/// <summary>An extension (new end null when it was not fixed) or, with an empty reason, a planned end recorded once known.</summary>
public sealed record PlannedEndFact(LocalDate? PlannedEndDate, string Reason, FactSource Source);
public sealed record RecordedFact(string What, FactSource Source);
public sealed record FocusFact(FocusLevel Level, FactSource Source);
public sealed record ContinuationFact(ContinuationChoice Choice, LocalDate DecidedOn, FactSource Source);
public sealed record EndFact(LocalDate EndedOn, FactSource Source);
public sealed record ThresholdsFact(HealthThresholds Thresholds, string Reason, FactSource Source);
public sealed record PartnerFact(Guid PartnerId, string OrganisationName, Bestuurslaag Layer, PartnerRole Role, LocalDate JoinedOn, FactSource Source);
/// <summary>Something recorded about one partner (left, interest, endorsement, learning goal, personal contact).</summary>
public sealed record PartnerEventFact(Guid PartnerId, LocalDate? On, FactSource Source);
/// <summary>A body; <paramref name="Aspects"/> null when not known on which aspects it can push through.</summary>
public sealed record BodyFact(Guid BodyId, string Name, IReadOnlyList<DoorzettingsAspect>? Aspects, FactSource Source);
public sealed record BodyMembershipFact(Guid BodyId, Guid PartnerId, bool Added, FactSource Source);
/// <summary>A mandate; <paramref name="Aspects"/> null when not known on which aspects it holds.</summary>
public sealed record MandateFact(Guid MandateId, Guid HolderId, IReadOnlyList<DoorzettingsAspect>? Aspects, LocalDate ValidFrom, LocalDate? ValidUntil, FactSource Source);
public sealed record MeetingFact(Guid BodyId, LocalDate HeldOn, int OpgaveItems, int ProcessItems, FactSource Source);
public sealed record DatedFact(string What, LocalDate On, FactSource Source);
public sealed record TensionFact(Guid TensionId, string Subject, LocalDate RaisedOn, FactSource Source);
public sealed record TensionStepFact(Guid TensionId, TensionStep Step, LocalDate On, FactSource Source);
/// <summary>Committed funding; amount and end (<paramref name="Until"/>) null when not known.</summary>
public sealed record FundingFact(Guid FundingId, Guid CommittedByPartnerId, decimal? AmountEuro, LocalDate? Until, FundingKind Kind, FactSource Source);
/// <summary>A logged decision; <paramref name="AboutMeans"/> when it was tagged with rec. 4 (organiseer passende middelen).</summary>
public sealed record DecisionFact(Guid DecisionId, string Title, LocalDate DecidedOn, bool Proposed, bool AboutMeans, FactSource Source);
/// <summary>A partner's position on a decision (agreement, reservations, dissent).</summary>
public sealed record PositionFact(Guid DecisionId, Guid PartnerId, PartnerPosition Position, FactSource Source);
/// <summary>A proposed decision was settled: taken, withdrawn or superseded. Dissent on it is then no longer open.</summary>
public sealed record DecisionSettledFact(Guid DecisionId, FactSource Source);
public sealed record SessionFact(Guid SessionId, bool Held, LocalDate? HeldOn, string? CancelReason, FactSource Source);

/// <summary>Answered: the body or person a tension was escalated to answered (last, so stored facts keep their meaning).</summary>
public enum TensionStep { Discussed, Escalated, Resolved, Answered }

/// <summary>Whether the opdracht was (re)confirmed with a partner's current representatives, or explicitly not (with the reason).</summary>
/// <summary>Rec. 2: a partner endorsed the opgave, withdrew its endorsement, recorded dissent on it, or its dissent was resolved (with the reason or how).</summary>
public sealed record PartnerStanceFact(Guid PartnerId, OpgaveStance Stance, LocalDate On, string Note, FactSource Source);

public enum OpgaveStance { Endorsed, Withdrawn, Dissented, Resolved }
public sealed record ReconfirmationFact(Guid PartnerId, bool Reconfirmed, LocalDate On, string? Note, FactSource Source);
/// <summary>Strain on the opdrachtnemer: the director threatened to resign or left.</summary>
/// <summary>A means instrument (subsidy scheme, regional project leaders) the programme established.</summary>
public sealed record InstrumentFact(Guid InstrumentId, string Name, MeansInstrumentKind Kind, LocalDate On, FactSource Source);
/// <summary>A partner contested an instrument (<see cref="Settled"/> false), or the dispute was settled (true).</summary>
public sealed record InstrumentDisputeFact(Guid InstrumentId, Guid? PartnerId, string What, bool Settled, LocalDate On, FactSource Source);
/// <summary>A standing lived-experience arrangement (spiegelgroep, panel).</summary>
public sealed record ArrangementFact(Guid ArrangementId, string Name, LocalDate EstablishedOn, FactSource Source);
public sealed record StrainFact(Guid StrainId, OpdrachtnemerStrain Kind, string Description, LocalDate On, FactSource Source);

/// <summary>
/// Everything the ten health indicators look at, folded from all streams of one programme (programme, decisions,
/// reflection sessions). Append-only: every fact keeps the event it came from and when that event was recorded,
/// so <see cref="AsOf"/> can give the facts exactly as they stood at any moment. This is what makes "now" and
/// "as of 1 March 2021" the same evaluation: facts as of T equal the fold of only the events recorded up to T.
/// </summary>
public sealed record ProgrammeFacts
{
    public Guid ProgrammeId { get; init; }
    public RegistrationFact? Registration { get; init; }
    /// <summary>Extensions: the planned end moved later.</summary>
    public ImmutableList<PlannedEndFact> PlannedEndChanges { get; init; } = [];
    /// <summary>A planned end that was not known, filled in once known (not an extension).</summary>
    public ImmutableList<PlannedEndFact> PlannedEndsRecorded { get; init; } = [];
    public ImmutableList<RecordedFact> FormJustifications { get; init; } = [];
    public ImmutableList<RecordedFact> OpgaveFormulations { get; init; } = [];
    public ImmutableList<FocusFact> FocusChoices { get; init; } = [];
    public ImmutableList<RecordedFact> BorgingPlans { get; init; } = [];
    public ImmutableList<ContinuationFact> ContinuationDecisions { get; init; } = [];
    public ImmutableList<EndFact> Endings { get; init; } = [];
    public ImmutableList<ThresholdsFact> ThresholdChanges { get; init; } = [];
    public ImmutableList<PartnerFact> PartnersJoined { get; init; } = [];
    public ImmutableList<PartnerEventFact> PartnersLeft { get; init; } = [];
    public ImmutableList<PartnerEventFact> InterestsRecorded { get; init; } = [];
    public ImmutableList<PartnerEventFact> Endorsements { get; init; } = [];
    /// <summary>
    /// Every change of a partner's stance on the opgave, endorsements included, in the order recorded: one list, so
    /// the last word per partner is known even when two were recorded in the same instant.
    /// </summary>
    public ImmutableList<PartnerStanceFact> OpgaveStances { get; init; } = [];
    public ImmutableList<PartnerEventFact> LearningGoals { get; init; } = [];
    public ImmutableList<PartnerEventFact> PersonalConnections { get; init; } = [];
    public ImmutableList<BodyFact> Bodies { get; init; } = [];
    public ImmutableList<BodyMembershipFact> BodyMemberships { get; init; } = [];
    public ImmutableList<MandateFact> Mandates { get; init; } = [];
    public ImmutableList<RecordedFact> MandateRevocations { get; init; } = [];
    public ImmutableList<MeetingFact> Meetings { get; init; } = [];
    public ImmutableList<DatedFact> LivedExperience { get; init; } = [];
    public ImmutableList<TensionFact> Tensions { get; init; } = [];
    public ImmutableList<TensionStepFact> TensionSteps { get; init; } = [];
    public ImmutableList<DatedFact> CareMoments { get; init; } = [];
    public ImmutableList<FundingFact> Funding { get; init; } = [];
    public ImmutableList<DecisionFact> Decisions { get; init; } = [];
    public ImmutableList<PositionFact> Positions { get; init; } = [];
    public ImmutableList<DecisionSettledFact> DecisionsSettled { get; init; } = [];
    /// <summary>An agreed reflection cadence: an explicit, dated commitment to reflect regularly.</summary>
    public ImmutableList<RecordedFact> ReflectionCadences { get; init; } = [];
    /// <summary>Every naming of a partner's representative; a second naming is a new person at the table.</summary>
    public ImmutableList<PartnerEventFact> RepresentativesNamed { get; init; } = [];
    public ImmutableList<SessionFact> Sessions { get; init; } = [];
    public ImmutableList<ReconfirmationFact> Reconfirmations { get; init; } = [];
    public ImmutableList<StrainFact> Strains { get; init; } = [];
    /// <summary>The opdrachtgever's follow-up of a strain (<see cref="DatedFact.What"/> holds the strain's id).</summary>
    public ImmutableList<DatedFact> StrainFollowUps { get; init; } = [];
    public ImmutableList<InstrumentFact> Instruments { get; init; } = [];
    public ImmutableList<ArrangementFact> Arrangements { get; init; } = [];
    /// <summary>Ends of standing arrangements (<see cref="DatedFact.What"/> holds the arrangement's id).</summary>
    public ImmutableList<DatedFact> ArrangementEndings { get; init; } = [];
    public ImmutableList<InstrumentDisputeFact> InstrumentDisputes { get; init; } = [];
    /// <summary>Rec. 10: effect measurements (<see cref="DatedFact.What"/>: what was measured) and lessons shared with a wider public (to whom).</summary>
    public ImmutableList<DatedFact> EffectMeasurements { get; init; } = [];
    public ImmutableList<DatedFact> LessonsSharedWidely { get; init; } = [];

    public static ProgrammeFacts For(Guid programmeId) => new() { ProgrammeId = programmeId };

    /// <summary>Folds a history of (event id, event) pairs, in the order they were recorded.</summary>
    public static ProgrammeFacts From(Guid programmeId, IEnumerable<(Guid EventId, IProgrammeEvent Event)> history) =>
        history.Aggregate(For(programmeId), (facts, h) => facts.Apply(h.EventId, h.Event));

    /// <summary>Adds what one event tells about the programme's health. Events of no interest leave the facts as they are.</summary>
    public ProgrammeFacts Apply(Guid eventId, IProgrammeEvent e)
    {
        var s = new FactSource(eventId, e.RecordedAt);
        return e switch
        {
            ProgrammeRegistered x => this with { ProgrammeId = x.ProgrammeId, Registration = new(x.Name, x.OpdrachtgeverOrganisation, x.StartDate, x.PlannedEndDate, s) },
            ProgrammeExtended x => this with { PlannedEndChanges = PlannedEndChanges.Add(new(x.NewPlannedEndDate, x.Reason, s)) },
            PlannedEndDateRecorded x => this with { PlannedEndsRecorded = PlannedEndsRecorded.Add(new(x.PlannedEndDate, "", s)) },
            ProgrammeFormJustified x => this with { FormJustifications = FormJustifications.Add(new(x.WhatExistingOrganisationsCannotDo, s)) },
            OpgaveFormulated x => this with { OpgaveFormulations = OpgaveFormulations.Add(new(x.Ambition, s)) },
            FocusLevelChosen x => this with { FocusChoices = FocusChoices.Add(new(x.Level, s)) },
            BorgingPlanRecorded x => this with { BorgingPlans = BorgingPlans.Add(new(HealthContext.Count(x.Items.Count, "onderwerp", "onderwerpen"), s)) },
            ContinuationDecided x => this with { ContinuationDecisions = ContinuationDecisions.Add(new(x.Choice, x.DecidedOn, s)) },
            ProgrammeEnded x => this with { Endings = Endings.Add(new(x.EndedOn, s)) },
            HealthThresholdsChanged x => this with { ThresholdChanges = ThresholdChanges.Add(new(x.Thresholds, x.Reason, s)) },

            PartnerJoined x => this with { PartnersJoined = PartnersJoined.Add(new(x.PartnerId, x.OrganisationName, x.Layer, x.Role, x.JoinedOn, s)) },
            PartnerLeft x => this with { PartnersLeft = PartnersLeft.Add(new(x.PartnerId, x.LeftOn, s)) },
            PartnerInterestRecorded x => this with { InterestsRecorded = InterestsRecorded.Add(new(x.PartnerId, null, s)) },
            OpgaveEndorsed x => this with
            {
                Endorsements = Endorsements.Add(new(x.PartnerId, x.EndorsedOn, s)),
                OpgaveStances = OpgaveStances.Add(new(x.PartnerId, OpgaveStance.Endorsed, x.EndorsedOn, "", s)),
            },
            OpgaveEndorsementWithdrawn x => this with { OpgaveStances = OpgaveStances.Add(new(x.PartnerId, OpgaveStance.Withdrawn, x.WithdrawnOn, x.Reason, s)) },
            OpgaveDissentRecorded x => this with { OpgaveStances = OpgaveStances.Add(new(x.PartnerId, OpgaveStance.Dissented, x.On, x.Reason, s)) },
            OpgaveDissentResolved x => this with { OpgaveStances = OpgaveStances.Add(new(x.PartnerId, OpgaveStance.Resolved, x.On, x.How, s)) },
            LearningGoalSet x => this with { LearningGoals = LearningGoals.Add(new(x.PartnerId, null, s)) },
            PersonalConnectionMade x => this with { PersonalConnections = PersonalConnections.Add(new(x.PartnerId, x.On, s)) },
            ReflectionCadenceSet x => this with { ReflectionCadences = ReflectionCadences.Add(new(x.EveryWeeks == 1 ? "elke week" : $"elke {x.EveryWeeks} weken", s)) },
            RepresentativeNamed x => this with { RepresentativesNamed = RepresentativesNamed.Add(new(x.PartnerId, null, s)) },
            OpdrachtReconfirmed x => this with { Reconfirmations = Reconfirmations.Add(new(x.PartnerId, true, x.ReconfirmedOn, x.Note, s)) },
            OpdrachtNotReconfirmed x => this with { Reconfirmations = Reconfirmations.Add(new(x.PartnerId, false, x.RecordedOn, x.Reason, s)) },

            GovernanceBodyEstablished x => this with { Bodies = Bodies.Add(new(x.BodyId, x.Name, x.Aspects, s)) },
            BodyMemberAdded x => this with { BodyMemberships = BodyMemberships.Add(new(x.BodyId, x.PartnerId, Added: true, s)) },
            BodyMemberRemoved x => this with { BodyMemberships = BodyMemberships.Add(new(x.BodyId, x.PartnerId, Added: false, s)) },
            MandateGranted x => this with { Mandates = Mandates.Add(new(x.MandateId, x.HolderId, x.Aspects, x.ValidFrom, x.ValidUntil, s)) },
            MandateRevoked x => this with { MandateRevocations = MandateRevocations.Add(new(x.MandateId.ToString(), s)) },
            MeetingHeld x => this with
            {
                Meetings = Meetings.Add(new(x.BodyId, x.HeldOn,
                    x.Agenda.Count(a => a.Tag == AgendaTag.OpgaveEnPraktijk), x.Agenda.Count(a => a.Tag == AgendaTag.ProcesEnMiddelen), s)),
            },

            LivedExperienceContributed x => this with { LivedExperience = LivedExperience.Add(new(x.Where, x.On, s)) },
            TensionRaised x => this with { Tensions = Tensions.Add(new(x.TensionId, x.Subject, x.RaisedOn, s)) },
            TensionDiscussed x => this with { TensionSteps = TensionSteps.Add(new(x.TensionId, TensionStep.Discussed, x.DiscussedOn, s)) },
            TensionEscalated x => this with { TensionSteps = TensionSteps.Add(new(x.TensionId, TensionStep.Escalated, x.EscalatedOn, s)) },
            TensionEscalatedToPerson x => this with { TensionSteps = TensionSteps.Add(new(x.TensionId, TensionStep.Escalated, x.EscalatedOn, s)) },
            EscalationAnswered x => this with { TensionSteps = TensionSteps.Add(new(x.TensionId, TensionStep.Answered, x.AnsweredOn, s)) },
            TensionResolved x => this with { TensionSteps = TensionSteps.Add(new(x.TensionId, TensionStep.Resolved, x.ResolvedOn, s)) },
            OpdrachtnemerStrainRecorded x => this with { Strains = Strains.Add(new(x.StrainId, x.Kind, x.Description, x.On, s)) },
            LivedExperienceArrangementEstablished x => this with { Arrangements = Arrangements.Add(new(x.ArrangementId, x.Name, x.EstablishedOn, s)) },
            LivedExperienceArrangementEnded x => this with { ArrangementEndings = ArrangementEndings.Add(new(x.ArrangementId.ToString(), x.EndedOn, s)) },
            MeansInstrumentEstablished x => this with { Instruments = Instruments.Add(new(x.InstrumentId, x.Name, x.Kind, x.EstablishedOn, s)) },
            MeansInstrumentContested x => this with { InstrumentDisputes = InstrumentDisputes.Add(new(x.InstrumentId, x.PartnerId, x.Reason, false, x.ContestedOn, s)) },
            MeansInstrumentDisputeSettled x => this with { InstrumentDisputes = InstrumentDisputes.Add(new(x.InstrumentId, null, x.Outcome, true, x.SettledOn, s)) },
            EffectMeasured x => this with { EffectMeasurements = EffectMeasurements.Add(new($"{x.WhatWasMeasured}: {x.Finding}", x.MeasuredOn, s)) },
            LessonsShared x => this with { LessonsSharedWidely = LessonsSharedWidely.Add(new($"{x.Audience} ({x.How})", x.SharedOn, s)) },
            OpdrachtnemerStrainFollowedUp x => this with { StrainFollowUps = StrainFollowUps.Add(new(x.StrainId.ToString(), x.On, s)) },
            VitalityCheckHeld x => this with { CareMoments = CareMoments.Add(new("vitaliteitscheck", x.HeldOn, s)) },
            SuccessCelebrated x => this with { CareMoments = CareMoments.Add(new($"succes gevierd: {x.What}", x.CelebratedOn, s)) },

            FundingCommitted x => this with { Funding = Funding.Add(new(x.FundingId, x.CommittedByPartnerId, x.AmountEuro, x.Until, x.Kind, s)) },
            DecisionLogged x => this with
            {
                Decisions = Decisions.Add(new(x.DecisionId, x.Title, x.DecidedOn, x.Status == DecisionStatus.Proposed,
                    x.Recommendations.Contains(Recommendation.OrganiseerPassendeMiddelen), s)),
            },
            PartnerPositionRecorded x => this with { Positions = Positions.Add(new(x.DecisionId, x.PartnerId, x.Position, s)) },
            DecisionTaken x => this with { DecisionsSettled = DecisionsSettled.Add(new(x.DecisionId, s)) },
            DecisionWithdrawn x => this with { DecisionsSettled = DecisionsSettled.Add(new(x.DecisionId, s)) },
            DecisionSuperseded x => this with { DecisionsSettled = DecisionsSettled.Add(new(x.DecisionId, s)) },

            ReflectionSessionHeld x => this with { Sessions = Sessions.Add(new(x.SessionId, Held: true, x.HeldOn, null, s)) },
            ReflectionSessionCancelled x => this with { Sessions = Sessions.Add(new(x.SessionId, Held: false, null, x.Reason, s)) },

            _ => this,
        };
    }

    /// <summary>The facts as they stood at <paramref name="moment"/>: only what was recorded at or before it.</summary>
    public ProgrammeFacts AsOf(Instant moment)
    {
        bool Known(FactSource s) => s.RecordedAt <= moment;
        ImmutableList<T> Keep<T>(ImmutableList<T> list, Func<T, FactSource> source) => list.RemoveAll(x => !Known(source(x)));

        return this with
        {
            Registration = Registration is { } r && Known(r.Source) ? r : null,
            PlannedEndChanges = Keep(PlannedEndChanges, x => x.Source),
            PlannedEndsRecorded = Keep(PlannedEndsRecorded, x => x.Source),
            FormJustifications = Keep(FormJustifications, x => x.Source),
            OpgaveFormulations = Keep(OpgaveFormulations, x => x.Source),
            FocusChoices = Keep(FocusChoices, x => x.Source),
            BorgingPlans = Keep(BorgingPlans, x => x.Source),
            ContinuationDecisions = Keep(ContinuationDecisions, x => x.Source),
            Endings = Keep(Endings, x => x.Source),
            ThresholdChanges = Keep(ThresholdChanges, x => x.Source),
            PartnersJoined = Keep(PartnersJoined, x => x.Source),
            PartnersLeft = Keep(PartnersLeft, x => x.Source),
            InterestsRecorded = Keep(InterestsRecorded, x => x.Source),
            Endorsements = Keep(Endorsements, x => x.Source),
            OpgaveStances = Keep(OpgaveStances, x => x.Source),
            LearningGoals = Keep(LearningGoals, x => x.Source),
            PersonalConnections = Keep(PersonalConnections, x => x.Source),
            Bodies = Keep(Bodies, x => x.Source),
            BodyMemberships = Keep(BodyMemberships, x => x.Source),
            Mandates = Keep(Mandates, x => x.Source),
            MandateRevocations = Keep(MandateRevocations, x => x.Source),
            Meetings = Keep(Meetings, x => x.Source),
            LivedExperience = Keep(LivedExperience, x => x.Source),
            Tensions = Keep(Tensions, x => x.Source),
            TensionSteps = Keep(TensionSteps, x => x.Source),
            CareMoments = Keep(CareMoments, x => x.Source),
            Funding = Keep(Funding, x => x.Source),
            Decisions = Keep(Decisions, x => x.Source),
            Positions = Keep(Positions, x => x.Source),
            DecisionsSettled = Keep(DecisionsSettled, x => x.Source),
            ReflectionCadences = Keep(ReflectionCadences, x => x.Source),
            RepresentativesNamed = Keep(RepresentativesNamed, x => x.Source),
            Sessions = Keep(Sessions, x => x.Source),
            Reconfirmations = Keep(Reconfirmations, x => x.Source),
            Strains = Keep(Strains, x => x.Source),
            StrainFollowUps = Keep(StrainFollowUps, x => x.Source),
            Instruments = Keep(Instruments, x => x.Source),
            Arrangements = Keep(Arrangements, x => x.Source),
            ArrangementEndings = Keep(ArrangementEndings, x => x.Source),
            InstrumentDisputes = Keep(InstrumentDisputes, x => x.Source),
            EffectMeasurements = Keep(EffectMeasurements, x => x.Source),
            LessonsSharedWidely = Keep(LessonsSharedWidely, x => x.Source),
        };
    }

    /// <summary>Every moment at which a fact was recorded, in order: the moments where an indicator can change by an event.</summary>
    public IEnumerable<Instant> RecordedMoments() => Sources().Select(x => x.RecordedAt).Distinct().Order();

    /// <summary>
    /// How many facts were recorded at or before <paramref name="moment"/>. A history kept up to that moment still
    /// holds while this number is the same (no fact was added in its past).
    /// </summary>
    public int SourcesRecordedBy(Instant moment) => Sources().Count(x => x.RecordedAt <= moment);

    private IEnumerable<FactSource> Sources() =>
        new IEnumerable<FactSource>[]
        {
            Registration is null ? [] : [Registration.Source],
            PlannedEndChanges.Select(x => x.Source), PlannedEndsRecorded.Select(x => x.Source), FormJustifications.Select(x => x.Source), OpgaveFormulations.Select(x => x.Source),
            FocusChoices.Select(x => x.Source), BorgingPlans.Select(x => x.Source), ContinuationDecisions.Select(x => x.Source),
            Endings.Select(x => x.Source), ThresholdChanges.Select(x => x.Source), PartnersJoined.Select(x => x.Source),
            PartnersLeft.Select(x => x.Source), InterestsRecorded.Select(x => x.Source), Endorsements.Select(x => x.Source),
            LearningGoals.Select(x => x.Source), PersonalConnections.Select(x => x.Source), Bodies.Select(x => x.Source),
            BodyMemberships.Select(x => x.Source), Mandates.Select(x => x.Source), MandateRevocations.Select(x => x.Source),
            Meetings.Select(x => x.Source), LivedExperience.Select(x => x.Source), Tensions.Select(x => x.Source),
            TensionSteps.Select(x => x.Source), CareMoments.Select(x => x.Source), Funding.Select(x => x.Source),
            Decisions.Select(x => x.Source), Sessions.Select(x => x.Source), Positions.Select(x => x.Source),
            DecisionsSettled.Select(x => x.Source), ReflectionCadences.Select(x => x.Source), RepresentativesNamed.Select(x => x.Source),
            Reconfirmations.Select(x => x.Source), Strains.Select(x => x.Source), StrainFollowUps.Select(x => x.Source),
            Instruments.Select(x => x.Source), InstrumentDisputes.Select(x => x.Source), EffectMeasurements.Select(x => x.Source),
            LessonsSharedWidely.Select(x => x.Source), Arrangements.Select(x => x.Source), ArrangementEndings.Select(x => x.Source),
            OpgaveStances.Select(x => x.Source),
        }.SelectMany(x => x);

    // Derived views the rules share. They assume the facts were already cut with AsOf.

    public LocalDate? StartDate => Registration?.StartDate;

    /// <summary>
    /// The planned end as last recorded (registration, extension or a planned end filled in later); null while it is
    /// not known. Rules that need it say "nog niet te beoordelen" then, never groen or rood.
    /// </summary>
    public LocalDate? PlannedEndDate =>
        PlannedEndChanges.Concat(PlannedEndsRecorded).MaxBy(x => x.Source.RecordedAt) is { } last ? last.PlannedEndDate : Registration?.PlannedEndDate;

    public HealthThresholds EffectiveThresholds => ThresholdChanges.Count > 0 ? ThresholdChanges[^1].Thresholds : HealthThresholds.Default;

    /// <summary>Partners that joined and have not left (the last word per partner counts).</summary>
    public IReadOnlyList<PartnerFact> ActivePartners =>
        PartnersJoined
            .Where(p => !PartnersLeft.Any(l => l.PartnerId == p.PartnerId && l.Source.RecordedAt >= p.Source.RecordedAt))
            .GroupBy(p => p.PartnerId).Select(g => g.Last())
            .ToList();
}
