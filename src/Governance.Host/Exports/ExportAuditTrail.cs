using CsvHelper;
using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Audit;
using Governance.Host.Infrastructure;
using Governance.Projections.Audit;
using Marten;
using NodaTime.Text;
using Wolverine.Http;

namespace Governance.Host.Exports;

/// <summary>One audit entry as a CSV row, its moment as an ISO-8601 instant.</summary>
[CsvRecord]
public sealed partial record AuditRow(Guid EventId, Guid StreamId, long Version, string RecordedAt, string EventType, string Description,
    string Decision, string Session, string Partner, string Person, string Organisation, string CorrelationId)
{
    public static AuditRow From(AuditEntry e) => new(e.Id, e.StreamId, e.Version, InstantPattern.ExtendedIso.Format(e.RecordedAt),
        e.EventType, e.Description, e.DecisionTitle ?? "", e.SessionTitle ?? "", e.PartnerName ?? "",
        e.Person ?? "", e.Organisation ?? "", e.CorrelationId ?? "");
}

public static class ExportAuditTrail
{
    /// <summary>
    /// Het auditspoor als CSV, met dezelfde filters als het auditspoor zelf (type, from, to, asOf). Met
    /// <c>separator=semicolon</c> staat er <c>;</c> tussen de velden, voor Nederlandse Excel; cellen die een
    /// spreadsheet als formule zou uitvoeren, beginnen met <c>'</c>.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/exports/audit.csv", OperationId = "exportAuditTrailCsv")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Exports")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, ExportFiles.Csv)]
    public static async Task<IResult> Csv(Guid programmeId, string? type, string? from, string? to, string? asOf, string? separator,
        IQuerySession session, CancellationToken ct)
    {
        if (ExportFiles.Separator(separator, out var invalid) is not { } chosen) return invalid!;
        var (selection, problem) = await GetAuditTrail.Read(programmeId, type, from, to, asOf, session, ct);
        if (problem is not null) return problem;
        var trail = await GetAuditTrail.All(selection!, session, ct);
        await AuditSubjects.NameAsync(session, programmeId, trail, ct);
        return ExportFiles.File(ExportFiles.ToCsv(trail.Select(AuditRow.From), chosen), ExportFiles.Csv, "audittrail.csv");
    }

    /// <summary>Het auditspoor als JSON-bestand om te downloaden (de regels zoals het auditspoor ze geeft).</summary>
    [WolverineGet("/api/programmes/{programmeId}/exports/audit.json", OperationId = "exportAuditTrailJson")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Exports")]
    [ProducesResponseType<IReadOnlyList<AuditEntry>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Json(Guid programmeId, string? type, string? from, string? to, string? asOf, IQuerySession session, HttpContext http)
    {
        var (selection, problem) = await GetAuditTrail.Read(programmeId, type, from, to, asOf, session, http.RequestAborted);
        if (problem is not null) return problem;
        var trail = await GetAuditTrail.All(selection!, session, http.RequestAborted);
        await AuditSubjects.NameAsync(session, programmeId, trail, http.RequestAborted);
        http.Response.Headers.ContentDisposition = "attachment; filename=\"audittrail.json\"";
        return Results.Json(trail);
    }
}
