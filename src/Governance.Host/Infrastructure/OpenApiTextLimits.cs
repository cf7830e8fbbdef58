using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Directory;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Joint;
using Governance.Domain.Resources;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Governance.Host.Infrastructure;

/// <summary>
/// States in the OpenAPI document the length limit of each text field of a request body (<c>maxLength</c>), as the
/// domain's input checks enforce it (<see cref="TextLimits"/>, docs/domain-rules.md). The checks live in each
/// command's Decide, where the limit is an argument, so the document cannot read them; this table repeats them, and
/// the test that walks the request schemas (every_text_limit_is_documented_and_enforced) fails when the two part:
/// a documented limit that is not enforced, or an enforced limit that is not documented.
/// </summary>
public sealed class OpenApiTextLimits : IOpenApiSchemaTransformer
{
    private const int Short = TextLimits.Short;
    private const int Long = TextLimits.Long;

    public static readonly IReadOnlyDictionary<Type, IReadOnlyDictionary<string, int>> Limits = new Dictionary<Type, IReadOnlyDictionary<string, int>>
    {
        [typeof(RegisterProgramme)] = Fields(("name", Short), ("opdrachtgeverOrganisation", Short), ("opgave", Long)),
        [typeof(ChangePhase)] = Fields(("reason", Long)),
        [typeof(FormulateOpgave)] = Fields(("opgave", Long), ("ambition", Long), ("intendedSocietalEffect", Long), ("kaders", Long), ("ruimte", Long)),
        [typeof(JustifyProgrammeForm)] = Fields(("whatExistingOrganisationsCannotDo", Long), ("alternativesConsidered", Long)),
        [typeof(ChooseFocusLevel)] = Fields(("reason", Long)),
        [typeof(ExtendProgramme)] = Fields(("reason", Long)),
        [typeof(DecideContinuation)] = Fields(("rationale", Long)),
        [typeof(EndProgramme)] = Fields(("reason", Long)),
        [typeof(AddPartner)] = Fields(("organisationName", Short)),
        [typeof(RecordPartnerDeparture)] = Fields(("reason", Long)),
        [typeof(RecordPartnerInterest)] = Fields(("interest", Long), ("contribution", Long)),
        [typeof(NameRepresentative)] = Fields(("name", Short), ("function", Short)),
        [typeof(SetLearningGoal)] = Fields(("goal", Long)),
        [typeof(GrantMandate)] = Fields(("scope", Long)),
        [typeof(RevokeMandate)] = Fields(("reason", Long)),
        [typeof(EstablishGovernanceBody)] = Fields(("name", Short), ("purpose", Long)),
        [typeof(AgreeGroundRules)] = Fields(("atmosphere", Long), ("successFactors", Long), ("whenItFails", Long)),
        [typeof(RaiseTension)] = Fields(("subject", Short), ("description", Long), ("raisedBy", Short)),
        [typeof(DiscussTension)] = Fields(("where", Short)),
        [typeof(ResolveTension)] = Fields(("resolution", Long)),
        [typeof(EscalateTension)] = Fields(("escalatedTo", Short)),
        [typeof(AnswerEscalation)] = Fields(("answer", Long)),
        [typeof(RecordOpdrachtnemerStrain)] = Fields(("description", Long)),
        [typeof(FollowUpOpdrachtnemerStrain)] = Fields(("followUp", Long)),
        [typeof(RecordOpdrachtReconfirmation)] = Fields(("note", Long)),
        [typeof(WithdrawOpgaveEndorsement)] = Fields(("reason", Long)),
        [typeof(RecordOpgaveDissent)] = Fields(("reason", Long)),
        [typeof(ResolveOpgaveDissent)] = Fields(("how", Long)),
        [typeof(EstablishLivedExperienceArrangement)] = Fields(("name", Short), ("perspective", Short)),
        [typeof(EndLivedExperienceArrangement)] = Fields(("reason", Long)),
        [typeof(EstablishMeansInstrument)] = Fields(("name", Short)),
        [typeof(ContestMeansInstrument)] = Fields(("reason", Long)),
        [typeof(SettleMeansInstrumentDispute)] = Fields(("outcome", Long)),
        [typeof(RecordEffectMeasured)] = Fields(("whatWasMeasured", Short), ("finding", Long)),
        [typeof(RecordLessonsShared)] = Fields(("audience", Short), ("how", Long)),
        [typeof(RecordVitalityCheck)] = Fields(("summary", Long)),
        [typeof(CelebrateSuccess)] = Fields(("what", Long)),
        [typeof(RecordLivedExperience)] = Fields(("contributorPseudonym", 100), ("perspective", Short), ("where", Short)),
        [typeof(AddTeamMember)] = Fields(("name", Short), ("role", Short)),
        [typeof(LogDecision)] = Fields(("title", Short), ("context", Long), ("chosenOption", Long), ("rationale", Long), ("expectedEffect", Long)),
        [typeof(ReviseDecision)] = Fields(("chosenOption", Long), ("rationale", Long), ("reason", Long)),
        [typeof(ReviewDecision)] = Fields(("conclusion", Long)),
        [typeof(WithdrawDecision)] = Fields(("reason", Long)),
        [typeof(RecordPartnerPosition)] = Fields(("reasoning", Long)),
        [typeof(ScheduleReflectionSession)] = Fields(("title", Short), ("location", Long), ("facilitator", Short)),
        [typeof(RescheduleReflectionSession)] = Fields(("location", Long), ("reason", Long)),
        [typeof(CancelReflectionSession)] = Fields(("reason", Long)),
        [typeof(RecordReflectionSessionHeld)] = Fields(("outcomes", Long), ("confidentialNotes", Long)),
        [typeof(CaptureLesson)] = Fields(("lesson", Long)),
        [typeof(AgreeFollowUpAction)] = Fields(("action", Long), ("owner", Short)),
        [typeof(ChangeHealthThresholds)] = Fields(("reason", Long)),
        [typeof(RegisterOrganisation)] = Fields(("name", Short)),
        [typeof(RegisterPerson)] = Fields(("name", Short), ("email", Short)),
        [typeof(ChangePerson)] = Fields(("name", Short), ("email", Short)),
        [typeof(DeactivatePerson)] = Fields(("reason", Short)),
    };

