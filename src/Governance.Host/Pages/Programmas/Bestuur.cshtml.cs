using Governance.Domain.Access;
using Governance.Domain.Care;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Host.Access;
using Governance.Host.Care;
using Governance.Host.Infrastructure;
using Governance.Host.Partners;
using Governance.Host.Programmes;
using Governance.Host.Resources;
using Governance.Domain.Resources;
using Governance.Projections.Resources;
using Governance.Host.Web;
using Governance.Projections.Care;
using Governance.Projections.Partners;
using Governance.Projections.Programmes;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Programmas;

/// <summary>
/// "Bestuurlijke gebeurtenissen": the moments that decide how a programme is governed, recorded by the opdrachtgever,
/// the programme director or a delegate (who all hold ManageProgramme, ManagePartners and ManageTensions): whether the
/// opdracht was reconfirmed with new representatives, an escalation to the opdrachtgevers or a named person and its
/// answer, strain on the opdrachtnemer with the opdrachtgever's follow-up, means instruments (established, contested,
/// settled), whether partners share the opgave (endorsed, endorsement withdrawn, dissent and its resolution: only for
/// those who may record for partners), a standing lived-experience group (only for those who may record lived experience), and at the end the
/// effect measured and lessons shared. Each form calls the use case beside its API endpoint (<c>Execute…</c>).
/// </summary>
[RequiresRight(Right.ManageProgramme)]
public sealed class BestuurModel(IDocumentSession session, IClock clock) : PageModel
{
    public Guid ProgrammeId { get; private set; }
    public ProgrammeOverview Programme { get; private set; } = null!;
    public TensionsAndCare Care { get; private set; } = null!;
    public ProgrammeResources Resources { get; private set; } = null!;
    public PartnerRegister Register { get; private set; } = null!;
    public string? Posted { get; private set; }
    public CommandAnswer? Answer { get; private set; }

    [BindProperty] public Guid? ReconfirmPartnerId { get; set; }
    [BindProperty] public bool? Reconfirmed { get; set; }
    [BindProperty] public string? ReconfirmOn { get; set; }
    [BindProperty] public string? ReconfirmNote { get; set; }

    [BindProperty] public Guid? EscalateTensionId { get; set; }
    [BindProperty] public string? EscalatedTo { get; set; }
    [BindProperty] public string? EscalatedOn { get; set; }

    [BindProperty] public Guid? AnswerTensionId { get; set; }
    [BindProperty] public string? EscalationAnswer { get; set; }
    [BindProperty] public string? AnsweredOn { get; set; }

    [BindProperty] public OpdrachtnemerStrain? StrainKind { get; set; }
    [BindProperty] public string? StrainDescription { get; set; }
    [BindProperty] public string? StrainOn { get; set; }

    [BindProperty] public Guid? FollowUpStrainId { get; set; }
    [BindProperty] public string? FollowUp { get; set; }
    [BindProperty] public string? FollowUpOn { get; set; }

    [BindProperty] public string? InstrumentName { get; set; }
    [BindProperty] public MeansInstrumentKind? InstrumentKind { get; set; }
    [BindProperty] public string? EstablishedOn { get; set; }

    [BindProperty] public Guid? ContestInstrumentId { get; set; }
    [BindProperty] public Guid? ContestPartnerId { get; set; }
    [BindProperty] public string? ContestReason { get; set; }
    [BindProperty] public string? ContestedOn { get; set; }

    [BindProperty] public Guid? SettleInstrumentId { get; set; }
    [BindProperty] public string? SettleOutcome { get; set; }
    [BindProperty] public string? SettledOn { get; set; }

    [BindProperty] public string? GroupName { get; set; }
    [BindProperty] public string? GroupPerspective { get; set; }
    [BindProperty] public string? GroupEstablishedOn { get; set; }

    [BindProperty] public Guid? EndGroupId { get; set; }
    [BindProperty] public string? EndGroupReason { get; set; }
    [BindProperty] public string? GroupEndedOn { get; set; }

    [BindProperty] public Guid? EndorsePartnerId { get; set; }
    [BindProperty] public string? EndorsedOn { get; set; }

    [BindProperty] public Guid? WithdrawPartnerId { get; set; }
    [BindProperty] public string? WithdrawReason { get; set; }
    [BindProperty] public string? WithdrawnOn { get; set; }

