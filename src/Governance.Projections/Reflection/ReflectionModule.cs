using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Reflection;

public static class ReflectionModule
{
    public static StoreOptions ConfigureReflection(this StoreOptions opts)
    {
        opts.Projections.Add<ReflectionSessionStateProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<ReflectionSessionViewProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<ConfidentialReflectionNotesProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<IndicatorConversationsProjection>(ProjectionLifecycle.Inline);
        // The parts of a gezamenlijke sessie are found by their joint id.
        opts.Schema.For<ReflectionSessionView>().Index(x => x.JointSessionId);
        // A programme's sessions (its agenda) are found by the programme without reading the others'; the portfolio's
        // planned sessions across hundreds of programmes by status and programme, without opening a held one.
        opts.Schema.For<ReflectionSessionView>()
            .Duplicate(x => x.ProgrammeId)
            .Duplicate(x => x.Status)
            .Index(x => new { x.Status, x.ProgrammeId });
        return opts;
    }
}
