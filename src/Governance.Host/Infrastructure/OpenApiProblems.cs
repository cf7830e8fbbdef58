using Governance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Documents the answers and headers every endpoint has because of how it is protected, what it takes and the
/// middleware it runs through, so no endpoint has to repeat them (docs/api.md):
/// <list type="bullet">
/// <item>401 behind a sign-in, 403 for a missing right or administrator, 404 for a programme the person is not a
/// member of or an id in the route, 400 for a body or query, 503 while the database is away (every endpoint);</item>
/// <item>for a write: 409 (a rule, a stale <c>If-Match</c>, or an idempotent answer lost), 422 (an
/// <c>Idempotency-Key</c> reused with another body), 415 for a body that is not JSON; the request headers
/// <c>Idempotency-Key</c> and (on an existing stream) <c>If-Match</c>; the answer headers <c>ETag</c>,
/// <c>Location</c> (201) and <c>Idempotent-Replayed</c>;</item>
/// <item>only the real success answers: Wolverine lists <c>200: IResult</c> for an endpoint returning IResult
/// beside the 201 or 204 it declares, which generated clients take as the answer.</item>
/// </list>
/// Each problem as <c>application/problem+json</c> with the schemas of <see cref="OpenApiContract"/>.
/// </summary>
public sealed class OpenApiProblems : IOpenApiOperationTransformer
{
    /// <summary>Reads that answer with their stream's version as ETag (for a later If-Match), and 304 to If-None-Match.</summary>
    public static readonly HashSet<string> VersionedReads = ["getProgramme", "getDecision", "getReflectionSession"];

    /// <summary>Writes on a route with an id that do not go through <see cref="StreamCommands"/>, so take no If-Match.</summary>
    public static readonly HashSet<string> WithoutIfMatch =
    [
        "logDecision", "scheduleReflectionSession", "changePerson", "deactivatePerson", "markInboxItemRead",
        "recordJointReflectionSessionHeld", "markJointAgendaDiscussed", "setJointReflectionAgenda",
    ];

    /// <summary>Writes that start a stream and answer with its first version as ETag.</summary>
    private static readonly HashSet<string> StartStreamWithETag = ["registerProgramme", "logDecision", "scheduleReflectionSession"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var method = context.Description.HttpMethod ?? "GET";
        var path = context.Description.RelativePath ?? "";
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var right = metadata.OfType<RequiresRightAttribute>().Any();
        var administrator = metadata.OfType<RequiresAdministratorAttribute>().Any();
        var takesInput = context.Description.ParameterDescriptions.Any(p => p.Source.Id is "Body" or "Query");
        var takesBody = context.Description.ParameterDescriptions.Any(p => p.Source.Id is "Body");
        var writes = method is "POST" or "PUT" or "PATCH" or "DELETE";
        var onStream = path.Contains('{');

        operation.Responses ??= [];
        RemoveStandInSuccess(operation);

        if (anonymous) operation.Security = [new OpenApiSecurityRequirement()];
        else Add(operation, 401, "Niet aangemeld.");
        if (right || administrator) Add(operation, 403, "Onvoldoende rechten voor deze handeling.");
        if (right || onStream) Add(operation, 404, "Niet gevonden (of geen lid van dit programma).");
        if (takesInput || writes) Add(operation, 400, "Ongeldige invoer; errors noemt het veld.", validation: true);
        if (writes)
        {
            Add(operation, 409, onStream
                ? "Een regel staat dit niet toe (rule), de versie in If-Match is verouderd (concurrency.stale-version, met currentVersion en ETag), "
                  + "of het antwoord op een eerder verzoek met deze Idempotency-Key ging verloren (idempotency.answer-lost)."
                : "Het antwoord op een eerder verzoek met deze Idempotency-Key ging verloren (idempotency.answer-lost), of een regel staat dit niet toe.");
            Add(operation, 422, "Deze Idempotency-Key hoorde bij een verzoek met een andere inhoud (idempotency.key-reused).");
            if (takesBody) Add(operation, 415, "De inhoud is geen JSON (Content-Type: application/json).");
            var operationId = operation.OperationId ?? "";
            AddWriteHeaders(operation, ifMatch: onStream && !WithoutIfMatch.Contains(operationId), eTag: StartStreamWithETag.Contains(operationId));
        }
        Add(operation, 503, "De database is even niet bereikbaar of het programma is bezet; probeer het na Retry-After seconden opnieuw.");
        if (method == "GET" && operation.OperationId is { } id && VersionedReads.Contains(id)) AddVersionedRead(operation);
        foreach (var listed in operation.Responses.Keys.Where(k => k[0] is '4' or '5').ToList())
            Add(operation, int.Parse(listed), "", validation: listed == "400");
        return Task.CompletedTask;
    }