    [BindProperty] public Guid? DissentPartnerId { get; set; }
    [BindProperty] public string? DissentReason { get; set; }
    [BindProperty] public string? DissentOn { get; set; }

    [BindProperty] public Guid? ResolvePartnerId { get; set; }
    [BindProperty] public string? ResolvedHow { get; set; }
    [BindProperty] public string? ResolvedOn { get; set; }

    /// <summary>Whether the person may record a partner's stance on the opgave (RecordOwnOrganisation: the delegate may not).</summary>
    public bool CanRecordStance { get; private set; }

    /// <summary>Whether the person may record lived experience (RecordLivedExperience: not every role of this page has it).</summary>
    public bool CanRecordLivedExperience { get; private set; }

    [BindProperty] public string? WhatWasMeasured { get; set; }
    [BindProperty] public string? Finding { get; set; }
    [BindProperty] public string? MeasuredOn { get; set; }

    /// <summary>The planned end, filled in once known for a programme registered without one.</summary>
    [BindProperty] public string? PlannedEndOn { get; set; }

    [BindProperty] public string? Audience { get; set; }
    [BindProperty] public string? HowShared { get; set; }
    [BindProperty] public string? SharedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, CancellationToken ct) =>
        await Load(programmeId, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostHerbevestigingAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "herbevestiging", ReconfirmPartnerId, "partnerId", "Kies de partner.",
            errors => new RecordOpdrachtReconfirmation(Reconfirmed, Date(ReconfirmOn, "on", errors), ReconfirmNote),
            (partnerId, command) => RecordOpdrachtReconfirmationEndpoint.ExecuteRecord(programmeId, partnerId, command, session, clock, null, ct),
            "Vastgelegd of de opdracht opnieuw is bevestigd.", ct);

    public Task<IActionResult> OnPostOpschalenAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "opschalen", EscalateTensionId, "tensionId", "Kies de spanning.",
            errors => new EscalateTension(null, Date(EscalatedOn, "escalatedOn", errors), EscalatedTo ?? ""),
            (tensionId, command) => EscalateTensionEndpoint.ExecuteEscalate(programmeId, tensionId, command, session, clock, null, ct),
            "De opschaling is vastgelegd.", ct);

    public Task<IActionResult> OnPostAntwoordAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "antwoord", AnswerTensionId, "tensionId", "Kies de opgeschaalde spanning.",
            errors => new AnswerEscalation(EscalationAnswer ?? "", Date(AnsweredOn, "answeredOn", errors)),
            (tensionId, command) => AnswerEscalationEndpoint.ExecuteAnswer(programmeId, tensionId, command, session, clock, null, ct),
            "Het antwoord op de opschaling is vastgelegd.", ct);

    public Task<IActionResult> OnPostDrukAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "druk", Guid.Empty, "", "",
            errors => new RecordOpdrachtnemerStrain(StrainKind, StrainDescription ?? "", Date(StrainOn, "on", errors)),
            (_, command) => RecordOpdrachtnemerStrainEndpoint.ExecuteRecord(programmeId, command, session, clock, null, ct),
            "De druk op de opdrachtnemer is vastgelegd.", ct);

    public Task<IActionResult> OnPostOpvolgingAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "opvolging", FollowUpStrainId, "strainId", "Kies wat wordt opgevolgd.",
            errors => new FollowUpOpdrachtnemerStrain(FollowUp ?? "", Date(FollowUpOn, "on", errors)),
            (strainId, command) => FollowUpOpdrachtnemerStrainEndpoint.ExecuteFollowUp(programmeId, strainId, command, session, clock, null, ct),
            "De opvolging is vastgelegd.", ct);

    public Task<IActionResult> OnPostMiddelAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "middel", Guid.Empty, "", "",
            errors => new EstablishMeansInstrument(InstrumentName ?? "", InstrumentKind, Date(EstablishedOn, "establishedOn", errors)),
            (_, command) => MeansInstrumentEndpoints.ExecuteEstablish(programmeId, command, session, clock, null, ct),
            "Het middel is vastgelegd.", ct);

    public Task<IActionResult> OnPostBetwistAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "betwist", ContestInstrumentId, "instrumentId", "Kies het middel.",
            errors => new ContestMeansInstrument(ContestPartnerId, ContestReason ?? "", Date(ContestedOn, "contestedOn", errors)),
            (instrumentId, command) => MeansInstrumentEndpoints.ExecuteContest(programmeId, instrumentId, command, session, clock, null, ct),
            "De betwisting van het middel is vastgelegd.", ct);

    public Task<IActionResult> OnPostBeslechtAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "beslecht", SettleInstrumentId, "instrumentId", "Kies het middel.",
            errors => new SettleMeansInstrumentDispute(SettleOutcome ?? "", Date(SettledOn, "settledOn", errors)),
            (instrumentId, command) => MeansInstrumentEndpoints.ExecuteSettle(programmeId, instrumentId, command, session, clock, null, ct),
            "Vastgelegd hoe de betwisting is beslecht.", ct);

    public Task<IActionResult> OnPostEffectAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "effect", Guid.Empty, "", "",
            errors => new RecordEffectMeasured(WhatWasMeasured ?? "", Finding ?? "", Date(MeasuredOn, "measuredOn", errors)),
            (_, command) => EffectAndLessonsEndpoints.ExecuteMeasured(programmeId, command, session, clock, null, ct),
            "De effectmeting is vastgelegd.", ct);

    public Task<IActionResult> OnPostEinddatumAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "einddatum", Guid.Empty, "", "",
            errors => new RecordPlannedEndDate(Date(PlannedEndOn, "plannedEndDate", errors)),
            (_, command) => ProgrammeLifecycleEndpoints.ExecuteRecordPlannedEnd(programmeId, command, session, clock, null, ct),
            "De geplande einddatum is vastgelegd.", ct);

    public Task<IActionResult> OnPostLessenAsync(Guid programmeId, CancellationToken ct) =>
        Run(programmeId, "lessen", Guid.Empty, "", "",
            errors => new RecordLessonsShared(Audience ?? "", HowShared ?? "", Date(SharedOn, "sharedOn", errors)),
            (_, command) => EffectAndLessonsEndpoints.ExecuteShared(programmeId, command, session, clock, null, ct),
            "Vastgelegd met wie de lessen zijn gedeeld.", ct);

    public async Task<IActionResult> OnPostOnderschrijvenAsync(Guid programmeId, CancellationToken ct) =>
        !await Can(programmeId, Right.RecordOwnOrganisation) ? Forbid()
        : await Run(programmeId, "onderschrijven", EndorsePartnerId, "partnerId", "Kies de partner.",
            errors => new EndorseOpgave(Date(EndorsedOn, "endorsedOn", errors)),
            (partnerId, command) => PartnerEndpoints.ExecuteEndorse(programmeId, partnerId, command, session, clock, null, ct),
            "Vastgelegd dat de partner de opgave onderschrijft.", ct);

    public async Task<IActionResult> OnPostIntrekkenAsync(Guid programmeId, CancellationToken ct) =>
        !await Can(programmeId, Right.RecordOwnOrganisation) ? Forbid()
        : await Run(programmeId, "intrekken", WithdrawPartnerId, "partnerId", "Kies de partner.",
            errors => new WithdrawOpgaveEndorsement(Date(WithdrawnOn, "withdrawnOn", errors), WithdrawReason),
            (partnerId, command) => OpgaveStanceEndpoints.ExecuteWithdraw(programmeId, partnerId, command, session, clock, null, ct),
            "Vastgelegd dat de partner de onderschrijving heeft ingetrokken.", ct);

    public async Task<IActionResult> OnPostOnenigheidAsync(Guid programmeId, CancellationToken ct) =>
        !await Can(programmeId, Right.RecordOwnOrganisation) ? Forbid()
        : await Run(programmeId, "onenigheid", DissentPartnerId, "partnerId", "Kies de partner.",
            errors => new RecordOpgaveDissent(Date(DissentOn, "on", errors), DissentReason),
            (partnerId, command) => OpgaveStanceEndpoints.ExecuteDissent(programmeId, partnerId, command, session, clock, null, ct),
            "De onenigheid over de opgave is vastgelegd.", ct);

    public async Task<IActionResult> OnPostOpgelostAsync(Guid programmeId, CancellationToken ct) =>
        !await Can(programmeId, Right.RecordOwnOrganisation) ? Forbid()
        : await Run(programmeId, "opgelost", ResolvePartnerId, "partnerId", "Kies de partner.",
            errors => new ResolveOpgaveDissent(Date(ResolvedOn, "on", errors), ResolvedHow),
            (partnerId, command) => OpgaveStanceEndpoints.ExecuteResolve(programmeId, partnerId, command, session, clock, null, ct),
            "Vastgelegd hoe de onenigheid is opgelost.", ct);

    /// <summary>Partners whose endorsement of the opgave stands: it can be withdrawn.</summary>
    public IEnumerable<PartnerEntry> EndorsingPartners => Register.Partners.Where(p => p.Active && p.EndorsedOn is not null);

    /// <summary>Partners with an open dissent on the opgave, or a withdrawn endorsement not renewed: shown with their reason.</summary>
    public IEnumerable<PartnerEntry> PartnersNotSharing => Register.Partners.Where(p => p.Active && (p.OpenDissent is not null || p.EndorsementWithdrawn is not null));

    public IEnumerable<PartnerEntry> DissentingPartners => Register.Partners.Where(p => p.Active && p.OpenDissent is not null);

    public async Task<IActionResult> OnPostGroepAsync(Guid programmeId, CancellationToken ct) =>
        !await Can(programmeId, Right.RecordLivedExperience) ? Forbid()
        : await Run(programmeId, "groep", Guid.Empty, "", "",
            errors => new EstablishLivedExperienceArrangement(GroupName ?? "", GroupPerspective ?? "", Date(GroupEstablishedOn, "establishedOn", errors)),
            (_, command) => LivedExperienceArrangementEndpoints.ExecuteEstablish(programmeId, command, session, clock, null, ct),
            "De groep is vastgelegd.", ct);

    public async Task<IActionResult> OnPostGroepEindeAsync(Guid programmeId, CancellationToken ct) =>
        !await Can(programmeId, Right.RecordLivedExperience) ? Forbid()
        : await Run(programmeId, "groep-einde", EndGroupId, "arrangementId", "Kies de groep.",
            errors => new EndLivedExperienceArrangement(EndGroupReason ?? "", Date(GroupEndedOn, "endedOn", errors)),
            (arrangementId, command) => LivedExperienceArrangementEndpoints.ExecuteEnd(programmeId, arrangementId, command, session, clock, null, ct),
            "Het einde van de groep is vastgelegd.", ct);

    public IEnumerable<ArrangementView> StandingArrangements => Care.Arrangements.Where(a => a.EndedOn is null);

    private async Task<bool> Can(Guid programmeId, Right right) =>
        User.PersonIdOf() is { } person
        && await ProgrammeRightHandler.MembershipOf(HttpContext, programmeId, person) is { } member
        && Rights.Allows(member.Role, right);

    public string? ErrorOf(string form, string field) => Posted == form ? Answer?.ErrorOf(field) : null;

    /// <summary>Where each form's fields are on this page: the API's field name → the input's id.</summary>
    public IReadOnlyDictionary<string, string> FieldIdsOf(string form) => form switch
    {
        "herbevestiging" => new Dictionary<string, string> { ["partnerId"] = "reconfirmPartnerId", ["reconfirmed"] = "herbevestigd-ja", ["on"] = "reconfirmOn", ["note"] = "reconfirmNote" },
        "opschalen" => new Dictionary<string, string> { ["tensionId"] = "escalateTensionId", ["bodyId"] = "escalatedTo", ["escalatedTo"] = "escalatedTo", ["escalatedOn"] = "escalatedOn" },
        "antwoord" => new Dictionary<string, string> { ["tensionId"] = "answerTensionId", ["answer"] = "escalationAnswer", ["answeredOn"] = "answeredOn" },
        "druk" => new Dictionary<string, string> { ["kind"] = "druk-DirectorThreatenedToResign", ["description"] = "strainDescription", ["on"] = "strainOn" },
        "opvolging" => new Dictionary<string, string> { ["strainId"] = "followUpStrainId", ["followUp"] = "followUp", ["on"] = "followUpOn" },
        "middel" => new Dictionary<string, string> { ["name"] = "instrumentName", ["kind"] = "middel-Subsidieregeling", ["establishedOn"] = "establishedOn" },
        "betwist" => new Dictionary<string, string> { ["instrumentId"] = "contestInstrumentId", ["partnerId"] = "contestPartnerId", ["reason"] = "contestReason", ["contestedOn"] = "contestedOn" },
        "beslecht" => new Dictionary<string, string> { ["instrumentId"] = "settleInstrumentId", ["outcome"] = "settleOutcome", ["settledOn"] = "settledOn" },
        "groep" => new Dictionary<string, string> { ["name"] = "groupName", ["perspective"] = "groupPerspective", ["establishedOn"] = "groupEstablishedOn" },
        "groep-einde" => new Dictionary<string, string> { ["arrangementId"] = "endGroupId", ["reason"] = "endGroupReason", ["endedOn"] = "groupEndedOn" },
        "onderschrijven" => new Dictionary<string, string> { ["partnerId"] = "endorsePartnerId", ["endorsedOn"] = "endorsedOn" },
        "intrekken" => new Dictionary<string, string> { ["partnerId"] = "withdrawPartnerId", ["reason"] = "withdrawReason", ["withdrawnOn"] = "withdrawnOn" },
        "onenigheid" => new Dictionary<string, string> { ["partnerId"] = "dissentPartnerId", ["reason"] = "dissentReason", ["on"] = "dissentOn" },
        "opgelost" => new Dictionary<string, string> { ["partnerId"] = "resolvePartnerId", ["how"] = "resolvedHow", ["on"] = "resolvedOn" },
        "effect" => new Dictionary<string, string> { ["whatWasMeasured"] = "whatWasMeasured", ["finding"] = "finding", ["measuredOn"] = "measuredOn" },
        "lessen" => new Dictionary<string, string> { ["audience"] = "audience", ["how"] = "howShared", ["sharedOn"] = "sharedOn" },
        "einddatum" => new Dictionary<string, string> { ["plannedEndDate"] = "plannedEndOn" },
        _ => new Dictionary<string, string>(),
    };

    /// <summary>Partners that take part, by name: whose opdracht can be (re)confirmed.</summary>
    public IEnumerable<PartnerSummary> ActivePartners =>
        Programme.Partners.Where(p => p.Active).OrderBy(p => p.OrganisationName, StringComparer.Create(Dutch.Culture, true));

    /// <summary>Tensions that are not resolved: they can be escalated (again).</summary>
    public IEnumerable<TensionView> UnresolvedTensions => Care.Tensions.Where(t => t.Status != TensionStatus.Resolved);

    /// <summary>Tensions whose escalation waits for an answer.</summary>
    public IEnumerable<TensionView> WaitingEscalations => Care.Tensions.Where(t => t.Status == TensionStatus.Escalated);

    public IEnumerable<StrainView> StrainsToFollowUp => Care.Strains.Where(s => s.FollowedUpOn is null);

    public IEnumerable<InstrumentView> ContestedInstruments => Resources.Instruments.Where(i => i.ContestedBy is not null);

    private async Task<IActionResult> Run<TCommand>(Guid programmeId, string form, Guid? target, string targetField, string targetMessage,
        Func<Dictionary<string, string>, TCommand> command, Func<Guid, TCommand, Task<Handled>> useCase, string saved, CancellationToken ct)
    {
        if (!await Load(programmeId, ct)) return NotFound();
        Posted = form;
        var errors = new Dictionary<string, string>();
        if (target is null) errors[targetField] = targetMessage;
        var built = command(errors);
        if (errors.Count > 0)
        {
            // A missing choice or a date in another form is this page's own message: nothing is carried out.
            Answer = new CommandAnswer(false, null, errors, "Het formulier bevat fouten; pas de gemarkeerde velden aan.");
            return Page();
        }
        Answer = await PageCommands.Run(session, () => useCase(target!.Value, built), ct);
        if (!Answer.Accepted) return Page();
        Saved.Tell(TempData, saved);
        return Redirect($"/programmas/{programmeId}/bestuur");
    }

    private static LocalDate? Date(string? value, string field, Dictionary<string, string> errors)
    {
        if (IsoDate.TryRead(value, out var date)) return date;
        errors[field] = IsoDate.Message;
        return null;
    }

    private async Task<bool> Load(Guid programmeId, CancellationToken ct)
    {
        ProgrammeId = programmeId;
        var programme = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        if (programme is null) return false;
        Programme = programme;
        Care = await session.LoadAsync<TensionsAndCare>(programmeId, ct) ?? new TensionsAndCare { Id = programmeId };
        Resources = await session.LoadAsync<ProgrammeResources>(programmeId, ct) ?? new ProgrammeResources { Id = programmeId };
        Register = await session.LoadAsync<PartnerRegister>(programmeId, ct) ?? new PartnerRegister { Id = programmeId };
        CanRecordLivedExperience = await Can(programmeId, Right.RecordLivedExperience);
        CanRecordStance = await Can(programmeId, Right.RecordOwnOrganisation);
        return true;
    }
}
