using System.Net.Mail;
using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Directory;

public sealed record RegisterPerson(string Name, string Email, Guid? OrganisationId, bool IsAdministrator = false)
{
    /// <param name="organisationName">The organisation's name, or null when no organisation has that id.</param>
    /// <param name="emailInUse">Whether another person already signs in with this email.</param>
    public static Outcome Decide(Guid personId, RegisterPerson command, string? organisationName, bool emailInUse, Instant now)
    {
        var input = new Check()
            .Required("name", command.Name, "De naam")
            .Required("email", command.Email, "Het e-mailadres")
            .That(string.IsNullOrWhiteSpace(command.Email) || MailAddress.TryCreate(command.Email.Trim(), out _), "email",
                "input.email", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")
            .Required("organisationId", command.OrganisationId, "De organisatie");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (organisationName is null)
            return Outcome.Refuse(Refusal.Invalid("organisationId", "person.organisation-exists", "Kies een organisatie uit de lijst."));
        if (emailInUse)
            return Outcome.Refuse(Refusal.Violates("person.email-unique", "Er is al een persoon met dit e-mailadres. Gebruik die persoon, of vul een ander e-mailadres in."));

        return Outcome.Accept(new PersonRegistered(personId, command.Name.Trim(), Normalise(command.Email), command.OrganisationId!.Value,
            organisationName, command.IsAdministrator, now));
    }

    /// <summary>Emails compare case-insensitively; they are stored in one form so a sign-in finds its person.</summary>
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
