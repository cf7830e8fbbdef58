using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Domain.Health;
using Governance.Projections.Health;
using Marten;
using NodaTime;
using Wolverine.Http;
using Governance.Domain.Common;

namespace Governance.Host.Health;

/// <summary>
/// One status with its one-line reason, and apart from it the kinds of facts this indicator reads of which nothing was recorded at all
/// (<see cref="Coverage"/>): "we know too little" is not "it is going wrong". No count, no score.
/// </summary>
public sealed record PortfolioIndicator(int Number, string Title, IndicatorStatus Status, string Reason, IReadOnlyList<string> NothingRecordedAbout);

public sealed record PortfolioProgramme(Guid ProgrammeId, string Name, IReadOnlyList<PortfolioIndicator> Indicators);

/// <summary>Programmes × ten indicators. Sorted by name: no total score and no ranking (cf. 003 l. 1911–1912).</summary>
public sealed record Portfolio(string? Opdrachtgever, Instant AsOf, LocalDate Date, IReadOnlyList<PortfolioProgramme> Programmes);

public static class GetPortfolio
{
    /// <summary>
    /// De programma's van de aangemelde persoon met de status van elk van de tien indicatoren, nu of op een datum.
    /// Eventueel alleen die van één opdrachtgevende organisatie (de organisatie die opdracht gaf, of een partner in de
    /// rol van opdrachtgever). Programma's waaraan de persoon niet meedoet, staan er nooit in. Gesorteerd op naam
    /// (<c>sort</c>: name, de standaard, of -name; nooit op een score) en in pagina's (offset/limit; X-Total-Count telt
    /// de programma's).
    /// </summary>
    [WolverineGet("/api/portfolio", OperationId = "getPortfolio")]
    [RequiresSignIn]
    [Tags("Gezondheid")]
    [ProducesResponseType<Portfolio>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(string? opdrachtgever, string? asOf, string? sort, string? offset, string? limit,
        IQuerySession session, PortfolioStatuses statuses, IClock clock, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (!Moments.TryParse(asOf, endOfDay: true, clock.GetCurrentInstant(), out var moment)) return Moments.Invalid("asOf");
        var errors = new Dictionary<string, string[]>();
        var page = Paging.Read(offset, limit, errors);
        if (sort is not (null or "name" or "-name")) errors["sort"] = ["Sorteer op name (standaard) of -name."];
        if (errors.Count > 0) return QueryFilters.Invalid(errors);

        var portfolio = await For(http.User.PersonIdOf()!.Value, opdrachtgever, moment, session, statuses, ct);
        var sorted = sort == "-name" ? portfolio.Programmes.Reverse().ToList() : portfolio.Programmes;
        return Results.Ok(portfolio with { Programmes = sorted.Page(page, http) });
    }

    /// <summary>The portfolio as the API and the portfolio page show it.</summary>
    public static async Task<Portfolio> For(Guid personId, string? opdrachtgever, Instant moment, IQuerySession session,
        PortfolioStatuses statuses, CancellationToken ct) =>
        From(await LinesFor(personId, moment, session, statuses, ct), opdrachtgever, moment);

    /// <summary>
    /// The lines of all the person's programmes. Reads only each programme's facts version; the whole fact history is
    /// loaded and evaluated only for programmes whose kept line no longer holds (<see cref="PortfolioStatuses"/>).
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, PortfolioLine>> LinesFor(Guid personId, Instant moment, IQuerySession session,
        PortfolioStatuses statuses, CancellationToken ct)
    {
        var mine = (await session.ProgrammesOf(personId, ct)).ToArray();
        var lines = new Dictionary<Guid, PortfolioLine>();
        var changed = new List<Guid>();
        foreach (var version in await FactsVersions.Of(session, mine).ToListAsync(ct))
        {
            if (statuses.Find(version.Id, version.FactsVersion, moment) is { } kept) lines[version.Id] = kept;
            else changed.Add(version.Id);
        }
        if (changed.Count > 0)
            foreach (var document in await session.LoadManyAsync<ProgrammeHealthFacts>(ct, changed))
                lines[document.Id] = statuses.Evaluate(document, moment);
        return lines;
    }

    /// <summary>The registered programmes among the lines (of one opdrachtgever, if given), by name.</summary>
    public static Portfolio From(IReadOnlyDictionary<Guid, PortfolioLine> lines, string? opdrachtgever, Instant moment)
    {
        var key = string.IsNullOrWhiteSpace(opdrachtgever) ? null : ProgrammeHealthFacts.Key(opdrachtgever);
        var programmes = lines
            .Where(l => l.Value.Registered && (key is null || l.Value.OpdrachtgeverKeys.Contains(key)))
            .OrderBy(l => l.Value.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(l => l.Key)
            .Select(l => new PortfolioProgramme(l.Key, l.Value.Name, l.Value.Indicators))
            .ToList();
        return new Portfolio(opdrachtgever?.Trim(), moment, moment.InZone(AmsterdamTime.Zone).Date, programmes);
    }
}
