using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Directory;

/// <summary>Correct a person's details. The same checks as registering a person apply.</summary>
public sealed record ChangePerson(string Name, string Email, Guid? OrganisationId, bool IsAdministrator = false)
{
    /// <param name="active">Whether the person exists and is not deactivated.</param>
    public static Outcome Decide(Guid personId, bool active, ChangePerson command, string? organisationName, bool emailInUseByOther, Instant now)
    {
        if (!active)
            return Outcome.Refuse(Refusal.Violates("person.active", "De toegang van deze persoon is ingetrokken; de gegevens kunnen niet meer worden gewijzigd."));
        var registered = RegisterPerson.Decide(personId, new RegisterPerson(command.Name, command.Email, command.OrganisationId, command.IsAdministrator),
            organisationName, emailInUseByOther, now);
        return registered.IsRefused
            ? registered
            : Outcome.Accept(registered.Events.OfType<PersonRegistered>().Select(e =>
                new PersonChanged(e.PersonId, e.Name, e.Email, e.OrganisationId, e.OrganisationName, e.IsAdministrator, e.RecordedAt)).Single());
    }
}

public sealed record DeactivatePerson(string Reason)
{
    public static Outcome Decide(Guid personId, bool active, DeactivatePerson command, Instant now)
    {
        var input = new Check().Required("reason", command.Reason, "De reden");
        if (input.Failed) return Outcome.Refuse(input.Refusals);
        if (!active) return Outcome.Refuse(Refusal.Violates("person.active", "De toegang van deze persoon is al ingetrokken."));
        return Outcome.Accept(new PersonDeactivated(personId, command.Reason.Trim(), now));
    }
}
