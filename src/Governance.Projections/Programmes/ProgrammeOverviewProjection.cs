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
        Identity<ProgrammeExtended>(e => e.ProgrammeId);
        Identity<ProgrammeEnded>(e => e.ProgrammeId);
        Identity<PartnerJoined>(e => e.ProgrammeId);
        Identity<PartnerLeft>(e => e.ProgrammeId);
        Identity<DecisionLogged>(e => e.ProgrammeId);
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
        view.RegisteredAt = e.RecordedAt;
    }

    public void Apply(ProgrammeOverview view, ProgrammePhaseChanged e) => view.Phase = e.Phase;
    public void Apply(ProgrammeOverview view, ProgrammeExtended e) => view.PlannedEndDate = e.NewPlannedEndDate;
    public void Apply(ProgrammeOverview view, ProgrammeEnded e) => view.Phase = ProgrammePhase.Beeindigd;

    public void Apply(ProgrammeOverview view, PartnerJoined e) =>
        view.Partners.Add(new PartnerSummary(e.PartnerId, e.OrganisationName, e.Layer, e.Role, Active: true));

    public void Apply(ProgrammeOverview view, PartnerLeft e)
    {
        var index = view.Partners.FindIndex(p => p.PartnerId == e.PartnerId);
        if (index >= 0) view.Partners[index] = view.Partners[index] with { Active = false };
    }

    public void Apply(ProgrammeOverview view, DecisionLogged e) =>
        view.Decisions.Add(new DecisionSummary(e.DecisionId, e.Title, e.DecidedBy.Name, e.DecidedOn, e.Status, e.RecordedAt));
}
