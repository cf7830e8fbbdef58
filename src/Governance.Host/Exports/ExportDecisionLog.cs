using CsvHelper;
using Governance.Host.Web;
using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Decisions;
using Governance.Projections.Programmes;
using Marten;
using NodaTime;
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
        d.Id, d.Title, Api.EnumName(d.Status), LocalDatePattern.Iso.Format(d.DecidedOn), Dutch.Maker(d.DecidedBy), d.ChosenOption, d.Rationale,
        string.Join("; ", d.Recommendations.Select(r => Api.EnumName(r))),
        d.ReviewOn is { } review ? LocalDatePattern.Iso.Format(review) : "",
        d.Woo.Public, d.Woo.Ground ?? "", InstantPattern.ExtendedIso.Format(d.LoggedAt));
}

/// <summary>
/// One decision as a row of the exported workbook: the same columns as <see cref="DecisionLogRow"/>, but dates, the
/// moment it was logged and "public" as typed values, so they become date and boolean cells.
/// </summary>
public sealed record DecisionSheetRow(
    Guid Id,
    string Title,
    string Status,
    LocalDate DecidedOn,
    string DecidedBy,
    string ChosenOption,
    string Rationale,
    string Recommendations,
    LocalDate? ReviewOn,
    bool Public,
    string WooGround,
    Instant LoggedAt)
{
    public static DecisionSheetRow From(DecisionRecord d) => new(
        d.Id, d.Title, Api.EnumName(d.Status), d.DecidedOn, Dutch.Maker(d.DecidedBy), d.ChosenOption, d.Rationale,
        string.Join("; ", d.Recommendations.Select(r => Api.EnumName(r))), d.ReviewOn, d.Woo.Public, d.Woo.Ground ?? "", d.LoggedAt);
}

public static class ExportDecisionLog
{
    /// <summary>
    /// De besluitenlijst van het programma als CSV, oudste besluit eerst. Met <c>separator=semicolon</c> staat er
    /// <c>;</c> tussen de velden, zoals Excel met Nederlandse instellingen verwacht. Cellen die een spreadsheet als
    /// formule zou uitvoeren, beginnen met <c>'</c>.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/exports/decisions.csv", OperationId = "exportDecisionLogCsv")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Exports")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, ExportFiles.Csv)]
    public static async Task<IResult> Csv(Guid programmeId, string? separator, IQuerySession session, CancellationToken ct)
    {
        if (ExportFiles.Separator(separator, out var problem) is not { } chosen) return problem!;
        var records = await Records(programmeId, session, ct);
        return records is null
            ? Problems.NotFound("Programma", programmeId)
            : ExportFiles.File(ExportFiles.ToCsv(records.Select(DecisionLogRow.From), chosen), ExportFiles.Csv, "besluitenlog.csv");
    }

    /// <summary>De besluitenlijst van het programma als Excel-werkmap (.xlsx), oudste besluit eerst.</summary>
    [WolverineGet("/api/programmes/{programmeId}/exports/decisions.xlsx", OperationId = "exportDecisionLogXlsx")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Exports")]
    [ProducesResponseType(typeof(byte[]), StatusCodes.Status200OK, ExportFiles.Xlsx)]
    public static async Task<IResult> Xlsx(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        var records = await Records(programmeId, session, ct);
        return records is null
            ? Problems.NotFound("Programma", programmeId)
            : ExportFiles.File(await ExportFiles.ToXlsx(records.Select(DecisionSheetRow.From), "Besluiten", ct), ExportFiles.Xlsx, "besluitenlog.xlsx");
    }

    private static async Task<List<DecisionRecord>?> Records(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ProgrammeOverview>(programmeId, ct) is null) return null;
        var records = await session.Query<DecisionRecord>().Where(d => d.ProgrammeId == programmeId).ToListAsync(ct);
        return records.OrderBy(d => d.DecidedOn).ThenBy(d => d.LoggedAt).ToList();
    }
}
