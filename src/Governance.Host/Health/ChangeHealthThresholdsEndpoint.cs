using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Health;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Health;

public static class ChangeHealthThresholdsEndpoint
{
    /// <summary>
    /// De opdrachtgever stelt de drempels van de gezondheidsregels voor dit programma in, met een reden. De hele set
    /// wordt vervangen; een waarde die je weglaat, gaat terug naar de standaard. Geldt vanaf nu: eerdere weergaven
    /// "zoals het toen was" houden de oude waarden.
    /// </summary>
    [WolverinePut("/api/programmes/{programmeId}/health/thresholds", OperationId = "changeHealthThresholds")]
    [RequiresRight(Right.ChangeThresholds)]
    [Tags("Gezondheid")]
    [ProducesResponseType<HealthThresholds>(StatusCodes.Status200OK)]
    public static Task<IResult> Put(Guid programmeId, ChangeHealthThresholds command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.Decide<Programme>(http, programmeId, "Programma",
            programme => ChangeHealthThresholds.Decide(programme, command, clock.GetCurrentInstant()),
            () => Results.Ok(command.Thresholds));
}
