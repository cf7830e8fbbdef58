using FsCheck.Xunit;
using Governance.Domain.Health;
using NodaTime;

namespace Governance.Domain.Tests.Health;

/// <summary>
/// The host keeps a programme's status history up to the last moment it was asked for and continues it from there
/// (Host/Health/HealthHistories.cs). That is only right if (1) a history continued from any moment equals the history
/// evaluated in one go, and (2) the part up to a moment, evaluated when only the facts recorded by then were known,
/// equals that part evaluated with every fact known later.
/// </summary>
public class a_history_can_be_kept_and_continued
{
    [Property(MaxTest = 60)]
    public void continued_from_any_moment_it_equals_the_history_in_one_go(int seed, int eventCount, int splitHours)
    {
        var history = RandomHistory.Generate(seed, 5 + Math.Abs(eventCount % 50));
        var facts = ProgrammeFacts.From(RandomHistory.ProgrammeId, history);
        var from = history[0].Event.RecordedAt;
        var to = history[^1].Event.RecordedAt.Plus(Duration.FromDays(120));
        var split = from.Plus(Duration.FromHours(Math.Abs(splitHours) % (int)(to - from).TotalHours));

        var firstPart = IndicatorHistory.Between(facts, from, split);
        var statusesAtSplit = HealthEvaluation.Evaluate(facts, split);
        var rest = IndicatorHistory.After(facts, statusesAtSplit, split, to, out var statusesAtTo);

        Render([.. firstPart, .. rest]).ShouldBe(Render(IndicatorHistory.Between(facts, from, to)));
        statusesAtTo.Select(s => s.Status).ShouldBe(HealthEvaluation.Evaluate(facts, to).Select(s => s.Status));
    }

    [Property(MaxTest = 60)]
    public void the_part_up_to_a_moment_does_not_change_when_later_facts_are_recorded(int seed, int eventCount, int cutAt)
    {
        var history = RandomHistory.Generate(seed, 5 + Math.Abs(eventCount % 50));
        var moment = history[Math.Abs(cutAt) % history.Count].Event.RecordedAt;
        var from = history[0].Event.RecordedAt;

        var knownThen = ProgrammeFacts.From(RandomHistory.ProgrammeId, history.Where(h => h.Event.RecordedAt <= moment));
        var knownLater = ProgrammeFacts.From(RandomHistory.ProgrammeId, history);

        Render(IndicatorHistory.Between(knownThen, from, moment)).ShouldBe(Render(IndicatorHistory.Between(knownLater, from, moment)));
        knownLater.SourcesRecordedBy(moment).ShouldBe(knownThen.SourcesRecordedBy(moment));
    }

    private static string Render(IEnumerable<StatusChange> changes) =>
        string.Join("\n", changes.Select(c => $"{c.Number}|{c.At}|{c.Previous}|{c.Status}|{c.Reason}"));
}
