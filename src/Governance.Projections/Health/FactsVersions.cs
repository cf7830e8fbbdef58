using Marten;

namespace Governance.Projections.Health;

/// <summary>A programme's health-facts version: which facts an evaluation of it was made from.</summary>
public sealed record ProgrammeFactsVersion(Guid Id, Guid FactsVersion);

public static class FactsVersions
{
    /// <summary>
    /// The facts versions of some programmes, read from the id and the duplicated version column only (HealthModule),
    /// never from the documents themselves.
    /// </summary>
    public static IQueryable<ProgrammeFactsVersion> Of(IQuerySession session, Guid[] programmeIds) =>
        session.Query<ProgrammeHealthFacts>().Where(x => x.Id.IsOneOf(programmeIds)).Select(x => new ProgrammeFactsVersion(x.Id, x.FactsVersion));
}
