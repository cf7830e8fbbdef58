using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Decisions;
using Governance.Projections.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Exports;

/// <summary>
/// What a Woo request (Wet open overheid) about a programme can be answered with: every public record in full with
/// its timestamps, and every non-public record by its id, its kind, when it was recorded and the ground it is not
/// public on — never its content.
/// </summary>
public sealed record WooExport(Guid ProgrammeId, string Programme, Instant ExportedAt, IReadOnlyList<DecisionRecord> PublicDecisions,
    IReadOnlyList<WithheldRecord> WithheldRecords);

/// <param name="Kind">What the record is ("besluit").</param>
/// <param name="Ground">The Woo ground it is withheld on, as recorded when it was logged.</param>
public sealed record WithheldRecord(Guid Id, string Kind, Instant RecordedAt, string Ground);

public static class ExportWoo
{
    /// <summary>
    /// De Woo-export: elk openbaar besluit volledig met zijn tijdstippen, elk niet-openbaar besluit alleen met id,
    /// soort, moment en Woo-grond.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/exports/woo", OperationId = "exportWoo")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Exports")]
    [ProducesResponseType<WooExport>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, IQuerySession session, IClock clock, HttpContext http)
    {
        var ct = http.RequestAborted;
        var programme = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        if (programme is null) return Problems.NotFound("Programma", programmeId);

        var decisions = (await session.Query<DecisionRecord>().Where(d => d.ProgrammeId == programmeId).ToListAsync(ct))
            .OrderBy(d => d.LoggedAt).ToList();
        var withheld = decisions.Where(d => !d.Woo.Public)
            .Select(d => new WithheldRecord(d.Id, "besluit", d.LoggedAt, d.Woo.Ground ?? ""))
            .ToList();
        var published = decisions.Where(d => d.Woo.Public).ToList();
        // Who took a position, who is responsible and who recorded each step are personal data, not what a Woo
        // publication is for: the export names organisations and bodies only (these documents were read for this
        // answer and are not stored again).
        foreach (var decision in published)
        {
            decision.Responsible = null;
            decision.Positions = decision.Positions.Select(p => p with { TakenBy = null }).ToList();
            decision.History = decision.History.Select(h => h with { Person = null, Organisation = null }).ToList();
        }
        http.Response.Headers.ContentDisposition = "attachment; filename=\"woo-export.json\"";
        return Results.Ok(new WooExport(programmeId, programme.Name, clock.GetCurrentInstant(), published, withheld));
    }
}
