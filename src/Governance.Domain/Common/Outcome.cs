namespace Governance.Domain.Common;

/// <summary>Why a command was refused. The host turns it into problem details: 404 when it names something the
/// programme lacks, 400 for bad input, 409 for a rule.</summary>
public enum RefusalKind
{
    /// <summary>The input itself is wrong (empty, too long, out of range); <see cref="Refusal.Field"/> names it.</summary>
    InvalidInput,

    /// <summary>The input is well-formed but a rule of the domain forbids it in the current state.</summary>
    RuleViolated,

    /// <summary>
    /// The command names something (a partner, a body, a tension, a follow-up action) that does not exist in this
    /// programme: the one answer to "the route names something this programme lacks", 404 over HTTP.
    /// </summary>
    NotFound,
}

/// <param name="Kind">Bad input, a broken rule, or something named that is not there.</param>
/// <param name="Rule">Stable code of the rule, as listed in docs/domain-rules.md.</param>
/// <param name="Message">Dutch text a person can act on.</param>
/// <param name="Field">The command field at fault (camelCase, as the API names it), if any.</param>
/// <param name="Missing">For <see cref="RefusalKind.NotFound"/>: what was not found, as a Dutch noun ("Overleg").</param>
public sealed record Refusal(RefusalKind Kind, string Rule, string Message, string? Field = null, string? Missing = null)
{
    public static Refusal Invalid(string field, string rule, string message) => new(RefusalKind.InvalidInput, rule, message, field);
    public static Refusal Violates(string rule, string message) => new(RefusalKind.RuleViolated, rule, message);
    public static Refusal NotFound(string rule, string missing, string message) => new(RefusalKind.NotFound, rule, message, Missing: missing);
}

/// <summary>
/// What a pure decision returns: either the events to append, or the refusals that explain why nothing happens.
/// A refused command never yields events, so "a refused command writes nothing" holds by construction.
/// </summary>
public sealed class Outcome
{
    private Outcome(IReadOnlyList<object> events, IReadOnlyList<Refusal> refusals)
    {
        Events = events;
        Refusals = refusals;
    }

    public IReadOnlyList<object> Events { get; }
    public IReadOnlyList<Refusal> Refusals { get; }
    public bool IsRefused => Refusals.Count > 0;

    public static Outcome Accept(params object[] events) => new(events, []);
    public static Outcome Refuse(params Refusal[] refusals) => new([], refusals);
    public static Outcome Refuse(IEnumerable<Refusal> refusals) => new([], refusals.ToArray());
}
