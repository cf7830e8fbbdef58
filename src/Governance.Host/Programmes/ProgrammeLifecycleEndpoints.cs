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
    /// <summary>
    /// Zet het programma in een latere fase (alleen vooruit; beëindigd alleen door het programma te beëindigen).
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/phase", OperationId = "changePhase")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> ChangePhase(Guid programmeId, ChangePhase command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.ChangePhase.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>
    /// Formuleer de opgave (opnieuw): opgave, ambitie, beoogd maatschappelijk effect, kaders en ruimte.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/opgave", OperationId = "formulateOpgave")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> FormulateOpgave(Guid programmeId, FormulateOpgave command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.FormulateOpgave.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>
    /// Leg uit waarom een programma nodig is: wat bestaande organisaties niet kunnen, en welke alternatieven zijn
    /// overwogen.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/justification", OperationId = "justifyProgrammeForm")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> Justify(Guid programmeId, JustifyProgrammeForm command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => JustifyProgrammeForm.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Kies het niveau waarop het programma werkt (landelijk, regionaal, lokaal), en waarom.</summary>
    [WolverinePost("/api/programmes/{programmeId}/focus", OperationId = "chooseFocusLevel")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> ChooseFocus(Guid programmeId, ChooseFocusLevel command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => ChooseFocusLevel.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Verleng het programma: de geplande einddatum komt later. Laat <c>newPlannedEndDate</c> weg als het nieuwe einde nog niet vaststaat.</summary>
    [WolverinePost("/api/programmes/{programmeId}/extension", OperationId = "extendProgramme")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> Extend(Guid programmeId, ExtendProgramme command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => ExtendProgramme.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>
    /// Vul de geplande einddatum in zodra die bekend is, voor een programma dat zonder einddatum is geregistreerd (409
    /// <c>programme.planned-end-known</c> als het einde al bekend is: verschuif een bekend einde met een verlenging).
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/planned-end", OperationId = "recordPlannedEndDate")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> RecordPlannedEnd(Guid programmeId, RecordPlannedEndDate command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteRecordPlannedEnd(programmeId, command, session, clock, expected, http.RequestAborted), _ => Results.Ok());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteRecordPlannedEnd(Guid programmeId, RecordPlannedEndDate command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => RecordPlannedEndDate.Decide(programme, command, clock.GetCurrentInstant()), ct);

    /// <summary>
    /// Leg het borgingsplan vast (of vervang het): de onderwerpen en de partner die elk onderwerp na het einde
    /// overneemt.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/borging-plan", OperationId = "recordBorgingPlan")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> RecordBorgingPlan(Guid programmeId, RecordBorgingPlan command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.RecordBorgingPlan.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>
    /// Besluit over het vervolg: stoppen, doorgaan, in een andere vorm doorgaan of overdragen aan de lijn.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/continuation", OperationId = "decideContinuation")]
    [RequiresRight(Right.DecideContinuation)]
    public static Task<IResult> DecideContinuation(Guid programmeId, DecideContinuation command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.DecideContinuation.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Beëindig het programma; elke latere opdracht voor het programma wordt geweigerd.</summary>
    [WolverinePost("/api/programmes/{programmeId}/end", OperationId = "endProgramme")]
    [RequiresRight(Right.DecideContinuation)]
    public static Task<IResult> End(Guid programmeId, EndProgramme command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => EndProgramme.Decide(p, command, clock.GetCurrentInstant()));

    /// <summary>Stel in hoe vaak het programma wil reflecteren: elke 1 tot 52 weken.</summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-cadence", OperationId = "setReflectionCadence")]
    [RequiresRight(Right.ManageProgramme)]
    public static Task<IResult> SetReflectionCadence(Guid programmeId, SetReflectionCadence command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => Domain.Programmes.SetReflectionCadence.Decide(p, command, clock.GetCurrentInstant()));
}
