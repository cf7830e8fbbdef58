using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Marten.Events.Projections;

namespace Governance.Projections.Programmes;

/// <summary>
/// Folds the programme stream and every decision stream of that programme into one overview document.
/// Decisions live in their own streams (docs/adr/0001), so this is a multi-stream projection keyed by programme.
/// </summary>
public partial class ProgrammeOverviewProjection : MultiStreamProjection<ProgrammeOverview, Guid>
{
    public ProgrammeOverviewProjection()
    {
        Identity<ProgrammeRegistered>(e => e.ProgrammeId);
        Identity<ProgrammePhaseChanged>(e => e.ProgrammeId);
        Identity<OpgaveFormulated>(e => e.ProgrammeId);
        Identity<ProgrammeFormJustified>(e => e.ProgrammeId);
        Identity<FocusLevelChosen>(e => e.ProgrammeId);
        Identity<ProgrammeExtended>(e => e.ProgrammeId);
        Identity<PlannedEndDateRecorded>(e => e.ProgrammeId);
        Identity<BorgingPlanRecorded>(e => e.ProgrammeId);
        Identity<ContinuationDecided>(e => e.ProgrammeId);
        Identity<ProgrammeEnded>(e => e.ProgrammeId);
        Identity<ReflectionCadenceSet>(e => e.ProgrammeId);
        Identity<PartnerJoined>(e => e.ProgrammeId);
        Identity<PartnerLeft>(e => e.ProgrammeId);
        Identity<DecisionLogged>(e => e.ProgrammeId);
        Identity<DecisionTaken>(e => e.ProgrammeId);
        Identity<DecisionRevised>(e => e.ProgrammeId);
        Identity<DecisionSuperseded>(e => e.ProgrammeId);
        Identity<DecisionWithdrawn>(e => e.ProgrammeId);
    }

    public void Apply(ProgrammeOverview view, ProgrammeRegistered e)
    {
        view.Id = e.ProgrammeId;
        view.Name = e.Name;
        view.Opgave = e.Opgave;
        view.OpdrachtgeverOrganisation = e.OpdrachtgeverOrganisation;
        view.StartDate = e.StartDate;
        view.PlannedEndDate = e.PlannedEndDate;
        view.Phase = ProgrammePhase.Verkenning;
        view.PhaseSince = e.StartDate;
        view.RegisteredAt = e.RecordedAt;
    }

    public void Apply(ProgrammeOverview view, ProgrammePhaseChanged e)
    {
        view.Phase = e.Phase;
        view.PhaseSince = e.On;
    }

    public void Apply(ProgrammeOverview view, OpgaveFormulated e)
    {
        view.Opgave = e.Opgave;
        view.OpgaveFormulation = new OpgaveSummary(e.Opgave, e.Ambition, e.IntendedSocietalEffect, e.Kaders, e.Ruimte, e.RecordedAt);
    }

    public void Apply(ProgrammeOverview view, ProgrammeFormJustified e) =>
        view.Justification = new ProgrammeFormSummary(e.WhatExistingOrganisationsCannotDo, e.AlternativesConsidered, e.RecordedAt);

    public void Apply(ProgrammeOverview view, FocusLevelChosen e) => view.Focus = new FocusSummary(e.Level, e.Reason, e.RecordedAt);

    public void Apply(ProgrammeOverview view, ProgrammeExtended e)
    {
        view.PlannedEndDate = e.NewPlannedEndDate;
        view.Extensions.Add(new ExtensionSummary(e.PreviousPlannedEndDate, e.NewPlannedEndDate, e.Reason, e.RecordedAt));
    }

    public void Apply(ProgrammeOverview view, PlannedEndDateRecorded e) => view.PlannedEndDate = e.PlannedEndDate;

    public void Apply(ProgrammeOverview view, BorgingPlanRecorded e) =>
        view.BorgingPlan = new BorgingPlanSummary(
            e.Items.Select(i => new BorgingItemSummary(i.Subject, i.OwnerPartnerId,
                view.Partners.Find(p => p.PartnerId == i.OwnerPartnerId)?.OrganisationName ?? "")).ToList(),
            e.RecordedAt);

    public void Apply(ProgrammeOverview view, ContinuationDecided e) =>
        view.Continuation = new ContinuationSummary(e.Choice, e.Rationale, e.DecidedOn);

    public void Apply(ProgrammeOverview view, ProgrammeEnded e)
    {
        view.Phase = ProgrammePhase.Beeindigd;
        view.PhaseSince = e.EndedOn;
        view.EndedOn = e.EndedOn;
        view.EndReason = e.Reason;
    }

    public void Apply(ProgrammeOverview view, ReflectionCadenceSet e) => view.ReflectionEveryWeeks = e.EveryWeeks;

    public void Apply(ProgrammeOverview view, PartnerJoined e) =>
        view.Partners.Add(new PartnerSummary(e.PartnerId, e.OrganisationName, e.Layer, e.Role, Active: true));

    public void Apply(ProgrammeOverview view, PartnerLeft e)
    {
        var index = view.Partners.FindIndex(p => p.PartnerId == e.PartnerId);
        if (index >= 0) view.Partners[index] = view.Partners[index] with { Active = false };
    }

    public void Apply(ProgrammeOverview view, DecisionLogged e) =>
        view.Decisions.Add(new DecisionSummary(e.DecisionId, e.Title, e.DecidedBy.IsKnown() ? e.DecidedBy.Name : null, e.DecidedOn, e.Status, e.RecordedAt));

    public void Apply(ProgrammeOverview view, DecisionTaken e) => MoveStatus(view, e.DecisionId, e);
    public void Apply(ProgrammeOverview view, DecisionRevised e) => MoveStatus(view, e.DecisionId, e);
    public void Apply(ProgrammeOverview view, DecisionSuperseded e) => MoveStatus(view, e.DecisionId, e);
    public void Apply(ProgrammeOverview view, DecisionWithdrawn e) => MoveStatus(view, e.DecisionId, e);

    private static void MoveStatus(ProgrammeOverview view, Guid decisionId, object e)
    {
        var index = view.Decisions.FindIndex(d => d.DecisionId == decisionId);
        if (index >= 0) view.Decisions[index] = view.Decisions[index] with { Status = Decision.StatusAfter(view.Decisions[index].Status, e) };
    }
}
