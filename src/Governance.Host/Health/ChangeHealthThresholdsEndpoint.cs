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
    /// The opdrachtgever sets the thresholds of the health rules for this programme, with a reason. The whole set is
    /// replaced; a value left out returns to its default. Applies from now on: earlier "as of" views keep the old values.
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
