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
/// Pages carry out commands by calling the API's own endpoint method: the same domain Decide, the same rights checks
/// inside the endpoint, the same refusal messages — no rule is written twice. What every write needs besides is not
/// the page's to remember: the request's session is stamped with the person (Infrastructure/AttributedSessions.cs)
/// and holds the programme's write lock (Infrastructure/ProgrammeWriteLock.cs), as for the API. Outside Wolverine
/// nothing commits the session for us, so an accepted command is saved here.
/// </summary>
public static class PageCommands
{
    public static async Task<CommandAnswer> Run(IDocumentSession session, Func<Task<IResult>> endpoint, CancellationToken ct)
    {
        var result = await endpoint();
        if (result is IValueHttpResult { Value: ProblemDetails problem })
        {
            var errors = problem is HttpValidationProblemDetails validation
                ? validation.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value))
                : new Dictionary<string, string>();
            var message = errors.Count > 0 ? "Het formulier bevat fouten; pas de gemarkeerde velden aan." : problem.Detail ?? problem.Title;
            return new CommandAnswer(false, null, errors, message);
        }
        await session.SaveChangesAsync(ct);
        var created = result is IValueHttpResult { Value: CreatedId id } ? id.Id : (Guid?)null;
        return new CommandAnswer(true, created, new Dictionary<string, string>(), null);
    }

    /// <summary>The value of a query endpoint's 200 answer (the page shows what the API would answer).</summary>
    public static T? ValueOf<T>(IResult result) where T : class => (result as IValueHttpResult)?.Value as T;
}

/// <summary>One form field for the shared partial _Veld: id, posted name, label, value, its error and a hint.</summary>
public sealed record FormField(string Id, string Name, string Label, string? Value, string? Error, string Type = "text", string? Hint = null);

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
