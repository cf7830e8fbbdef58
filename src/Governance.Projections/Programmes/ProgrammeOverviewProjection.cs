using Governance.Domain.Decisions;
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
        view.RegisteredAt = e.RegisteredAt;
    }

    public void Apply(ProgrammeOverview view, DecisionLogged e) =>
        view.Decisions.Add(new DecisionSummary(e.DecisionId, e.Title, e.DecidedBy, e.DecidedOn, e.LoggedAt));
}
