using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Governance.Projections.Access;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Decisions;

public static class LogDecisionEndpoint
{
    /// <summary>
    /// Leg een besluit vast in de besluitenlijst van een programma. <c>responsiblePersonId</c> (niet verplicht) noemt
    /// de programmadirecteur of gedelegeerde die verantwoordelijk is: die krijgt op de evaluatiedatum het verzoek om
    /// het besluit te evalueren. Antwoordt 201 met het id van het besluit.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/decisions", OperationId = "logDecision")]
    [Tags("Besluiten")]
    [RequiresRight(Right.LogDecisions)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(Guid programmeId, LogDecision command, IDocumentSession session, IClock clock, HttpContext http) =>
        (await Execute(programmeId, command, session, clock, http.RequestAborted))
            .ToHttpCreated(http, id => $"/api/programmes/{programmeId}/decisions/{id}");

    /// <summary>The use case, for the API above and the page alike.</summary>
    public static async Task<Handled> Execute(Guid programmeId, LogDecision command, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        var programme = await session.ProgrammeState(programmeId, ct);
        if (programme is null) return Handled.NotFound("Programma", programmeId);

        PersonRef? responsible = null;
        if (command.ResponsiblePersonId is { } responsibleId)
        {
            var member = (await session.LoadAsync<ProgrammeMembers>(programmeId, ct))?.Find(responsibleId);
            if (member is not { Role: MemberRole.Programmadirecteur or MemberRole.Gedelegeerde })
                return Handled.Refuse(Refusal.Invalid("responsiblePersonId", "decision.responsible-director",
                    "Kies als verantwoordelijke de programmadirecteur of een gedelegeerde van dit programma."));
            responsible = new PersonRef(member.PersonId, member.Name);
        }

        var decisionId = Guid.CreateVersion7();
        var outcome = LogDecision.Decide(programme, decisionId, command, clock.GetCurrentInstant(), responsible);
        if (outcome.IsRefused) return Handled.Refuse(outcome.Refusals);

        // A decision is its own stream (docs/adr/0001-aggregate-boundaries.md): logging one never contends with
        // other work on the programme.
        session.Events.StartStream(decisionId, outcome.Events);
        return Handled.Accept(outcome.Events.Count, decisionId);
    }
}
