using Governance.Domain.Health;
using Governance.Projections.Health;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Health;

public sealed record PortfolioIndicator(int Number, string Title, IndicatorStatus Status);

public sealed record PortfolioProgramme(Guid ProgrammeId, string Name, IReadOnlyList<PortfolioIndicator> Indicators);

/// <summary>Programmes × ten indicators. Sorted by name: no total score and no ranking (cf. 003 l. 1911–1912).</summary>
public sealed record Portfolio(string Opdrachtgever, Instant AsOf, LocalDate Date, IReadOnlyList<PortfolioProgramme> Programmes);

public static class GetPortfolio
{
    /// <summary>
    /// All programmes of an opdrachtgever organisation (the commissioning organisation, or a partner in the role of
    /// opdrachtgever) with the status of each of the ten indicators, now or as of a date.
    /// </summary>
    [WolverineGet("/api/portfolio", OperationId = "getPortfolio")]
    [Tags("Gezondheid")]
    [ProducesResponseType<Portfolio>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Get(string? opdrachtgever, string? asOf, IQuerySession session, IClock clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(opdrachtgever))
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["opdrachtgever"] = ["Noem de organisatie van de opdrachtgever, bijvoorbeeld ?opdrachtgever=Ministerie van VWS."] },
                title: "De invoer is niet geldig.", detail: "opdrachtgever is verplicht.");
        if (!Moments.TryParse(asOf, endOfDay: true, clock.GetCurrentInstant(), out var moment)) return Moments.Invalid("asOf");

        var key = ProgrammeHealthFacts.Key(opdrachtgever);
        var documents = await session.Query<ProgrammeHealthFacts>().Where(x => x.OpdrachtgeverKeys.Contains(key)).ToListAsync(ct);

        var programmes = documents
            .Where(d => d.Facts.AsOf(moment).Registration is not null)
            .OrderBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(d => d.Id)
            .Select(d => new PortfolioProgramme(d.Id, d.Name,
                HealthEvaluation.Evaluate(d.Facts, moment).Select(r => new PortfolioIndicator(r.Number, r.Title, r.Status)).ToList()))
            .ToList();
        return Results.Ok(new Portfolio(opdrachtgever.Trim(), moment, moment.InZone(HealthEvaluation.Zone).Date, programmes));
    }
}
