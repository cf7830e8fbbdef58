using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Resources;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Governance.Projections.Health;

/// <summary>
/// Folds every stream of a programme (programme, decisions, reflection sessions) into its <see cref="ProgrammeFacts"/>.
/// The fold is the domain's own <see cref="ProgrammeFacts.Apply"/>; this class gives it the id of each event
/// (<see cref="IEvent.Id"/>), so every piece of evidence points at the event it came from. Each event type the
/// rules use is listed once, keyed on its programme.
/// </summary>
public partial class ProgrammeHealthFactsProjection : MultiStreamProjection<ProgrammeHealthFacts, Guid>
{
    public ProgrammeHealthFactsProjection()
    {
        Identity<ProgrammeRegistered>(e => e.ProgrammeId);
        Identity<ProgrammeExtended>(e => e.ProgrammeId);
        Identity<PlannedEndDateRecorded>(e => e.ProgrammeId);
        Identity<ProgrammeFormJustified>(e => e.ProgrammeId);
        Identity<OpgaveFormulated>(e => e.ProgrammeId);
        Identity<FocusLevelChosen>(e => e.ProgrammeId);
        Identity<BorgingPlanRecorded>(e => e.ProgrammeId);
        Identity<ContinuationDecided>(e => e.ProgrammeId);
        Identity<ProgrammeEnded>(e => e.ProgrammeId);
        Identity<HealthThresholdsChanged>(e => e.ProgrammeId);
        Identity<PartnerJoined>(e => e.ProgrammeId);
        Identity<PartnerLeft>(e => e.ProgrammeId);
        Identity<PartnerInterestRecorded>(e => e.ProgrammeId);
        Identity<OpgaveEndorsed>(e => e.ProgrammeId);
        Identity<OpgaveEndorsementWithdrawn>(e => e.ProgrammeId);
        Identity<OpgaveDissentRecorded>(e => e.ProgrammeId);
        Identity<OpgaveDissentResolved>(e => e.ProgrammeId);
        Identity<LearningGoalSet>(e => e.ProgrammeId);
        Identity<PersonalConnectionMade>(e => e.ProgrammeId);
        Identity<GovernanceBodyEstablished>(e => e.ProgrammeId);
        Identity<BodyMemberAdded>(e => e.ProgrammeId);
        Identity<BodyMemberRemoved>(e => e.ProgrammeId);
        Identity<MandateGranted>(e => e.ProgrammeId);
        Identity<MandateRevoked>(e => e.ProgrammeId);
        Identity<MeetingHeld>(e => e.ProgrammeId);
        Identity<LivedExperienceContributed>(e => e.ProgrammeId);
        Identity<TensionRaised>(e => e.ProgrammeId);
        Identity<TensionDiscussed>(e => e.ProgrammeId);
        Identity<TensionEscalated>(e => e.ProgrammeId);
        Identity<TensionResolved>(e => e.ProgrammeId);
        Identity<VitalityCheckHeld>(e => e.ProgrammeId);
        Identity<SuccessCelebrated>(e => e.ProgrammeId);
        Identity<FundingCommitted>(e => e.ProgrammeId);
        Identity<DecisionLogged>(e => e.ProgrammeId);
        Identity<PartnerPositionRecorded>(e => e.ProgrammeId);
        Identity<DecisionTaken>(e => e.ProgrammeId);
        Identity<DecisionWithdrawn>(e => e.ProgrammeId);
        Identity<DecisionSuperseded>(e => e.ProgrammeId);
        Identity<RepresentativeNamed>(e => e.ProgrammeId);
        Identity<ReflectionCadenceSet>(e => e.ProgrammeId);
        Identity<ReflectionSessionHeld>(e => e.ProgrammeId);
        Identity<ReflectionSessionCancelled>(e => e.ProgrammeId);
        Identity<OpdrachtReconfirmed>(e => e.ProgrammeId);
        Identity<OpdrachtNotReconfirmed>(e => e.ProgrammeId);
        Identity<TensionEscalatedToPerson>(e => e.ProgrammeId);
        Identity<EscalationAnswered>(e => e.ProgrammeId);
        Identity<OpdrachtnemerStrainRecorded>(e => e.ProgrammeId);
        Identity<OpdrachtnemerStrainFollowedUp>(e => e.ProgrammeId);
        Identity<MeansInstrumentEstablished>(e => e.ProgrammeId);
        Identity<MeansInstrumentContested>(e => e.ProgrammeId);
        Identity<MeansInstrumentDisputeSettled>(e => e.ProgrammeId);
        Identity<EffectMeasured>(e => e.ProgrammeId);
        Identity<LessonsShared>(e => e.ProgrammeId);
        Identity<LivedExperienceArrangementEstablished>(e => e.ProgrammeId);
        Identity<LivedExperienceArrangementEnded>(e => e.ProgrammeId);
    }

    public override ProgrammeHealthFacts? Evolve(ProgrammeHealthFacts? snapshot, Guid id, IEvent e)
    {
        if (e.Data is not IProgrammeEvent data) return snapshot;
        var document = snapshot ?? new ProgrammeHealthFacts { Id = id, Facts = ProgrammeFacts.For(id) };
        document.Facts = document.Facts.Apply(e.Id, data);
        document.FactsVersion = e.Id;

        var registration = document.Facts.Registration;
        document.Name = registration?.Name ?? document.Name;
        document.OpdrachtgeverOrganisations = new[] { registration?.OpdrachtgeverOrganisation }
            .Concat(document.Facts.ActivePartners.Where(p => p.Role == PartnerRole.Opdrachtgever).Select(p => p.OrganisationName))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        document.OpdrachtgeverKeys = document.OpdrachtgeverOrganisations.Select(ProgrammeHealthFacts.Key).Distinct().ToList();
        return document;
    }
}
