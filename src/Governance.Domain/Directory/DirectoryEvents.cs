using Governance.Domain.Partners;
using NodaTime;

namespace Governance.Domain.Directory;

/// <summary>An organisation that can take part in programmes (a ministry, provincie, gemeente, waterschap …).</summary>
public sealed record OrganisationRegistered(Guid OrganisationId, string Name, Bestuurslaag Layer, Instant RecordedAt);

/// <summary>
/// A person who can sign in, working for one organisation. Email is how a sign-in (OpenID Connect) finds the person.
/// Administrators manage organisations, people and programme membership; they see no programme content by that
/// right alone.
/// </summary>
public sealed record PersonRegistered(
    Guid PersonId,
    string Name,
    string Email,
    Guid OrganisationId,
    string OrganisationName,
    bool IsAdministrator,
    Instant RecordedAt);

/// <summary>An administrator corrected a person's details: name, email, organisation or administrator right.</summary>
public sealed record PersonChanged(
    Guid PersonId,
    string Name,
    string Email,
    Guid OrganisationId,
    string OrganisationName,
    bool IsAdministrator,
    Instant RecordedAt);

/// <summary>A person no longer signs in here (left the organisation, for instance). Their past actions stay on record.</summary>
public sealed record PersonDeactivated(Guid PersonId, string Reason, Instant RecordedAt);
