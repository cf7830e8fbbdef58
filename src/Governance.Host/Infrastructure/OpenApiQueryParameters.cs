using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Describes the query parameters the API's reads share (asOf, paging, sorting, periods and filters) once, in the
/// words of docs/api.md, so every endpoint that takes one documents it the same way; and documents the
/// <c>X-Total-Count</c> header of every paged answer. The values a <c>sort</c> or <c>status</c> takes differ per
/// list: the endpoint's own description names them.
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

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var paged = false;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query || parameter.Name is null) continue;
            paged |= parameter.Name == "limit";
            if (string.IsNullOrEmpty(parameter.Description) && Descriptions.TryGetValue(parameter.Name, out var description))
                parameter.Description = description;
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
