using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>Name a person who acts for a partner organisation in this programme (rec. 6: make connections personal).</summary>
public sealed record NameRepresentative(string Name, string Function)
{
    public static Outcome Decide(Programme programme, Guid partnerId, Guid personId, NameRepresentative command, Instant now)
    {
        if (programme.UnknownPartner(partnerId) is { } unknown) return Outcome.Refuse(unknown);

        var input = new Check()
            .Required("name", command.Name, "De naam")
            .Required("function", command.Function, "De functie");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.InactivePartner(partnerId) is { } inactive) return Outcome.Refuse(inactive);

        return Outcome.Accept(new RepresentativeNamed(programme.Id, partnerId, personId, command.Name.Trim(), command.Function.Trim(), now));
    }
}
