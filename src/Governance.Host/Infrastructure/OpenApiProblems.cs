using Governance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Documents the problem answers every endpoint can give because of how it is protected or what it takes, so no
/// endpoint has to repeat them: 401 for every endpoint behind a sign-in, 403 for a missing right or administrator,
/// 404 for a programme the person is not a member of (a programme-scoped right), 400 for an endpoint with a body
/// or query, and 409 for writes to an existing stream (If-Match, a refused rule). Each as RFC 9457 problem details.
/// An answer an endpoint documents itself is left as it is.
/// </summary>
public sealed class OpenApiProblems : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any()) return;

        var right = metadata.OfType<RequiresRightAttribute>().Any();
        var administrator = metadata.OfType<RequiresAdministratorAttribute>().Any();
        var method = context.Description.HttpMethod ?? "GET";
        var takesInput = context.Description.ParameterDescriptions.Any(p => p.Source.Id is "Body" or "Query");
        var writes = method is "POST" or "PUT" or "PATCH" or "DELETE";

        operation.Responses ??= [];
        await Add(operation, context, StatusCodes.Status401Unauthorized, "Niet aangemeld.", validation: false, ct);
        if (right || administrator)
            await Add(operation, context, StatusCodes.Status403Forbidden, "Onvoldoende rechten voor deze handeling.", validation: false, ct);
        if (right || context.Description.RelativePath?.Contains('{') == true)
            await Add(operation, context, StatusCodes.Status404NotFound, "Niet gevonden (of geen lid van dit programma).", validation: false, ct);
        if (takesInput || writes)
            await Add(operation, context, StatusCodes.Status400BadRequest, "Ongeldige invoer; errors noemt het veld.", validation: true, ct);
        if (writes && context.Description.RelativePath?.Contains('{') == true)
            await Add(operation, context, StatusCodes.Status409Conflict, "Een regel of een verouderde versie (If-Match) staat dit niet toe.", validation: false, ct);
        foreach (var listed in operation.Responses.Keys.Where(k => k.StartsWith('4')).ToList())
            await Add(operation, context, int.Parse(listed), "", validation: listed == "400", ct);
    }

    private static async Task Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description,
        bool validation, CancellationToken ct)
    {
        var key = status.ToString();
        // Some answers are listed without a body (Wolverine lists a 404 for a route parameter it loads): give them theirs.
        if (operation.Responses!.TryGetValue(key, out var existing) && existing.Content is { Count: > 0 }) return;
        var schema = await context.GetOrCreateSchemaAsync(validation ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails), null, ct);
        operation.Responses[key] = new OpenApiResponse
        {
            Description = existing?.Description is { Length: > 0 } known && known != "Not Found" ? known : description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        };
    }
}
