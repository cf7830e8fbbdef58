using Governance.Domain.Access;
using Governance.Host.Access;
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
    /// Wanneer elke indicator van status veranderde en waarom, tussen <c>from</c> (standaard, en op zijn vroegst: de
    /// registratie van het programma) en <c>to</c> (standaard: nu; een datum in de toekomst toont wat alleen de tijd
    /// zou veranderen). De eerste regel per indicator is de status op <c>from</c>. Hoogstens 25 jaar.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/health/history", OperationId = "getProgrammeHealthHistory")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Gezondheid")]
    [ProducesResponseType<HealthHistory>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, string? from, string? to, IQuerySession session, IClock clock, HealthHistories histories, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        if (!Moments.TryParse(to, endOfDay: true, now, out var end)) return Moments.Invalid("to");

        var document = await session.LoadAsync<ProgrammeHealthFacts>(programmeId, ct);
        if (document is null) return Problems.NotFound("Programma", programmeId);

        var registeredAt = document.Facts.Registration?.Source.RecordedAt ?? now;
        if (!Moments.TryParse(from, endOfDay: false, registeredAt, out var start)) return Moments.Invalid("from");
        // Before its registration a programme has no history: begin there. The history is evaluated day by day (and
        // kept: HealthHistories), so the period is bounded.
        if (start < registeredAt) start = registeredAt;
        if (end < start) return Invalid("to", "to moet na from en na de registratie van het programma liggen.");
        if (end - start > MaximumPeriod) return Invalid("to", "De periode van from tot to mag maximaal 25 jaar beslaan.");

        return Results.Ok(new HealthHistory(programmeId, document.Name, start, end, document.Facts.Registration is null ? [] : histories.Between(document, start, end)));
    }

    private static readonly Duration MaximumPeriod = Duration.FromDays(25 * 366);

    private static IResult Invalid(string field, string message) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, title: "De invoer is niet geldig.", detail: message);
}
