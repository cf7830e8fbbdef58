using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Reads a request's JSON body before the endpoint does, with the API's own JSON settings and the type the endpoint
/// accepts, so a body that is not valid JSON, has a wrong type, an unknown enum value or an impossible date is a
/// Dutch 400 naming the field (<c>errors.decidedOn</c>), instead of the framework's English message naming .NET
/// types. Text with a control character is refused here too (<see cref="ControlCharacters"/>). A body that reads well goes on to the endpoint unchanged.
/// </summary>
public sealed class JsonBodies(RequestDelegate next, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    /// <summary>No request body of this API comes near this; a larger one is refused before it is read.</summary>
    public const long MaxBodyBytes = 1_000_000;

    public async Task InvokeAsync(HttpContext http)
    {
        var accepts = http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>();
        // A body sent without a Content-Type is read as JSON by the endpoint all the same, so it is checked here too.
        var unlabelled = string.IsNullOrEmpty(http.Request.ContentType)
                         && (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0);
        if (accepts?.RequestType is not { } type || !(http.Request.HasJsonContentType() || unlabelled))
        {
            await next(http);
            return;
        }
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await Invalid("body", $"De inhoud is groter dan {MaxBodyBytes / 1000} kB.").ExecuteAsync(http);
            return;
        }

        http.Request.EnableBuffering();
        if (await FirstControlCharacter(http) is { } withControl)
        {
            await ControlCharacters.Invalid(withControl).ExecuteAsync(http);
            return;
        }
        try
        {
            var body = await JsonSerializer.DeserializeAsync(http.Request.Body, type, json.Value.SerializerOptions, http.RequestAborted);
            if (body is null)
            {
                await Invalid("body", "De inhoud is verplicht: een JSON-object.").ExecuteAsync(http);
                return;
            }
            if (FirstNullElement(body, "", depth: 0) is { } field)
            {
                await Invalid(field, $"{field} mag niet leeg (null) zijn.").ExecuteAsync(http);
                return;
            }
        }
        catch (JsonException e)
        {
            await Invalid(FieldOf(e.Path), MessageFor(e)).ExecuteAsync(http);
            return;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            await Invalid("body", "De inhoud kon niet worden gelezen.").ExecuteAsync(http);
            return;
        }
        http.Request.Body.Position = 0;
        await next(http);
    }

    /// <summary>The field of the first text with a control character, before the body is read as its type (which may refuse it less clearly).</summary>
    private static async Task<string?> FirstControlCharacter(HttpContext http)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            return ControlCharacters.FirstInJson(document.RootElement);
        }
        catch (JsonException)
        {
            return null; // not JSON: reading it as its type below says where
        }
        finally
        {
            http.Request.Body.Position = 0;
        }
    }

    /// <summary>
    /// Commands take lists of records (options, agenda items): JSON can put a null where one is expected, which
    /// the domain's checks do not expect. The first such null in the body, named as a field path, or null.
    /// </summary>
    private static string? FirstNullElement(object value, string path, int depth)
    {
        if (depth > 6 || value is string) return null;
        if (value is System.Collections.IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                var here = $"{path}[{index++}]";
                if (item is null) return here;
                if (FirstNullElement(item, here, depth + 1) is { } found) return found;
            }
            return null;
        }
        var type = value.GetType();
        if (type.Namespace?.StartsWith("Governance.", StringComparison.Ordinal) != true) return null;
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.GetValue(value) is not { } member) continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (FirstNullElement(member, path.Length == 0 ? name : $"{path}.{name}", depth + 1) is { } found) return found;
        }
        return null;
    }

    /// <summary>"$.decidedBy.partnerId" → "decidedBy.partnerId"; the whole body ("$" or none) → "body".</summary>
    public static string FieldOf(string? path)
    {
        var field = (path ?? "").TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }

    private static string MessageFor(JsonException e) =>
        // A syntax error comes from the reader (an internal JsonReaderException inside); the rest are values of the wrong form.
        e.InnerException?.GetType().Name == "JsonReaderException" || e.Path is null
            ? $"De inhoud is geen geldige JSON (regel {e.LineNumber + 1})."
            : $"De waarde van {FieldOf(e.Path)} heeft niet de verwachte vorm: een tekst waar een getal hoort, een onbekende keuze of een datum die niet bestaat (gebruik jjjj-mm-dd).";

    private static IResult Invalid(string field, string message) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] },
        title: "De invoer is niet geldig.",
        detail: message);
}
