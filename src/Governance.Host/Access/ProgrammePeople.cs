using Governance.Domain.Common;
using Governance.Projections.Access;
using Marten;

namespace Governance.Host.Access;

/// <summary>
/// People picked from a programme's register rather than typed: a command names members by person id, and their
/// names come from the register. The events keep the names too (as before), so lists written before people were
/// picked read as they always did, and the ids let notifications, rights and "Mijn week" find the person.
/// </summary>
public static class ProgrammePeople
{
    /// <summary>The programme's members, ordered by name, as a page offers them to pick from.</summary>
    public static Task<IReadOnlyList<Member>> Of(IQuerySession session, Guid programmeId, CancellationToken ct) =>
        Of(session, [programmeId], ct);

    /// <summary>The members of any of the programmes (a gezamenlijke sessie covers several), each person once, ordered by name.</summary>
    public static async Task<IReadOnlyList<Member>> Of(IQuerySession session, IEnumerable<Guid> programmeIds, CancellationToken ct) =>
        (await session.LoadManyAsync<ProgrammeMembers>(ct, programmeIds.Distinct().ToArray()))
            .SelectMany(p => p.Members).DistinctBy(m => m.PersonId)
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();

    /// <summary>
    /// The names of the picked people, in the order given; or the refusal naming <paramref name="field"/> (400) when one
    /// of them is not a member of the programme (a person from outside the register is named in free text instead).
    /// </summary>
    public static Task<(IReadOnlyList<string> Names, Refusal? NotMembers)> NamesOf(
        IQuerySession session, Guid programmeId, IEnumerable<Guid>? personIds, string field, CancellationToken ct) =>
        NamesOf(session, [programmeId], personIds, field, ct);

    /// <summary>As above, for people who are each a member of at least one of the programmes.</summary>
    public static async Task<(IReadOnlyList<string> Names, Refusal? NotMembers)> NamesOf(
        IQuerySession session, IEnumerable<Guid> programmeIds, IEnumerable<Guid>? personIds, string field, CancellationToken ct)
    {
        var ids = (personIds ?? []).Distinct().ToList();
        if (ids.Count == 0) return ([], null);
        var members = (await Of(session, programmeIds, ct)).ToDictionary(m => m.PersonId);
        if (ids.Any(id => !members.ContainsKey(id)))
            return ([], Refusal.Invalid(field, "people.member-of-programme",
                "Kies alleen mensen die lid zijn van dit programma; noem iemand van buiten het register bij naam."));
        return (ids.Select(id => members[id].Name).ToList(), null);
    }

    /// <summary>The picked people's names first, then the names typed for people from outside the register.</summary>
    public static List<string> Together(IReadOnlyList<string> picked, IReadOnlyList<string>? outside) =>
        [.. picked, .. (outside ?? []).Where(n => n is null || !picked.Contains(n.Trim(), StringComparer.OrdinalIgnoreCase))];
}
