using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Programmes;

/// <summary>
/// The programme's lifecycle: phase, opgave, why a programme, focus, extension, borging, stop-or-continue, end and
/// reflection cadence. Each answers 200 with the programme stream's new version as ETag (send it back as If-Match);
/// 400 for bad input, 404 for an unknown programme, 409 when a rule forbids it (e.g. <c>programme.ended</c>).
/// </summary>
[Tags("Programma's")]
[ProducesResponseType(StatusCodes.Status200OK)]
public static class ProgrammeLifecycleEndpoints
{
    /// <summary>Move the programme to a later phase (forward only; beëindigd only by ending it).</summary>
    [WolverinePost("/api/programmes/{programmeId}/phase", OperationId = "changePhase")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> ChangePhase(Guid programmeId, ChangePhase command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.ChangePhase.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Formulate or reformulate the opgave: opgave, ambition, intended societal effect, kaders, ruimte.</summary>
    [WolverinePost("/api/programmes/{programmeId}/opgave", OperationId = "formulateOpgave")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> FormulateOpgave(Guid programmeId, FormulateOpgave command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.FormulateOpgave.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Say why a programme: what existing organisations cannot do, and which alternatives were considered.</summary>
    [WolverinePost("/api/programmes/{programmeId}/justification", OperationId = "justifyProgrammeForm")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> Justify(Guid programmeId, JustifyProgrammeForm command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => JustifyProgrammeForm.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Choose the level the programme acts on (landelijk, regionaal, lokaal) and why.</summary>
    [WolverinePost("/api/programmes/{programmeId}/focus", OperationId = "chooseFocusLevel")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> ChooseFocus(Guid programmeId, ChooseFocusLevel command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => ChooseFocusLevel.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Move the planned end later; leave <c>newPlannedEndDate</c> out when the new end is not yet fixed.</summary>
    [WolverinePost("/api/programmes/{programmeId}/extension", OperationId = "extendProgramme")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> Extend(Guid programmeId, ExtendProgramme command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => ExtendProgramme.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>
    /// Fill in the planned end once it is known, for a programme registered without one (409
    /// <c>programme.planned-end-known</c> once it is known: move a known end with an extension).
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/planned-end", OperationId = "recordPlannedEndDate")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> RecordPlannedEnd(Guid programmeId, RecordPlannedEndDate command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteRecordPlannedEnd(programmeId, command, session, clock, expected, http.RequestAborted), _ => Results.Ok());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteRecordPlannedEnd(Guid programmeId, RecordPlannedEndDate command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => RecordPlannedEndDate.Decide(programme, command, clock.GetCurrentInstant()), ct);

    /// <summary>Record (or replace) the borging plan: subjects and the partner that owns each after the end.</summary>
    [WolverinePost("/api/programmes/{programmeId}/borging-plan", OperationId = "recordBorgingPlan")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> RecordBorgingPlan(Guid programmeId, RecordBorgingPlan command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.RecordBorgingPlan.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Decide to stop, continue, continue in another form, or hand over to the line.</summary>
    [WolverinePost("/api/programmes/{programmeId}/continuation", OperationId = "decideContinuation")]
    [RequiresRight(Right.DecideContinuation)]
    public static Task<IResult> DecideContinuation(Guid programmeId, DecideContinuation command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.DecideContinuation.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>End the programme; every later command on it is refused.</summary>
    [WolverinePost("/api/programmes/{programmeId}/end", OperationId = "endProgramme")]
    [RequiresRight(Right.DecideContinuation)]
    public static Task<IResult> End(Guid programmeId, EndProgramme command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => EndProgramme.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Set how often the programme means to reflect: every 1 to 52 weeks.</summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-cadence", OperationId = "setReflectionCadence")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> SetReflectionCadence(Guid programmeId, SetReflectionCadence command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.SetReflectionCadence.Decide(p, command, clock.GetCurrentInstant()));
}
