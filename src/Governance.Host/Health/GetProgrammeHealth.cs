using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Health;
using Governance.Host.Infrastructure;
using Governance.Projections.Health;
using Marten;
using NodaTime;
using Wolverine.Http;
using Governance.Domain.Common;

namespace Governance.Host.Health;

/// <summary>The ten indicators of a programme at one moment, with the thresholds that were in force then.</summary>
public sealed record HealthReport(
    Guid ProgrammeId,
    string Name,
    Instant AsOf,
    LocalDate Date,
    HealthThresholds Thresholds,
    IReadOnlyList<IndicatorResult> Indicators);

public static class GetProgrammeHealth
{
    /// <summary>
    /// De tien GHNT-indicatoren, nu of zoals ze waren op een datum in het verleden (<c>asOf=2021-03-01</c> is het einde
    /// van die dag in Europe/Amsterdam, of een tijdstip). Elke indicator is een begin van een gesprek: er is geen
    /// totaalscore.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/health", OperationId = "getProgrammeHealth")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Gezondheid")]
    [ProducesResponseType<HealthReport>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, string? asOf, IQuerySession session, IClock clock, ProgrammeHealthReads reads, CancellationToken ct)
    {
        if (!Moments.TryParse(asOf, endOfDay: true, clock.GetCurrentInstant(), out var moment)) return Moments.Invalid("asOf");

        if (await reads.ReadAsync(session, programmeId, moment, withHistory: false, ct) is not { } health)
            return Problems.NotFound("Programma", programmeId);
        return Results.Ok(new HealthReport(programmeId, health.Name, moment, moment.InZone(AmsterdamTime.Zone).Date, health.Thresholds, health.Indicators));
    }
}
