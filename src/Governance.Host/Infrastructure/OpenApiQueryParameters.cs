using System.Text.Json.Nodes;
using Governance.Domain.Access;
using Governance.Domain.Bodies;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Projections.Audit;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Describes the query parameters the API's reads share (asOf, paging, sorting, periods and filters) once, in the
/// words of docs/api.md, so every endpoint that takes one documents it the same way; and documents the
/// <c>X-Total-Count</c> header of every paged answer. The endpoints read these parameters as text, to answer a bad
/// one with a 400 naming it; here they get their real type: paging and indicator numbers as integers with their
/// range, and every sort and enumerated filter with the values the endpoint accepts (<see cref="Values"/>; the test
/// every_enumerated_query_value_is_accepted_and_no_other sends each one, and one that is not listed).
/// </summary>
public sealed class OpenApiQueryParameters : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["asOf"] = "Het antwoord zoals het toen was. Een datum (2021-03-01: het eind van die dag in Europe/Amsterdam) of een tijdstip "
                   + "(2021-03-01T12:00:00Z of met een offset). Vóór het bestaan van het programma: 404. Onleesbaar: 400 met asOf.",
        ["offset"] = "Hoeveel items over te slaan (standaard 0).",
        ["limit"] = $"Hoeveel items maximaal (1–{Paging.MaxLimit}, standaard {Paging.MaxLimit}). X-Total-Count geeft het totaal.",
        ["sort"] = "Sorteervolgorde: een veldnaam, met een minteken voor aflopend. Welke velden kunnen, staat bij het endpoint; een andere waarde: 400 met sort.",
        ["from"] = "Begin van de periode, inclusief: een datum (jjjj-mm-dd) of een tijdstip.",
        ["to"] = "Eind van de periode, inclusief: een datum (jjjj-mm-dd) of een tijdstip.",
        ["status"] = "Alleen items met deze status (camelCase, zoals in de antwoorden); een onbekende waarde: 400 met status.",
        ["recommendation"] = "Alleen besluiten bij deze aanbeveling (camelCase); een onbekende waarde: 400.",
        ["partnerId"] = "Alleen items van of met deze partner.",
        ["bodyId"] = "Alleen items van dit overleg.",
        ["role"] = "Alleen deze rol (camelCase); een onbekende waarde: 400 met role.",
        ["layer"] = "Alleen deze bestuurslaag (camelCase); een onbekende waarde: 400 met layer.",
        ["kind"] = "Alleen deze soort overleg (camelCase); een onbekende waarde: 400 met kind.",
        ["indicator"] = "Alleen deze indicator (1–10).",
        ["type"] = "Alleen dit soort gebeurtenis (de eventType uit de audittrail).",
    };

    /// <summary>Per operation, the values a sort or an enumerated filter takes (docs/api.md "Lists").</summary>
    public static readonly Dictionary<(string OperationId, string Parameter), string[]> Values = new()
    {
        [("listDecisions", "sort")] = ["-decidedOn", "decidedOn", "title", "-title"],
        [("listDecisions", "status")] = Names<DecisionStatus>(),
        [("listDecisions", "recommendation")] = Names<Recommendation>(),
        [("getPartnerRegister", "sort")] = ["joinedOn", "-joinedOn", "name", "-name"],
        [("getPartnerRegister", "status")] = ["active", "left"],
        [("getPartnerRegister", "layer")] = Names<Bestuurslaag>(),
        [("getPartnerRegister", "role")] = Names<PartnerRole>(),
        [("getGovernanceBodies", "sort")] = ["establishedAt", "-establishedAt", "name", "-name"],
        [("getGovernanceBodies", "kind")] = Names<BodyKind>(),
        [("getTensionsAndCare", "sort")] = ["raisedOn", "-raisedOn"],
        [("getTensionsAndCare", "status")] = Names<TensionStatus>(),
        [("listMembers", "sort")] = ["name", "-name"],
        [("listMembers", "role")] = Names<MemberRole>(),
        [("listProgrammeReflectionSessions", "sort")] = ["start", "-start"],
        [("listProgrammeReflectionSessions", "status")] = Names<ReflectionSessionStatus>(),
        [("getPortfolio", "sort")] = ["name", "-name"],
        [("getAuditTrail", "type")] = [.. AuditTrailProjection.EventTypeNames],
        [("exportAuditTrailCsv", "type")] = [.. AuditTrailProjection.EventTypeNames],
        [("exportAuditTrailJson", "type")] = [.. AuditTrailProjection.EventTypeNames],
        [("exportAuditTrailCsv", "separator")] = Names<Exports.ExportFiles.CsvSeparator>(),
        [("exportDecisionLogCsv", "separator")] = Names<Exports.ExportFiles.CsvSeparator>(),
    };

    private static string[] Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => Api.EnumName(v)).ToArray();

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var paged = false;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query || parameter.Name is null) continue;
            paged |= parameter.Name == "limit";
            if (string.IsNullOrEmpty(parameter.Description) && Descriptions.TryGetValue(parameter.Name, out var description))
                parameter.Description = description;
            if (parameter.Name is "offset" or "limit" or "indicator")
                parameter.Schema = parameter.Name switch
                {
                    "offset" => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Default = JsonValue.Create(0) },
                    "limit" => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = Paging.MaxLimit.ToString(), Default = JsonValue.Create(Paging.MaxLimit) },
                    _ => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "10" },
                };
            else if (operation.OperationId is { } id && Values.TryGetValue((id, parameter.Name), out var values))
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList() };
        }
        if (!paged || operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse success) return Task.CompletedTask;
        success.Headers ??= new Dictionary<string, IOpenApiHeader>();
        success.Headers[Paging.TotalCountHeader] = new OpenApiHeader
        {
            Description = "Hoeveel items er in totaal zijn (na filteren, vóór offset/limit).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
        };
        return Task.CompletedTask;
    }
}
