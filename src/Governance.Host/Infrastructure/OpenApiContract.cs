using System.Text.Json.Nodes;
using Governance.Host.Access;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Makes the OpenAPI document a contract a generated client can rely on (docs/api.md "The OpenAPI document"):
/// NodaTime values as strings with their format or pattern, inline so a nullable one stays a nullable string;
/// the problem answers as one <c>Problem</c>/<c>ValidationProblem</c> schema with the extensions the API sends;
/// read models with every property <c>required</c> (the API always writes every property, null or not);
/// the sign-in as security schemes; the endpoints' doc comments as summary and description; and no schema that
/// nothing refers to. Runs after every operation transformer, on the whole document.
/// </summary>
public sealed class OpenApiContract : IOpenApiDocumentTransformer
{
    public const string Problem = "Problem";
    public const string ValidationProblem = "ValidationProblem";
    public const string CookieScheme = "cookie";
    public const string DemoPersonScheme = "demoPerson";

    /// <summary>
    /// The wire format of each NodaTime type (NodaTime.Serialization.SystemTextJson's ISO patterns). Zoned times
    /// read <c>2026-05-12T14:00:00+02 Europe/Amsterdam</c>, durations <c>1:30:00</c> (hours may exceed 24).
    /// </summary>
    private static readonly Dictionary<string, Func<OpenApiSchema>> NodaTimeSchemas = new()
    {
        ["Instant"] = () => new() { Type = JsonSchemaType.String, Format = "date-time" },
        ["LocalDate"] = () => new() { Type = JsonSchemaType.String, Format = "date" },
        ["LocalTime"] = () => new() { Type = JsonSchemaType.String, Pattern = @"^\d{2}:\d{2}:\d{2}(\.\d{1,9})?$" },
        ["ZonedDateTime"] = () => new()
        {
            Type = JsonSchemaType.String,
            Pattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}(:\d{2})?) [A-Za-z0-9_/+-]+$",
            Description = "Tijdstip met offset en tijdzone (ISO-8601 + TZDB-naam), bijvoorbeeld 2026-05-12T14:00:00+02 Europe/Amsterdam.",
        },
        ["Duration"] = () => new()
        {
            Type = JsonSchemaType.String,
            Pattern = @"^-?\d+:\d{2}:\d{2}(\.\d{1,9})?$",
            Description = "Duur als uren:minuten:seconden, bijvoorbeeld 1:30:00.",
        },
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var schemas = document.Components.Schemas;

        // A server address ends without a slash, so clients join it with paths that start with one.
        foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
        InlineNodaTime(document);
        KeepNullOutOfSharedEnums(schemas);
        schemas[Problem] = ProblemSchema(validation: false);
        schemas[ValidationProblem] = ProblemSchema(validation: true);
        MarkReadModelsRequired(document);
        UseDocCommentsAsSummaries(document);
        AddSecuritySchemes(document);
        RemoveUnreferencedSchemas(document);
        return Task.CompletedTask;
    }

    private static IEnumerable<OpenApiOperation> Operations(OpenApiDocument document) =>
        document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []);

    // ---- NodaTime ----

    private static void InlineNodaTime(OpenApiDocument document)
    {
        foreach (var name in NodaTimeSchemas.Keys) document.Components!.Schemas!.Remove(name);
        foreach (var schema in document.Components!.Schemas!.Values) Rewrite(schema);
        foreach (var operation in Operations(document))
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                parameter.Schema = Rewrite(parameter.Schema);
            foreach (var media in (operation.RequestBody?.Content?.Values ?? []).Concat(
                         operation.Responses?.Values.SelectMany(r => r.Content?.Values ?? []) ?? []))
                if (media is OpenApiMediaType m) m.Schema = Rewrite(m.Schema);
        }
    }

    /// <summary>
    /// Replaces a reference to a NodaTime schema by the inline string schema, and a nullable one (the generator's
    /// <c>oneOf: [null, $ref]</c>, whose empty branch also accepted null) by a nullable string.
    /// </summary>
    private static IOpenApiSchema? Rewrite(IOpenApiSchema? schema)
    {
        switch (schema)
        {
            case OpenApiSchemaReference reference when NodaTimeSchemas.TryGetValue(reference.Reference.Id ?? "", out var make):
                return make();
            case OpenApiSchema { OneOf: [OpenApiSchema { Type: JsonSchemaType.Null }, OpenApiSchemaReference reference] }
                when NodaTimeSchemas.TryGetValue(reference.Reference.Id ?? "", out var make):
                var nullable = make();
                nullable.Type |= JsonSchemaType.Null;
                return nullable;
            case OpenApiSchema inline:
                // ASP.NET states a number as "integer or a string of digits" (it can read either); the API writes a
                // number, and a client should send one.
                if (inline.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && type.HasFlag(JsonSchemaType.String))
                {
                    inline.Type = type & ~JsonSchemaType.String;
                    inline.Pattern = null;
                }
                if (inline.Properties is { } properties)
                    foreach (var name in properties.Keys.ToList()) properties[name] = Rewrite(properties[name])!;
                inline.Items = Rewrite(inline.Items);
                inline.AdditionalProperties = Rewrite(inline.AdditionalProperties);
                foreach (var list in new[] { inline.OneOf, inline.AnyOf, inline.AllOf })
                    if (list is not null)
                        for (var i = 0; i < list.Count; i++) list[i] = Rewrite(list[i])!;
                return inline;
            default:
                return schema;
        }
    }

    /// <summary>
    /// An enum used as nullable somewhere gets <c>null</c> in its shared values, so the nullable use site's
    /// <c>oneOf: [null, $ref]</c> matched null twice (and a non-nullable use accepted null). Null belongs to the use site.
    /// </summary>
    private static void KeepNullOutOfSharedEnums(IDictionary<string, IOpenApiSchema> schemas)
    {
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            if (schema.Enum is { } values)
                foreach (var none in values.Where(v => v is null).ToList()) values.Remove(none);
            if (schema.Enum is { Count: > 0 } && schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)) schema.Type = type & ~JsonSchemaType.Null;
            // The API writes enums as camelCase strings (Api.ConfigureJson): say so, for clients that type by it.
            if (schema.Enum is { Count: > 0 } && schema.Type is null && schema.Enum.All(v => v?.GetValueKind() == System.Text.Json.JsonValueKind.String))
                schema.Type = JsonSchemaType.String;
        }
    }

    // ---- Problems ----

    /// <summary>RFC 9457 problem details as this API sends them (docs/api.md "Errors"), with its extensions.</summary>
    private static OpenApiSchema ProblemSchema(bool validation)
    {
        OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = validation
                ? "Ongeldige invoer (RFC 9457): errors noemt elk veld (JSON-pad of queryparameter) met wat eraan schort."
                : "Een weigering of fout (RFC 9457) met een Nederlandse title en detail; rule noemt de regel.",
            Required = new HashSet<string> { "title", "status" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("URI van het soort probleem."),
                ["title"] = Text("Korte Nederlandse omschrijving."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = Text("Nederlandse uitleg voor deze keer."),
                ["instance"] = Text("Het verzoek waar het om gaat."),
                ["traceId"] = Text("Spoor-id voor de beheerder."),
                ["rule"] = Text("Code van de regel die het verzoek weigerde, bijvoorbeeld concurrency.stale-version of decision.mandate-required."),
                ["rules"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String },
                    Description = "Codes van alle regels die het verzoek weigerden.",
                },
                ["currentVersion"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int64",
                    Description = "Bij concurrency.stale-version: de huidige versie van de stroom (ook in ETag).",
                },
                ["streamIds"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
                    Description = "Bij idempotency.answer-lost: de stromen waaraan het eerdere verzoek schreef.",
                },
                ["retryAfterSeconds"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int32", Description = "Bij 503: na hoeveel seconden opnieuw proberen (ook Retry-After).",
                },
            },
        };
        if (validation)
        {
            schema.Required.Add("errors");
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                Description = "Per veld de Nederlandse meldingen.",
            };
        }
        return schema;
    }

    // ---- Read models ----

    /// <summary>
    /// A schema only answers use (and no request body) is a read model: the API writes all its properties, null
    /// or not, so all are required, and a client may rely on each being there. Schemas requests use keep their own.
    /// </summary>
    private static void MarkReadModelsRequired(OpenApiDocument document)
    {
        var schemas = document.Components!.Schemas!;
        var operations = Operations(document).ToList();
        var read = Reachable(schemas, operations.SelectMany(o => o.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values ?? []).Select(m => m.Schema));
        var written = Reachable(schemas, operations.SelectMany(o => o.RequestBody?.Content?.Values ?? []).Select(m => m.Schema));
        foreach (var name in read.Except(written).Where(n => n is not (Problem or ValidationProblem)))
            if (schemas[name] is OpenApiSchema { Properties.Count: > 0 } model)
                model.Required = new HashSet<string>(model.Properties.Keys);
        // A request may leave out what may be null: the command then reads it as null (a typed client need not send it).
        foreach (var name in written)
            if (schemas.TryGetValue(name, out var found) && found is OpenApiSchema { Required.Count: > 0, Properties: { } properties } request)
                foreach (var optional in request.Required!.Where(p => properties.TryGetValue(p, out var property) && AcceptsNull(property)).ToList())
                    request.Required.Remove(optional);
    }

    private static bool AcceptsNull(IOpenApiSchema schema) => schema is OpenApiSchema inline
        && ((inline.Type is { } type && type.HasFlag(JsonSchemaType.Null)) || inline.OneOf?.Any(o => o is OpenApiSchema { Type: JsonSchemaType.Null }) == true);

    private static HashSet<string> Reachable(IDictionary<string, IOpenApiSchema> schemas, IEnumerable<IOpenApiSchema?> roots)
    {
        var found = new HashSet<string>();
        var pending = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (found.Add(id) && schemas.TryGetValue(id, out var target)) pending.Push(target);
                continue;
            }
            if (schema is not OpenApiSchema inline) continue;
            foreach (var child in (inline.Properties?.Values ?? []).Concat(inline.OneOf ?? []).Concat(inline.AnyOf ?? []).Concat(inline.AllOf ?? [])
                         .Append(inline.Items).Append(inline.AdditionalProperties).OfType<IOpenApiSchema>())
                pending.Push(child);
        }
        return found;
    }

    private static void RemoveUnreferencedSchemas(OpenApiDocument document)
    {
        var schemas = document.Components!.Schemas!;
        var operations = Operations(document).ToList();
        var roots = operations.SelectMany(o => (o.RequestBody?.Content?.Values ?? [])
                .Concat(o.Responses?.Values.SelectMany(r => r.Content?.Values ?? []) ?? []).Select(m => m.Schema))
            .Concat(operations.SelectMany(o => o.Parameters ?? []).Select(p => p.Schema));
        var used = Reachable(schemas, roots);
        foreach (var name in schemas.Keys.Where(n => !used.Contains(n)).ToList()) schemas.Remove(name);
    }

    // ---- Summaries ----

    /// <summary>
    /// The doc comment of each endpoint (read by ASP.NET's XML comment generator into <c>summary</c>) becomes the
    /// description, and its first sentence the summary, in place of Wolverine's placeholder (<c>POST_api_…</c>).
    /// </summary>
    private static void UseDocCommentsAsSummaries(OpenApiDocument document)
    {
        foreach (var operation in Operations(document))
        {
            if (operation.Summary is not { Length: > 0 } text || IsPlaceholder(text)) continue;
            var full = string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            operation.Description = full;
            var end = full.IndexOf(". ", StringComparison.Ordinal);
            operation.Summary = end > 0 ? full[..(end + 1)] : full;
        }
    }

    /// <summary>Wolverine's stand-in when an endpoint has no doc comment: the method and route, joined by underscores.</summary>
    public static bool IsPlaceholder(string? text) =>
        text is null || System.Text.RegularExpressions.Regex.IsMatch(text, "^(GET|POST|PUT|PATCH|DELETE|HEAD)_");

    // ---- Security ----

    private static void AddSecuritySchemes(OpenApiDocument document)
    {
        document.Components!.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "governance",
                Description = "De sessiecookie na aanmelden via de identiteitsprovider (OpenID Connect, /aanmelden).",
            },
            [DemoPersonScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = DemoPersonAuthentication.Header,
                Description = "Alleen met Authentication:DevelopmentSignIn (ontwikkeling, tests, demo): het id van een persoon uit de gids.",
            },
        };
        var signedIn = new List<OpenApiSecurityRequirement>
        {
            new() { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] },
            new() { [new OpenApiSecuritySchemeReference(DemoPersonScheme, document)] = [] },
        };
        document.Security = signedIn;
    }
}
