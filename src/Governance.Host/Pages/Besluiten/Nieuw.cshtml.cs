using Governance.Domain.Access;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Host.Access;
using Governance.Host.Decisions;
using Governance.Host.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;
using Governance.Projections.Bodies;
using Governance.Projections.Programmes;
using Governance.Domain.Common;
using Governance.Host.Infrastructure;

namespace Governance.Host.Pages.Besluiten;

/// <summary>
/// "Besluit vastleggen": the form of POST /api/programmes/{id}/decisions. It calls that endpoint's method, so the
/// decision goes through LogDecision.Decide with the API's rules and messages; those show next to the fields.
/// </summary>
[RequiresRight(Right.LogDecisions)]
public sealed class NieuwModel(IDocumentSession session, IClock clock) : PageModel
{
    /// <summary>Without JavaScript a fixed number of option rows; empty rows are left out.</summary>
    public const int OptionRows = 3;

    public Guid ProgrammeId { get; private set; }
    public ProgrammeOverview Programme { get; private set; } = null!;
    public GovernanceBodies Bodies { get; private set; } = null!;
    public CommandAnswer? Answer { get; private set; }

    [BindProperty] public DecisionForm Form { get; set; } = new();

    /// <summary>Who can be named responsible: the programme's director and delegates.</summary>
    public IReadOnlyList<Governance.Projections.Access.Member> Directors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid programmeId, CancellationToken ct)
    {
        if (!await Load(programmeId, ct)) return NotFound();
        Form.DecidedOn = Dutch.Iso(clock.GetCurrentInstant().InZone(AmsterdamTime.Zone).Date);
        // Whoever logs it is responsible unless another director or delegate is chosen.
        Form.ResponsiblePersonId = Directors.FirstOrDefault(d => d.PersonId == User.PersonIdOf())?.PersonId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid programmeId, CancellationToken ct)
    {
        if (!await Load(programmeId, ct)) return NotFound();
        var dateErrors = new Dictionary<string, string>();
        var command = Form.ToCommand(dateErrors);
        if (dateErrors.Count > 0)
        {
            // A date the browser sent in another form is this page's own message: nothing is carried out.
            Answer = new CommandAnswer(false, null, dateErrors, "Het formulier bevat fouten; pas de gemarkeerde velden aan.");
            return Page();
        }
        var answer = await PageCommands.Run(session, () => LogDecisionEndpoint.Execute(programmeId, command, session, clock, ct), ct);
        // The API names an option by its place among the options sent (options[0].name); the page by its row.
        Answer = answer.Accepted ? answer : answer with { Errors = answer.Errors.ToDictionary(e => Form.FieldIdOf(e.Key), e => Form.MessageOf(e.Key, e.Value)) };
        if (!Answer.Accepted) return Page();
        Saved.Tell(TempData, "Het besluit is vastgelegd.");
        return Redirect($"/programmas/{programmeId}/besluiten/{Answer.CreatedId}");
    }

    public string? ErrorOf(string field) => Answer?.ErrorOf(field);

    private async Task<bool> Load(Guid programmeId, CancellationToken ct)
    {
        ProgrammeId = programmeId;
        var programme = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        if (programme is null) return false;
        Programme = programme;
        Bodies = await session.LoadAsync<GovernanceBodies>(programmeId, ct) ?? new GovernanceBodies { Id = programmeId };
        Directors = (await ProgrammePeople.Of(session, programmeId, ct))
            .Where(m => m.Role is MemberRole.Programmadirecteur or MemberRole.Gedelegeerde).ToList();
        while (Form.Options.Count < OptionRows) Form.Options.Add(new OptionRow());
        return true;
    }

    public IEnumerable<Recommendation> Recommendations => Enum.GetValues<Recommendation>();
}

public sealed class OptionRow
{
    public string? Name { get; set; }
    public string? Pros { get; set; }
    public string? Cons { get; set; }
}

