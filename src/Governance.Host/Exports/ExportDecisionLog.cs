using CsvHelper;
using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Decisions;
using Governance.Projections.Programmes;
using Marten;
using NodaTime.Text;
using Wolverine.Http;

namespace Governance.Host.Exports;

/// <summary>One decision as a row of the exported decision log. Dates ISO-8601, lists joined with "; ".</summary>
[CsvRecord]
public sealed partial record DecisionLogRow(
    Guid Id,
    string Title,
    string Status,
    string DecidedOn,
    string DecidedBy,
    string ChosenOption,
    string Rationale,
    string Recommendations,
    string ReviewOn,
    bool Public,
    string WooGround,
    string LoggedAt)
{
    public static DecisionLogRow From(DecisionRecord d) => new(
        d.Id, d.Title, Api.EnumName(d.Status), LocalDatePattern.Iso.Format(d.DecidedOn), d.DecidedBy.Name, d.ChosenOption, d.Rationale,
        string.Join("; ", d.Recommendations.Select(r => Api.EnumName(r))),
        d.ReviewOn is { } review ? LocalDatePattern.Iso.Format(review) : "",
        d.Woo.Public, d.Woo.Ground ?? "", InstantPattern.ExtendedIso.Format(d.LoggedAt));
}

public static class ExportDecisionLog
{
    /// <summary>The programme's decision log as CSV, oldest decision first.</summary>
    [WolverineGet("/api/programmes/{programmeId}/exports/decisions.csv", OperationId = "exportDecisionLogCsv")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Exports")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, ExportFiles.Csv)]
    public static async Task<IResult> Csv(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        var rows = await Rows(programmeId, session, ct);
        return rows is null ? Problems.NotFound("Programma", programmeId) : ExportFiles.File(ExportFiles.ToCsv(rows), ExportFiles.Csv, "besluitenlog.csv");
    }

    /// <summary>The programme's decision log as an Excel workbook (.xlsx), oldest decision first.</summary>
    [WolverineGet("/api/programmes/{programmeId}/exports/decisions.xlsx", OperationId = "exportDecisionLogXlsx")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Exports")]
    [ProducesResponseType(typeof(byte[]), StatusCodes.Status200OK, ExportFiles.Xlsx)]
    public static async Task<IResult> Xlsx(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        var rows = await Rows(programmeId, session, ct);
        return rows is null ? Problems.NotFound("Programma", programmeId) : ExportFiles.File(ExportFiles.ToXlsx(rows, "Besluiten"), ExportFiles.Xlsx, "besluitenlog.xlsx");
    }

    private static async Task<List<DecisionLogRow>?> Rows(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ProgrammeOverview>(programmeId, ct) is null) return null;
        var records = await session.Query<DecisionRecord>().Where(d => d.ProgrammeId == programmeId).ToListAsync(ct);
        return records.OrderBy(d => d.DecidedOn).ThenBy(d => d.LoggedAt).Select(DecisionLogRow.From).ToList();
    }
}
