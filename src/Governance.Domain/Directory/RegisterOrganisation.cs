using Governance.Domain.Common;
using Governance.Domain.Partners;
using NodaTime;

namespace Governance.Domain.Directory;

public sealed record RegisterOrganisation(string Name, Bestuurslaag? Layer)
{
    /// <param name="nameInUse">Whether another organisation already has this name (names identify organisations to people).</param>
    public static Outcome Decide(Guid organisationId, RegisterOrganisation command, bool nameInUse, Instant now)
    {
        var input = new Check()
            .Required("name", command.Name, "De naam")
            .Required("layer", command.Layer, "De bestuurslaag");
        if (input.Failed) return Outcome.Refuse(input.Refusals);
        if (nameInUse)
            return Outcome.Refuse(Refusal.Violates("organisation.unique", $"Er is al een organisatie met de naam {command.Name.Trim()}. Gebruik die organisatie, of vul een andere naam in."));
        return Outcome.Accept(new OrganisationRegistered(organisationId, command.Name.Trim(), command.Layer!.Value, now));
    }
}