    private static IReadOnlyDictionary<string, int> Fields(params (string Name, int MaxLength)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.MaxLength);

    /// <summary>
    /// Limits inside a body's lists, which Decide checks as one rule over the list (a 400 naming the list):
    /// how many items (<c>maxItems</c>) and, for a list of texts, how long each may be.
    /// </summary>
    public static readonly IReadOnlyDictionary<Type, IReadOnlyDictionary<string, (int MaxItems, int? ItemMaxLength)>> ListLimits =
        new Dictionary<Type, IReadOnlyDictionary<string, (int, int?)>>
        {
            [typeof(LogDecision)] = new Dictionary<string, (int, int?)> { ["options"] = (LogDecision.MaxOptions, null) },
            [typeof(ScheduleReflectionSession)] = new Dictionary<string, (int, int?)>
            {
                ["invitees"] = (ScheduleReflectionSession.MaxInvitees, Short), ["inviteePersonIds"] = (ScheduleReflectionSession.MaxInvitees, null),
            },
            [typeof(ScheduleJointReflectionSession)] = new Dictionary<string, (int, int?)>
            {
                ["invitees"] = (ScheduleReflectionSession.MaxInvitees, Short), ["inviteePersonIds"] = (ScheduleReflectionSession.MaxInvitees, null),
            },
        };

    /// <summary>An option of a decision (<c>options[].name</c>, pros, cons), checked by LogDecision.Decide.</summary>
    private static readonly IReadOnlyDictionary<string, int> OptionLimits = Fields(("name", Short), ("pros", Long), ("cons", Long));

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is null) return Task.CompletedTask;
        if (type == typeof(DecisionOption))
            foreach (var (name, maxLength) in OptionLimits)
                if (schema.Properties.TryGetValue(name, out var property) && property is OpenApiSchema text)
                    text.MaxLength = maxLength;
        if (ListLimits.TryGetValue(type, out var lists))
            foreach (var (name, (maxItems, itemMaxLength)) in lists)
                if (schema.Properties.TryGetValue(name, out var property) && property is OpenApiSchema list)
                {
                    list.MaxItems = maxItems;
                    if (itemMaxLength is { } length && list.Items is OpenApiSchema item) item.MaxLength = length;
                }
        if (!Limits.TryGetValue(type, out var limits)) return Task.CompletedTask;
        foreach (var (name, maxLength) in limits)
            if (schema.Properties.TryGetValue(name, out var property) && property is OpenApiSchema text)
                text.MaxLength = maxLength;
        return Task.CompletedTask;
    }
}
