using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class AnswerEscalationEndpoint
{
    /// <summary>
    /// Leg het antwoord vast van het orgaan of de persoon waarnaar een spanning is geëscaleerd. Antwoordt 204; 409
    /// <c>tension.escalation-waiting</c> als de spanning niet op antwoord wacht (niet geëscaleerd, al beantwoord of
    /// opgelost).
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/tensions/{tensionId}/escalation/answer", OperationId = "answerEscalation")]
    [RequiresRight(Right.ManageTensions)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Answer(Guid programmeId, Guid tensionId, AnswerEscalation command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteAnswer(programmeId, tensionId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteAnswer(Guid programmeId, Guid tensionId, AnswerEscalation command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => AnswerEscalation.Decide(programme, tensionId, command, clock.GetCurrentInstant()), ct);
}