    /// <summary>Wolverine's <c>200: IResult</c> beside a declared 201/204 is no answer the endpoint gives.</summary>
    private static void RemoveStandInSuccess(OpenApiOperation operation)
    {
        if (!operation.Responses!.TryGetValue("200", out var ok)) return;
        var standIn = ok.Content?.Values.Any(m => m.Schema is OpenApiSchemaReference { Reference.Id: "IResult" }) == true;
        if (standIn && operation.Responses.Keys.Any(k => k is not "200" && k.StartsWith('2'))) operation.Responses.Remove("200");
        else if (standIn) ok.Content!.Clear();
    }

    private static void Add(OpenApiOperation operation, int status, string description, bool validation = false)
    {
        var key = status.ToString();
        operation.Responses!.TryGetValue(key, out var existing);
        var response = new OpenApiResponse
        {
            // An ASP.NET default description ("Not Found") gives way to the Dutch one.
            Description = existing?.Description is { Length: > 0 } known && known != ReasonPhrases.GetReasonPhrase(status) ? known : description,
            Headers = existing?.Headers,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = new OpenApiSchemaReference(validation ? OpenApiContract.ValidationProblem : OpenApiContract.Problem),
                },
            },
        };
        operation.Responses[key] = response;
        if (status == StatusCodes.Status503ServiceUnavailable)
            Header(response, "Retry-After", "Na hoeveel seconden opnieuw proberen.", new OpenApiSchema { Type = JsonSchemaType.Integer });
    }

    private static void AddWriteHeaders(OpenApiOperation operation, bool ifMatch, bool eTag)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.Header, In = ParameterLocation.Header,
            Description = "Maakt opnieuw proberen veilig: hetzelfde verzoek met dezelfde sleutel wordt niet twee keer uitgevoerd (docs/api.md \"Idempotency\").",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyMiddleware.MaxKeyLength },
        });
        if (ifMatch)
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match", In = ParameterLocation.Header,
                Description = "De versie uit de laatste ETag (\"7\"), of * voor elke versie. Is de stroom intussen verder: 409 concurrency.stale-version. Zwakke tags (W/) worden geweigerd.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^(\\*|\"[0-9]+\")$" },
            });
        if (ifMatch && operation.Responses!.TryGetValue("409", out var conflict) && conflict is OpenApiResponse stale)
            Header(stale, "ETag", "Bij concurrency.stale-version: de huidige versie, voor een nieuwe If-Match.", ETagSchema());
        foreach (var (status, response) in operation.Responses!.Where(r => r.Key.StartsWith('2')))
        {
            if (response is not OpenApiResponse success) continue;
            if (status == "201")
                Header(success, "Location", "Waar het gemaakte te lezen is.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" });
            if (ifMatch || eTag)
                Header(success, "ETag", "De nieuwe versie van de stroom, voor de volgende If-Match.", ETagSchema());
            Header(success, IdempotencyMiddleware.ReplayedHeader, "true wanneer dit het bewaarde antwoord op een eerder verzoek met dezelfde Idempotency-Key is.",
                new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create("true")] });
        }
    }

    private static void AddVersionedRead(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match", In = ParameterLocation.Header,
            Description = "De ETag van een eerder antwoord: is de versie niet veranderd, dan 304 zonder inhoud.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (operation.Responses!.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
            Header(success, "ETag", "De versie van de stroom (zonder asOf), voor If-Match en If-None-Match.", ETagSchema());
        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "Niet gewijzigd sinds de ETag in If-None-Match.",
            Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = new OpenApiHeader { Schema = ETagSchema() } },
        };
    }

    private static OpenApiSchema ETagSchema() => new() { Type = JsonSchemaType.String, Pattern = "^\"[0-9]+\"$" };

    private static void Header(OpenApiResponse response, string name, string description, OpenApiSchema schema)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = schema };
    }
}
