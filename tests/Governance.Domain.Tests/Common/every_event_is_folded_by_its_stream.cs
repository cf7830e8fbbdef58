using System.Reflection;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using NodaTime;

namespace Governance.Domain.Tests.Common;

/// <summary>
/// Each aggregate's fold is registered once (its <c>Fold</c>, which the state projection hands every event) and cannot skip an event
/// silently: every event type of a stream is handled by the aggregate of that stream — folded, or named as changing
/// nothing — and one it does not know throws. A new event type that nobody adds to the fold fails here.
/// </summary>
public class every_event_is_folded_by_its_stream
{
    private static readonly Instant At = Instant.FromUtc(2020, 3, 1, 12, 0);
    private static readonly Type[] StartsAStream = [typeof(ProgrammeRegistered), typeof(DecisionLogged), typeof(ReflectionSessionScheduled)];

    private static IEnumerable<Type> AllEventTypes() => typeof(IProgrammeEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProgrammeEvent).IsAssignableFrom(t));

    public static TheoryData<Type> EventTypes() => new(AllEventTypes());

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void the_aggregate_of_its_stream_handles_it(Type eventType)
    {
        var e = Sample(eventType);

        if (StartsAStream.Contains(eventType))
            Fold(null, e).ShouldNotBeNull();
        else
            Should.NotThrow(() => Fold(Started(e), e), $"{eventType.Name} is not handled by the fold of its stream");
    }

    [Fact]
    public void an_event_the_fold_does_not_know_throws_rather_than_being_skipped()
    {
        var programme = (Programme)Started(Sample(typeof(ProgrammeRegistered)));
        var decision = (Decision)Started(Sample(typeof(DecisionTaken)));
        var session = (ReflectionSession)Started(Sample(typeof(LessonCaptured)));

        Should.Throw<InvalidOperationException>(() => Programme.Fold(programme, new NotAnEvent()));
        Should.Throw<InvalidOperationException>(() => Decision.Fold(decision, new NotAnEvent()));
        Should.Throw<InvalidOperationException>(() => ReflectionSession.Fold(session, new NotAnEvent()));
        // An event of a decision's stream is not folded into a programme either.
        Should.Throw<InvalidOperationException>(() => Programme.Fold(programme, Sample(typeof(DecisionTaken))));
    }

    [Fact]
    public void an_event_of_another_kind_of_stream_starts_no_aggregate()
    {
        Programme.Fold(null, Sample(typeof(DecisionLogged))).ShouldBeNull();
        Decision.Fold(null, Sample(typeof(ProgrammeRegistered))).ShouldBeNull();
        ReflectionSession.Fold(null, Sample(typeof(DecisionLogged))).ShouldBeNull();
    }

    [Fact]
    public void an_event_that_names_a_decision_or_session_says_which_stream_it_is_on()
    {
        foreach (var type in AllEventTypes())
        {
            if (type.GetProperty("DecisionId") is not null) typeof(IDecisionEvent).IsAssignableFrom(type).ShouldBeTrue(type.Name);
            if (type.GetProperty("SessionId") is not null) typeof(IReflectionSessionEvent).IsAssignableFrom(type).ShouldBeTrue(type.Name);
        }
    }

    private sealed record NotAnEvent;

    private static object? Fold(object? state, object e) => e switch
    {
        IDecisionEvent => Decision.Fold((Decision?)state, e),
        IReflectionSessionEvent => ReflectionSession.Fold((ReflectionSession?)state, e),
        _ => Programme.Fold((Programme?)state, e),
    };

    /// <summary>The aggregate of the stream <paramref name="e"/> is on, as its first event starts it.</summary>
    private static object Started(object e) => e switch
    {
        IDecisionEvent => Decision.Fold(null, Sample(typeof(DecisionLogged)))!,
        IReflectionSessionEvent => ReflectionSession.Fold(null, Sample(typeof(ReflectionSessionScheduled)))!,
        _ => Programme.Fold(null, Sample(typeof(ProgrammeRegistered)))!,
    };

    /// <summary>An instance of a record built through its widest constructor, with a plain value for each parameter.</summary>
    private static object Sample(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke(constructor.GetParameters().Select(p => Value(p.ParameterType)).ToArray());
    }

    private static object? Value(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is not null) return null;
        if (type == typeof(string)) return "x";
        if (type == typeof(Guid)) return Guid.NewGuid();
        if (type == typeof(Instant)) return At;
        if (type == typeof(LocalDate)) return new LocalDate(2020, 3, 1);
        if (type == typeof(Duration)) return Duration.FromHours(2);
        if (type == typeof(ZonedDateTime)) return At.InZone(AmsterdamTime.Zone);
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        if (type.IsValueType) return Activator.CreateInstance(type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var generic
            && (generic == typeof(IReadOnlyList<>) || generic == typeof(IReadOnlyCollection<>) || generic == typeof(IEnumerable<>)))
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        if (type.IsClass && type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0) return Sample(type);
        throw new NotSupportedException($"No sample value for {type.Name}: add one here.");
    }
}
