using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Resources;

/// <summary>
/// Someone joins the programme team, with the competences they bring (rec. 4 asks for veranderkundige, juridische
/// kennis en kennis van de problematiek) and the part of a full-time job they give the programme.
/// </summary>
public sealed record AddTeamMember(string Name, string Role, IReadOnlyList<string>? Competences, decimal? Fte)
{
    public const int MaxCompetences = 20;

    public static Outcome Decide(Programme programme, Guid memberId, AddTeamMember command, Instant now)
    {
        var competences = command.Competences ?? [];
        var input = new Check()
            .Required("name", command.Name, "De naam")
            .Required("role", command.Role, "De rol in het team")
            .Required("fte", command.Fte, "De omvang in fte")
            .That(command.Fte is null or (> 0 and <= 1.0m), "fte", "team.fte-range", "Vul een omvang in van meer dan 0 en maximaal 1,0 fte.")
            .That(competences.Count <= MaxCompetences, "competences", "input.too-many", $"Noem maximaal {MaxCompetences} competenties.")
            .That(competences.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= TextLimits.Short), "competences",
                "team.competence-named", "Geef elke competentie een naam van maximaal 200 tekens.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new TeamMemberJoined(programme.Id, memberId, command.Name.Trim(), command.Role.Trim(),
            competences.Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), command.Fte!.Value, now));
    }
}

/// <summary>A team member leaves the programme team.</summary>
public sealed record RecordTeamMemberDeparture(LocalDate? LeftOn)
{
    public static Outcome Decide(Programme programme, Guid memberId, RecordTeamMemberDeparture command, Instant now)
    {
        if (!programme.TeamMembers.Contains(memberId) && !programme.TeamMembersWhoLeft.Contains(memberId))
            return Outcome.Refuse(Refusal.NotFound("team.member-exists", "Teamlid", "Dit teamlid bestaat niet in dit programma."));

        var input = new Check().Required("leftOn", command.LeftOn, "De datum van vertrek");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.TeamMembersWhoLeft.Contains(memberId))
            return Outcome.Refuse(Refusal.Violates("team.left-once", "Dit teamlid heeft het team al verlaten."));

        return Outcome.Accept(new TeamMemberLeft(programme.Id, memberId, command.LeftOn!.Value, now));
    }
}
