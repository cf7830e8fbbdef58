using Governance.Domain.Common;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Host.Web;

/// <summary>
/// What a page's form gets back from a command: accepted (with the id of what it created, if any), or refused with
/// the API's own Dutch messages — per field (camelCase, as the API names it) and in general.
/// </summary>
public sealed record CommandAnswer(bool Accepted, Guid? CreatedId, IReadOnlyDictionary<string, string> Errors, string? Message)
{
    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);
}

/// <summary>
/// Pages carry out commands by calling the use case itself (the <c>Execute…</c> beside each API endpoint): the same
/// domain Decide, the same refusal messages — no rule is written twice — and no HTTP answer in between: the refusals
/// come back as the domain states them and land on the form's fields. What every write needs besides is not the page's
/// to remember: the request's session is stamped with the person (Infrastructure/AttributedSessions.cs) and holds the
/// programme's write lock (Infrastructure/ProgrammeWriteLock.cs), as for the API. Outside Wolverine nothing commits
/// the session for us, so an accepted command is saved here.
/// </summary>
public static class PageCommands
{
    public static async Task<CommandAnswer> Run(IDocumentSession session, Func<Task<Handled>> useCase, CancellationToken ct)
    {
        // A posted field with a control character (Infrastructure/ControlCharacters.cs) is refused on that field before
        // the use case runs: the form comes back as typed, with the error where it is.
        if (CurrentRequest.HttpContext?.Items[ControlCharacters.PageFormFieldItem] is string posted)
            return new CommandAnswer(false, null, new Dictionary<string, string> { [ControlCharacters.CommandFieldOf(posted)] = ControlCharacters.PageFieldMessage },
                "Het formulier bevat fouten; pas de gemarkeerde velden aan.");
        var handled = await useCase();
        if (!handled.Accepted) return Refused(handled);
        await session.SaveChangesAsync(ct);
        return new CommandAnswer(true, handled.CreatedId, new Dictionary<string, string>(), null);
    }

    /// <summary>The page's request (HttpContextAccessor reads the current one; registered in Infrastructure/Store.cs).</summary>
    private static readonly HttpContextAccessor CurrentRequest = new();

    /// <summary>Each wrong field gets its own messages; otherwise the form says why nothing happened.</summary>
    private static CommandAnswer Refused(Handled handled)
    {
        var errors = handled.Refusals
            .Where(r => r.Kind == RefusalKind.InvalidInput && r.Field is not null)
            .GroupBy(r => r.Field!)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(r => r.Message)));
        var message = errors.Count > 0
            ? "Het formulier bevat fouten; pas de gemarkeerde velden aan."
            : handled.Forbidden ?? handled.Refusals[0].Message;
        return new CommandAnswer(false, null, errors, message);
    }

    /// <summary>The value of a query endpoint's 200 answer (the page shows what the API would answer).</summary>
    public static T? ValueOf<T>(IResult result) where T : class => (result as IValueHttpResult)?.Value as T;
}

/// <summary>
/// One form field for the shared partial _Veld: id (the API's field name, so the error summary can link to it),
/// posted name, label, value, its error and a hint; whether it is required and its maximum length (docs/web.md "Formulieren").
/// </summary>
public sealed record FormField(string Id, string Name, string Label, string? Value, string? Error, string Type = "text", string? Hint = null,
    bool Required = false, int? MaxLength = null)
{
    /// <summary>The limit the command's Decide enforces on this field (the table the OpenAPI document shows too).</summary>
    public static int? LimitOf<TCommand>(string field) =>
        Infrastructure.OpenApiTextLimits.Limits.TryGetValue(typeof(TCommand), out var fields) && fields.TryGetValue(field, out var limit) ? limit : null;
}

/// <summary>The error summary's model when the page's field ids are not the API's field names (several forms on one page).</summary>
public sealed record ErrorSummary(CommandAnswer? Answer, IReadOnlyDictionary<string, string>? FieldIds = null);

/// <summary>Marks a request whose form was refused, so the layout prefixes the page title with "Fout:" (WCAG 3.3.1).</summary>
public static class FormErrors
{
    public const string ItemKey = "governance:form-errors";

    public static bool On(HttpContext context) => context.Items.ContainsKey(ItemKey);
}

/// <summary>The success message after a save, kept across the redirect (TempData) and shown once by the layout.</summary>
public static class Saved
{
    public const string Key = "Gelukt";

    public static void Tell(Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData, string message) => tempData[Key] = message;
}

/// <summary>
/// The confirmation a destructive action asks for (partial _Bevestigen): a checkbox the person ticks in the same form,
/// so the action cannot happen by one click or a stray Enter. Until it is ticked the command is not even tried.
/// </summary>
public sealed record Confirmation(string Id, string Label, string? Error, bool Checked)
{
    public static CommandAnswer Missing(string id, string message) =>
        new(false, null, new Dictionary<string, string> { [id] = message }, message);
}

/// <summary>
/// People picked for the shared partial _Mensen: the programme's members as checkboxes (posted as person ids under
/// <see cref="Name"/>) and a free-text field for people from outside the register (posted under <see cref="OutsideName"/>).
/// </summary>
public sealed record PeopleField(
    string Id,
    string Name,
    string Legend,
    IReadOnlyList<Governance.Projections.Access.Member> Members,
    IReadOnlyCollection<Guid> Selected,
    string? Error,
    string OutsideName,
    string OutsideLabel,
    string? Outside,
    string? OutsideError);

/// <summary>A required choice from a list for the shared partial _Keuze: id (the API's field name or the page's), posted name, label, options, the chosen value and its error.</summary>
public sealed record SelectField(string Id, string Name, string Label, string Empty, IReadOnlyList<(string Value, string Label)> Options, string? Selected, string? Error);
