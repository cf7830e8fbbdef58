namespace Governance.Domain.Common;

/// <summary>A person of the register as an event names them: the id to find them by, and their name at the time.</summary>
public sealed record PersonRef(Guid PersonId, string Name);
