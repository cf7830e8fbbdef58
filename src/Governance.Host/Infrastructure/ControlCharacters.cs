using System.Text.Json;
using Governance.Host.Web;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Text with a control character (U+0000–U+001F other than tab, line feed and carriage return) or half a surrogate
/// pair is refused with a 400 naming the field, wherever it comes in: the query string, a page form or a JSON body.
/// PostgreSQL's jsonb cannot store U+0000 (it answered with a 500), and RFC 5545 forbids the other controls in the
/// calendars the text ends up in; no name, title or reason needs one.
/// </summary>
public sealed class ControlCharacters(RequestDelegate next)
{
    /// <summary>Where the Dutch error page (<c>/fout/400</c>) finds the message for a page request that was refused.</summary>
    public const string PageMessageItem = "governance.invalid-text";

    /// <summary>The page form field (as posted, "Form.Title") that holds a control character; see <see cref="InvokeAsync"/>.</summary>
    public const string PageFormFieldItem = "governance.invalid-form-field";

    /// <summary>What the form says beside the field; the field itself is marked, so the message needs no name.</summary>
    public const string PageFieldMessage =
        "Dit veld bevat een teken dat niet is toegestaan (een onzichtbaar stuurteken, zoals U+0000). Haal het weg; alleen tab en regeleinde mogen.";

    public async Task InvokeAsync(HttpContext http)
    {
        // The error page that a refused page form is re-executed as carries the same form: let it render.
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null) { await next(http); return; }
        var field = FirstInQuery(http.Request.Query);
        if (field is null && http.Request.HasFormContentType && await FirstInForm(http) is ({ } formField, var readable))
        {
            if (WebSetup.IsPage(http) && readable)
            {
                // A person gets the form back with what they typed and the error on that field: the page's command is
                // refused before it runs (Web/PageCommands.cs), or, for a page that runs none, the error page below
                // (Web/ControlCharactersInPageForms.cs). Nothing is written either way.
                http.Items[PageFormFieldItem] = formField;
                await next(http);
                return;
            }
            field = formField;
        }
        if (field is null) { await next(http); return; }

        if (WebSetup.IsPage(http))
        {
            // A form field is named as the page's model calls it ("Form.Title"): the last part is the field.
            var message = Message(field[(field.LastIndexOf('.') + 1)..]);
            // An empty 400 is re-executed as the Dutch error page, which shows this message.
            http.Items[PageMessageItem] = message;
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await Invalid(field).ExecuteAsync(http);
    }

    /// <summary>
    /// The field a page form's command names for a posted field: without the page model's prefix, in camelCase
    /// ("Form.Options[0].Name" → "options[0].name"), as the API and the forms' error keys name it.
    /// </summary>
    public static string CommandFieldOf(string posted)
    {
        var parts = posted.Split('.');
        if (parts.Length > 1) parts = parts[1..];
        return string.Join('.', parts.Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
    }

    public static string Message(string field) =>
        $"{field} bevat een teken dat niet is toegestaan (een stuurteken zoals U+0000). Alleen tab en regeleinde mogen.";

    public static IResult Invalid(string field) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [Message(field)] },
        title: "De invoer is niet geldig.",
        detail: Message(field),
        extensions: new Dictionary<string, object?> { ["rule"] = "text.control-character" });

    /// <summary>True when the text holds a C0 control other than tab, CR and LF, or an unpaired surrogate.</summary>
    public static bool IsForbidden(string? text)
    {
        if (text is null) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\r' or '\n')) return true;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return true;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return true;
        }
        return false;
    }

    private static string? FirstInQuery(IQueryCollection query)
    {
        foreach (var (key, values) in query)
        {
            if (IsForbidden(key)) return "query";
            if (values.Any(IsForbidden)) return key;
        }
        return null;
    }

    /// <summary>
    /// The first form field with a forbidden character, and whether ASP.NET can read the form at all: it refuses a
    /// url-encoded form with U+0000 outright (InvalidDataException), so that one is found in the raw body, and no page
    /// can show such a form again (its antiforgery token cannot even be read).
    /// </summary>
    private static async Task<(string? Field, bool Readable)> FirstInForm(HttpContext http)
    {
        http.Request.EnableBuffering();
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException) when (http.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            return (await FirstInRawForm(http), false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, false); // a malformed form is the page's own 400, as before
        }
        foreach (var (key, values) in form)
        {
            if (IsForbidden(key)) return ("form", true);
            if (values.Any(IsForbidden)) return (key, true);
        }
        return (null, true);
    }

    private static async Task<string?> FirstInRawForm(HttpContext http)
    {
        http.Request.Body.Position = 0;
        using var reader = new StreamReader(http.Request.Body, leaveOpen: true);
        var raw = await reader.ReadToEndAsync(http.RequestAborted);
        http.Request.Body.Position = 0;
        foreach (var pair in raw.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=') is var at and >= 0 ? (pair[..at], pair[(at + 1)..]) : (pair, "");
            static string Decoded(string text) { try { return Uri.UnescapeDataString(text.Replace('+', ' ')); } catch (UriFormatException) { return text; } }
            if (IsForbidden(Decoded(key))) return "form";
            if (IsForbidden(Decoded(value))) return Decoded(key);
        }
        return null;
    }

    /// <summary>The path of the first string in a JSON body that holds a forbidden character ("options[1].name"), or null.</summary>
    public static string? FirstInJson(JsonElement element, string path = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsForbidden(TextOf(element)) ? JsonBodies.FieldOf(path) : null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    if (FirstInJson(item, $"{path}[{index++}]") is { } found) return found;
                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var here = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (IsForbidden(property.Name)) return JsonBodies.FieldOf(path);
                    if (FirstInJson(property.Value, here) is { } found) return found;
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>The string's value; an escaped half surrogate pair ("\ud800") cannot be read as one and counts as forbidden.</summary>
    private static string TextOf(JsonElement element)
    {
        try { return element.GetString() ?? ""; }
        catch (InvalidOperationException) { return "\0"; }
    }
}