/// <summary>What the form posts; turned into the API's LogDecision command.</summary>
public sealed class DecisionForm
{
    public string? Title { get; set; }
    public string? Context { get; set; }
    public List<OptionRow> Options { get; set; } = [];
    /// <summary>The option row (0-based) marked as chosen: a choice among the options entered, never retyped.</summary>
    public int? ChosenRow { get; set; }
    public string? Rationale { get; set; }
    /// <summary>"overleg:&lt;id&gt;", "partner:&lt;id&gt;" or "onbekend": one choice, so exactly one is named.</summary>
    public string? DecidedBy { get; set; }
    public Guid? MandateId { get; set; }
    /// <summary>The programme director or delegate responsible for the decision, picked from the members.</summary>
    public Guid? ResponsiblePersonId { get; set; }
    public string? DecidedOn { get; set; }
    public List<Recommendation> Recommendations { get; set; } = [];
    public string? ExpectedEffect { get; set; }
    public string? ReviewOn { get; set; }
    public string Status { get; set; } = nameof(DecisionStatus.Taken);
    public bool WooPublic { get; set; } = true;
    public string? WooGround { get; set; }

    public LogDecision ToCommand(Dictionary<string, string> dateErrors)
    {
        DecidedByInput? by = DecidedBy == "onbekend" ? new DecidedByInput(null, null) { Unknown = true } : null;
        if (DecidedBy?.Split(':') is [var kind, var id] && Guid.TryParse(id, out var makerId))
            by = kind == "overleg" ? new DecidedByInput(makerId, null) : new DecidedByInput(null, makerId);
        _sentRows = Options.Select((o, row) => (o, row))
            .Where(x => !string.IsNullOrWhiteSpace(x.o.Name) || !string.IsNullOrWhiteSpace(x.o.Pros) || !string.IsNullOrWhiteSpace(x.o.Cons))
            .Select(x => x.row).ToList();
        var options = _sentRows.Select(row => new DecisionOption(Options[row].Name ?? "", Options[row].Pros ?? "", Options[row].Cons ?? "")).ToList();
        // The chosen option is the name of the row marked; with a single option entered, that one.
        var chosenRow = ChosenRow is { } marked && _sentRows.Contains(marked) ? marked : _sentRows.Count == 1 ? _sentRows[0] : (int?)null;
        var chosen = chosenRow is { } r ? Options[r].Name ?? "" : "";
        return new LogDecision(
            Title ?? "", Context, options, chosen, Rationale ?? "", by, MandateId,
            Date(DecidedOn, "decidedOn", dateErrors), Recommendations, ExpectedEffect,
            Date(ReviewOn, "reviewOn", dateErrors),
            Enum.TryParse<DecisionStatus>(Status, out var status) ? status : DecisionStatus.Taken,
            new WooInput(WooPublic, WooGround)) { ResponsiblePersonId = ResponsiblePersonId };
    }

    /// <summary>The form rows sent as options, in order: options[i] of the command is row _sentRows[i].</summary>
    private List<int> _sentRows = [];

    /// <summary>The API's message about options[i] speaks of "optie i+1"; on the page that option is in another row when a row was left empty.</summary>
    public string MessageOf(string apiField, string message) =>
        OptionIndex(apiField) is { } i && _sentRows[i] != i ? message.Replace($"optie {i + 1}", $"optie {_sentRows[i] + 1}", StringComparison.Ordinal) : message;

    private int? OptionIndex(string apiField)
    {
        var match = System.Text.RegularExpressions.Regex.Match(apiField, @"^options\[(\d+)\]\.");
        return match.Success && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < _sentRows.Count ? i : null;
    }

    /// <summary>
    /// The page's field id of an API field: options[i].name → optie-&lt;row&gt;-naam (its row on the form),
    /// chosenOption → the first "gekozen" radio; any other field keeps the API's name.
    /// </summary>
    public string FieldIdOf(string apiField)
    {
        if (OptionIndex(apiField) is { } i)
            return $"optie-{_sentRows[i] + 1}-" + apiField[(apiField.IndexOf('.') + 1)..] switch { "name" => "naam", "pros" => "voor", _ => "tegen" };
        return apiField == "chosenOption" ? "gekozen-1" : apiField;
    }

    private static LocalDate? Date(string? value, string field, Dictionary<string, string> errors)
    {
        if (IsoDate.TryRead(value, out var date)) return date;
        errors[field] = IsoDate.Message;
        return null;
    }
}
