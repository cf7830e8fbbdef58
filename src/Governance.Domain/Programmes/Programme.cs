using System.Collections.Immutable;
using Governance.Domain.Access;
using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Resources;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// The programme as its commands need to see it: lifecycle, partners, bodies, mandates and open tensions.
/// Immutable: each event yields a new state. Read models for people are projections, not this type.
/// </summary>
public sealed record Programme(
    Guid Id,
    string Name,
    LocalDate StartDate,
    LocalDate? PlannedEndDate,
    ProgrammePhase Phase,
    bool Ended,
    ImmutableDictionary<Guid, PartnerState> Partners,
    ImmutableDictionary<Guid, BodyState> Bodies,
    ImmutableDictionary<Guid, MandateState> Mandates,
    ImmutableDictionary<Guid, TensionStatus> Tensions,
    ImmutableHashSet<Guid> TeamMembers,
    ImmutableDictionary<Guid, MemberRole> Members)
{
    private static Programme Initial(ProgrammeRegistered e) => new(
        e.ProgrammeId, e.Name, e.StartDate, e.PlannedEndDate, ProgrammePhase.Verkenning, Ended: false,
        ImmutableDictionary<Guid, PartnerState>.Empty,
        ImmutableDictionary<Guid, BodyState>.Empty,
        ImmutableDictionary<Guid, MandateState>.Empty,
        ImmutableDictionary<Guid, TensionStatus>.Empty,
        ImmutableHashSet<Guid>.Empty,
        ImmutableDictionary<Guid, MemberRole>.Empty);

    /// <summary>Whether an <see cref="OpgaveFormulated"/> gave the opgave its ambition, effect, kaders and ruimte.</summary>
    public bool OpgaveIsFormulated { get; init; }

    /// <summary>The latest stop-or-continue decision, if any.</summary>
    public ContinuationChoice? Continuation { get; init; }

    /// <summary>Folds a history of this programme's own stream, for tests and for replays.</summary>
    public static Programme From(IEnumerable<object> history) =>
        history.Aggregate((Programme?)null, Fold) ?? throw new InvalidOperationException("A programme's history starts with ProgrammeRegistered.");

    /// <summary>
    /// The one fold of the programme stream, registered with Marten as it is (ProgrammeStateProjection). No state yet
    /// and no <see cref="ProgrammeRegistered"/>: this is not a programme's stream, so there is no programme.
    /// </summary>
    public static Programme? Fold(Programme? state, object e) =>
        state is null ? (e is ProgrammeRegistered registered ? Initial(registered) : null) : state.After(e);

    // Not named Apply on purpose: Marten treats an Apply(object) on a stored type as a rule for every event, and then
    // stored empty snapshots of this type for other streams (found by the reliability suite's crash test).
    // Every event of the programme stream is named here; one that is not throws, so it cannot be skipped unnoticed
    // (tests/Governance.Domain.Tests/Common/every_event_is_folded_by_its_stream.cs).
    public Programme After(object e) => e switch
    {
        ProgrammePhaseChanged x => this with { Phase = x.Phase, Ended = x.Phase == ProgrammePhase.Beeindigd || Ended },
        ProgrammeExtended x => this with { PlannedEndDate = x.NewPlannedEndDate },
        PlannedEndDateRecorded x => this with { PlannedEndDate = x.PlannedEndDate },
        OpgaveFormulated => this with { OpgaveIsFormulated = true },
        // A partner's stance on the opgave: endorsing ends an open dissent; withdrawing or dissenting ends an endorsement.
        OpgaveEndorsed x => this with { Endorsements = Endorsements.SetItem(x.PartnerId, x.EndorsedOn), OpgaveDissents = OpgaveDissents.Remove(x.PartnerId) },
        OpgaveEndorsementWithdrawn x => this with { Endorsements = Endorsements.Remove(x.PartnerId) },
        OpgaveDissentRecorded x => this with { OpgaveDissents = OpgaveDissents.SetItem(x.PartnerId, x.On), Endorsements = Endorsements.Remove(x.PartnerId) },
        OpgaveDissentResolved x => this with { OpgaveDissents = OpgaveDissents.Remove(x.PartnerId) },
        ContinuationDecided x => this with { Continuation = x.Choice },
        ProgrammeEnded => this with { Ended = true, Phase = ProgrammePhase.Beeindigd },

        PartnerJoined x => this with { Partners = Partners.SetItem(x.PartnerId, new PartnerState(x.PartnerId, x.OrganisationName, x.Role, x.Layer, Active: true)) },
        PartnerLeft x => UpdatePartner(x.PartnerId, p => p with { Active = false }),

        GovernanceBodyEstablished x => this with { Bodies = Bodies.SetItem(x.BodyId, new BodyState(x.BodyId, x.Name, x.Kind, ImmutableHashSet<Guid>.Empty)) },
        BodyMemberAdded x => UpdateBody(x.BodyId, b => b with { Members = b.Members.Add(x.PartnerId) }),
        BodyMemberRemoved x => UpdateBody(x.BodyId, b => b with { Members = b.Members.Remove(x.PartnerId) }),

        MandateGranted x => this with { Mandates = Mandates.SetItem(x.MandateId, new MandateState(x.MandateId, x.HolderId, x.ValidFrom, x.ValidUntil, Revoked: false)) },
        MandateRevoked x => Mandates.TryGetValue(x.MandateId, out var m) ? this with { Mandates = Mandates.SetItem(x.MandateId, m with { Revoked = true }) } : this,

        TensionRaised x => this with { Tensions = Tensions.SetItem(x.TensionId, TensionStatus.Open) },
        TensionEscalated x => this with { Tensions = Tensions.SetItem(x.TensionId, TensionStatus.Escalated) },
        TensionEscalatedToPerson x => this with { Tensions = Tensions.SetItem(x.TensionId, TensionStatus.Escalated) },
        EscalationAnswered x => this with { Tensions = Tensions.SetItem(x.TensionId, TensionStatus.Answered) },
        TensionResolved x => this with { Tensions = Tensions.SetItem(x.TensionId, TensionStatus.Resolved) },
        OpdrachtnemerStrainRecorded x => this with { Strains = Strains.SetItem(x.StrainId, new StrainState(x.On, FollowedUp: false)) },
        LivedExperienceArrangementEstablished x => this with { Arrangements = Arrangements.SetItem(x.ArrangementId, new ArrangementState(x.EstablishedOn, Ended: false)) },
        LivedExperienceArrangementEnded x => Arrangements.TryGetValue(x.ArrangementId, out var arrangement) ? this with { Arrangements = Arrangements.SetItem(x.ArrangementId, arrangement with { Ended = true }) } : this,
        MeansInstrumentEstablished x => this with { Instruments = Instruments.SetItem(x.InstrumentId, false) },
        MeansInstrumentContested x => this with { Instruments = Instruments.SetItem(x.InstrumentId, true) },
        MeansInstrumentDisputeSettled x => this with { Instruments = Instruments.SetItem(x.InstrumentId, false) },
        OpdrachtnemerStrainFollowedUp x => Strains.TryGetValue(x.StrainId, out var strain) ? this with { Strains = Strains.SetItem(x.StrainId, strain with { FollowedUp = true }) } : this,

        TeamMemberJoined x => this with { TeamMembers = TeamMembers.Add(x.MemberId) },
        TeamMemberLeft x => this with { TeamMembers = TeamMembers.Remove(x.MemberId), TeamMembersWhoLeft = TeamMembersWhoLeft.Add(x.MemberId) },

        ProgrammeMemberAssigned x => this with { Members = Members.SetItem(x.PersonId, x.Role) },
        ProgrammeMemberRemoved x => this with { Members = Members.Remove(x.PersonId) },

        // Events that change nothing a command decides on (opgave text, interests, ground rules, meetings …).
        ProgrammeFormJustified or FocusLevelChosen or BorgingPlanRecorded or ReflectionCadenceSet
            or PartnerInterestRecorded or RepresentativeNamed or LearningGoalSet
            or OpdrachtReconfirmed or OpdrachtNotReconfirmed
            or GroundRulesAgreed or MeetingHeld or TensionDiscussed
            or VitalityCheckHeld or SuccessCelebrated or PersonalConnectionMade or LivedExperienceContributed
            or FundingCommitted or HealthThresholdsChanged or EffectMeasured or LessonsShared => this,

        _ => throw new InvalidOperationException(
            $"Programme does not fold {e.GetType().Name}: handle it in Programme.After, or name it among the events that change nothing of the programme stream."),
    };

    /// <summary>Strains on the opdrachtnemer (a director threatening to resign or leaving) and whether each was followed up.</summary>
    public ImmutableDictionary<Guid, StrainState> Strains { get; init; } = ImmutableDictionary<Guid, StrainState>.Empty;

    /// <summary>Standing lived-experience arrangements (a spiegelgroep, a panel) and whether each has ended.</summary>
    public ImmutableDictionary<Guid, ArrangementState> Arrangements { get; init; } = ImmutableDictionary<Guid, ArrangementState>.Empty;

    /// <summary>Means instruments (subsidy schemes, regional project leaders) and whether a dispute about each is open.</summary>
    public ImmutableDictionary<Guid, bool> Instruments { get; init; } = ImmutableDictionary<Guid, bool>.Empty;

    /// <summary>Partners whose endorsement of the opgave stands (not withdrawn, no dissent since), with its date.</summary>
    public ImmutableDictionary<Guid, LocalDate> Endorsements { get; init; } = ImmutableDictionary<Guid, LocalDate>.Empty;

    /// <summary>Partners with an open dissent on the opgave, with the date it was recorded as of.</summary>
    public ImmutableDictionary<Guid, LocalDate> OpgaveDissents { get; init; } = ImmutableDictionary<Guid, LocalDate>.Empty;

    /// <summary>Former team members, so leaving twice is told apart from an unknown member.</summary>
    public ImmutableHashSet<Guid> TeamMembersWhoLeft { get; init; } = ImmutableHashSet<Guid>.Empty;

    public bool HasActivePartner(Guid partnerId) => Partners.TryGetValue(partnerId, out var p) && p.Active;

    public bool HasActivePartnerInRole(Guid partnerId, PartnerRole role) =>
        Partners.TryGetValue(partnerId, out var p) && p.Active && p.Role == role;

    private Programme UpdatePartner(Guid id, Func<PartnerState, PartnerState> change) =>
        Partners.TryGetValue(id, out var p) ? this with { Partners = Partners.SetItem(id, change(p)) } : this;

    private Programme UpdateBody(Guid id, Func<BodyState, BodyState> change) =>
        Bodies.TryGetValue(id, out var b) ? this with { Bodies = Bodies.SetItem(id, change(b)) } : this;
}

public sealed record PartnerState(Guid Id, string OrganisationName, PartnerRole Role, Bestuurslaag Layer, bool Active);

public sealed record BodyState(Guid Id, string Name, BodyKind Kind, ImmutableHashSet<Guid> Members);

public sealed record MandateState(Guid Id, Guid HolderId, LocalDate ValidFrom, LocalDate? ValidUntil, bool Revoked)
{
    public bool ValidOn(LocalDate date) => !Revoked && date >= ValidFrom && (ValidUntil is null || date <= ValidUntil);
}

/// <summary>Answered: the body or person it was escalated to has answered; the tension itself may still be open (last, so stored numbers keep their meaning).</summary>
public enum TensionStatus { Open, Escalated, Resolved, Answered }

public sealed record StrainState(LocalDate On, bool FollowedUp);

public sealed record ArrangementState(LocalDate EstablishedOn, bool Ended);
