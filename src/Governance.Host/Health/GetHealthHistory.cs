using Governance.Domain.Health;
using Governance.Host.Infrastructure;
using Governance.Projections.Health;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Health;

public sealed record HealthHistory(Guid ProgrammeId, string Name, Instant From, Instant To, IReadOnlyList<StatusChange> Changes);

public static class GetHealthHistory
{
    /// <summary>
    /// When each indicator changed status and why, between <c>from</c> (default: the programme's registration) and
    /// <c>to</c> (default: now). The first entry per indicator is its status at <c>from</c>.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/health/history", OperationId = "getProgrammeHealthHistory")]
    [Tags("Gezondheid")]
    [ProducesResponseType<HealthHistory>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid programmeId, string? from, string? to, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        if (!Moments.TryParse(to, endOfDay: true, now, out var end)) return Moments.Invalid("to");

        var document = await session.LoadAsync<ProgrammeHealthFacts>(programmeId, ct);
        if (document is null) return Problems.NotFound("Programma", programmeId);

        var registeredAt = document.Facts.Registration?.Source.RecordedAt ?? now;
        if (!Moments.TryParse(from, endOfDay: false, registeredAt, out var start)) return Moments.Invalid("from");
        if (end < start)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["to moet na from liggen."] },
                title: "De invoer is niet geldig.", detail: "to moet na from liggen.");

        return Results.Ok(new HealthHistory(programmeId, document.Name, start, end, IndicatorHistory.Between(document.Facts, start, end)));
    }
}
