using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Access;

/// <summary>Give a person a role in the programme (replacing a role they had), optionally acting for a partner.</summary>
public sealed record AssignMember(Guid? PersonId, MemberRole? Role, Guid? PartnerId)
{
    /// <param name="personName">The person's name, or null when no person has that id.</param>
    public static Outcome Decide(Programme programme, AssignMember command, string? personName, Instant now)
    {
        var input = new Check()
            .Required("personId", command.PersonId, "De persoon")
            .Required("role", command.Role, "De rol")
            .That(command.Role != MemberRole.Partner || command.PartnerId is not null, "partnerId", "member.partner-needs-organisation",
                "Iemand in de rol partner handelt namens een partnerorganisatie: kies die organisatie.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (personName is null)
            return Outcome.Refuse(Refusal.Invalid("personId", "member.person-exists", "Kies een persoon uit de lijst."));
        if (programme.Ended)
            return Outcome.Refuse(Refusal.Violates("programme.ended", "Dit programma is beëindigd."));
        if (command.PartnerId is { } partnerId && !programme.HasActivePartner(partnerId))
            return Outcome.Refuse(Refusal.Violates("member.partner-active", "Kies een partner die (nog) deelneemt aan dit programma."));

        return Outcome.Accept(new ProgrammeMemberAssigned(programme.Id, command.PersonId!.Value, personName, command.Role!.Value, command.PartnerId, now));
    }
}

public static class RemoveMember
{
    public static Outcome Decide(Programme programme, Guid personId, Instant now)
    {
        if (!programme.Members.ContainsKey(personId))
            return Outcome.Refuse(Refusal.Violates("member.exists", "Kies een persoon die lid is van dit programma."));
        if (programme.Members[personId] == MemberRole.Opdrachtgever && programme.Members.Values.Count(r => r == MemberRole.Opdrachtgever) == 1)
            return Outcome.Refuse(Refusal.Violates("member.last-opdrachtgever",
                "Een programma houdt minstens één opdrachtgever: wijs eerst een andere opdrachtgever aan."));
        return Outcome.Accept(new ProgrammeMemberRemoved(programme.Id, personId, now));
    }
}
