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
    /// Log a decision in a programme's decision log. <c>responsiblePersonId</c> (optional) names the programme director
    /// or delegate responsible for it: they are asked to review it when its review date comes. Answers 201 with the decision's id.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/decisions", OperationId = "logDecision")]
    [Tags("Besluiten")]
    [RequiresRight(Right.LogDecisions)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(Guid programmeId, LogDecision command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var programme = await session.ProgrammeState(programmeId, http.RequestAborted);
        if (programme is null) return Problems.NotFound("Programma", programmeId);

        PersonRef? responsible = null;
        if (command.ResponsiblePersonId is { } responsibleId)
        {
            var member = (await session.LoadAsync<ProgrammeMembers>(programmeId, http.RequestAborted))?.Find(responsibleId);
            if (member is not { Role: MemberRole.Programmadirecteur or MemberRole.Gedelegeerde })
                return Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["responsiblePersonId"] = ["Kies als verantwoordelijke de programmadirecteur of een gedelegeerde van dit programma."] },
                    title: "De invoer is niet geldig.", detail: "Kies als verantwoordelijke de programmadirecteur of een gedelegeerde van dit programma.",
                    extensions: new Dictionary<string, object?> { ["rules"] = new[] { "decision.responsible-director" } });
            responsible = new PersonRef(member.PersonId, member.Name);
        }

        var decisionId = Guid.CreateVersion7();
        var outcome = LogDecision.Decide(programme, decisionId, command, clock.GetCurrentInstant(), responsible);
        if (outcome.IsRefused) return outcome.ToProblem();

        // A decision is its own stream (docs/adr/0001-aggregate-boundaries.md): logging one never contends with
        // other work on the programme.
        session.Events.StartStream(decisionId, outcome.Events);
        http.Response.Headers.ETag = IfMatch.ETag(outcome.Events.Count);
        return Results.Created($"/api/programmes/{programmeId}/decisions/{decisionId}", new CreatedId(decisionId));
    }
}
