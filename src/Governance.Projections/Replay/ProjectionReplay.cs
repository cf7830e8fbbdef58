using System.Reflection;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using Marten.Events.Projections;

namespace Governance.Projections.Replay;

/// <summary>
/// Folds a given list of events through a multi-stream projection's own Apply methods, in memory, without touching
/// the stored read model. This is how the API answers "as it stood then" for documents built from several streams of
/// a programme: the same code that keeps the live document up to date, fed only the events recorded up to a moment.
/// </summary>
/// <remarks>
/// Marten 9 dispatches conventional Apply/Create methods through a dispatcher its source generator emits next to the
/// projection (registered with <see cref="GeneratedEvolverAttribute"/>); the projection's own <c>Evolve</c> only
/// works once the store has wired that dispatcher in. So the dispatcher is built here the way the store builds it:
/// from the registration, handed the projection instance. A projection that overrides <c>Evolve</c> itself (and so
/// has no generated dispatcher) is folded through that override.
/// </remarks>
public sealed class ProjectionReplay<TProjection, TDoc>
    where TProjection : MultiStreamProjection<TDoc, Guid>, new()
    where TDoc : class
{
    private static readonly Lazy<ProjectionReplay<TProjection, TDoc>> Shared = new(() => new ProjectionReplay<TProjection, TDoc>());

    public static ProjectionReplay<TProjection, TDoc> Instance => Shared.Value;

    private readonly TProjection _projection = new();
    private readonly IGeneratedSyncEvolver<TDoc, Guid>? _evolver;
    private readonly HashSet<Type>? _handled;

    private ProjectionReplay()
    {
        var registration = typeof(TProjection).Assembly.GetCustomAttributes<GeneratedEvolverAttribute>()
            .FirstOrDefault(a => a.ProjectionType == typeof(TProjection));
        if (registration is null) return;
        _evolver = Activator.CreateInstance(registration.EvolverType, _projection) as IGeneratedSyncEvolver<TDoc, Guid>
            ?? throw new InvalidOperationException($"{typeof(TProjection).Name}: the generated dispatcher is not a synchronous evolver.");
        _handled = [.. _evolver.EventTypes];
    }

    /// <summary>
    /// The document for <paramref name="id"/> after the events, applied in the order given; null when none of them
    /// is one the projection reads (the document did not exist yet).
    /// </summary>
    public TDoc? Fold(Guid id, IEnumerable<IEvent> events)
    {
        TDoc? document = null;
        foreach (var e in events)
        {
            // The live projection only ever sees the event types it names; an unnamed one must not create a document.
            if (_handled is not null && !_handled.Contains(e.EventType)) continue;
            document = _evolver is not null ? _evolver.Evolve(document!, id, e) : _projection.Evolve(document, id, e);
        }
        return document;
    }
}
