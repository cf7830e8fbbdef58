using Governance.Domain.Access;
using Governance.Domain.Programmes;
using Governance.Host.Access;
using Governance.Host.Audit;
using Governance.Host.Web;
using Governance.Projections.Audit;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Programmas;

/// <summary>
/// One programme: opgave, phase, partners and their roles, bodies and a timeline of what happened — now or as it
/// stood at the end of a chosen day (the programme's own stream folded up to then).
/// </summary>
[RequiresRight(Right.ReadProgramme)]
public sealed class ProgrammaModel(IQuerySession session, IClock clock) : PageModel
{
    public Guid ProgrammeId { get; private set; }
    public AsOfForm AsOf { get; private set; } = null!;
    /// <summary>Null when the programme did not exist yet on the chosen date.</summary>
    public Programme? Programme { get; private set; }
    public string OpdrachtgeverOrganisation { get; private set; } = "";
    public string Opgave { get; private set; } = "";
    public OpgaveFormulated? Formulation { get; private set; }
    /// <summary>One page of the timeline: whole months, newest first, repeats grouped (<see cref="Web.Timeline"/>).</summary>
    public PageOfRows<IReadOnlyList<TimelineMonth>> Timeline { get; private set; } = null!;
    /// <summary>The phase as recorded, and since when (the last phase change, or the registration).</summary>
    public LocalDate? PhaseSince { get; private set; }
    /// <summary>The planned end has passed while no end was recorded: said as such, never as "bijna ten einde".</summary>
    public bool PlannedEndPassed { get; private set; }
    /// <summary>Whether stopping or continuing was decided (rec. 10), as of the date shown.</summary>
    public bool ContinuationDecided { get; private set; }
    /// <summary>Whether the person may record governance events (opdracht reconfirmed, escalation, strain): the link to that page.</summary>
    public bool CanRecordGovernance { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, string? opDatum, CancellationToken ct)
    {
        ProgrammeId = programmeId;
        AsOf = AsOfForm.Read(opDatum, clock.GetCurrentInstant());
        var events = (await session.EventsUpTo(programmeId, AsOf.Moment, ct)).Select(e => e.Data).ToList();
        if (events.Count == 0 && !AsOf.IsPast) return NotFound();

        if (events.FirstOrDefault() is ProgrammeRegistered registered)
        {
            Programme = Programme.From(events);
            OpdrachtgeverOrganisation = registered.OpdrachtgeverOrganisation;
            Formulation = events.OfType<OpgaveFormulated>().LastOrDefault();
            Opgave = Formulation?.Opgave ?? registered.Opgave;
            // As the overview's PhaseSince, but as of the moment shown: the end, the last phase change, or the start.
            PhaseSince = events.OfType<ProgrammeEnded>().LastOrDefault()?.EndedOn
                ?? events.OfType<ProgrammePhaseChanged>().LastOrDefault()?.On ?? registered.StartDate;
            PlannedEndPassed = !Programme.Ended && Programme.PlannedEndDate < AsOf.Date;
            ContinuationDecided = events.OfType<ContinuationDecided>().Any();
        }
        CanRecordGovernance = User.PersonIdOf() is { } person
            && await ProgrammeRightHandler.MembershipOf(HttpContext, programmeId, person) is { } member
            && Rights.Allows(member.Role, Right.ManageProgramme);
        // Newest first: what happened most recently is what a reader looks for.
        var trail = (await GetAuditTrail.All(new AuditSelection(programmeId, Until: AsOf.Moment), session, ct)).Reverse();
        Timeline = PageOfRows.Of(Web.Timeline.Pages(trail), 1, Request, "tijdlijn", "tijdlijn");
        var shown = Timeline.Rows.SelectMany(page => page).SelectMany(month => month.Lines).SelectMany(line => line.Entries).ToList();
        await AuditSubjects.NameAsync(session, programmeId, shown, ct);
        return Page();
    }
}
