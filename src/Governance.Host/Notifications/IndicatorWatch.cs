using Governance.Domain.Access;
using Governance.Domain.Common;
using Governance.Domain.Health;
using Governance.Projections.Access;
using Governance.Projections.Health;
using Governance.Projections.Notifications;
using JasperFx;
using Marten;
using NodaTime;

namespace Governance.Host.Notifications;

/// <summary>Which of a programme's indicators were rood at the last daily check, to tell a change to rood from a standing one.</summary>
public sealed class IndicatorWatch
{
    public Guid Id { get; set; }
    public LocalDate CheckedOn { get; set; }
    public List<int> Red { get; set; } = [];
}

public sealed partial class NotificationSweep
{
    /// <summary>The daily health check runs from this time of day (Amsterdam), with the other morning reminders.</summary>
    private static readonly LocalTime DailyCheckFrom = ReminderTriggersProjection.MorningOf;

    /// <summary>
    /// Once a day per programme: evaluate the ten indicators and tell the opdrachtgevers which turned rood since the
    /// last check. A programme never checked before counts as having had none rood. The day's claim
    /// (a <see cref="ReminderFired"/> per programme and day) makes it happen once across nodes.
    /// </summary>
    private async Task<int> CheckIndicatorsDaily(Instant now, CancellationToken ct)
    {
        var local = now.InZone(AmsterdamTime.Zone);
        if (local.TimeOfDay < DailyCheckFrom) return 0;
        var today = local.Date;

        List<Guid> programmeIds;
        Dictionary<Guid, IndicatorWatch> watches;
        await using (var query = store.QuerySession())
        {
            programmeIds = [.. await query.Query<ProgrammeHealthFacts>().Select(p => p.Id).ToListAsync(ct)];
            watches = (await query.Query<IndicatorWatch>().ToListAsync(ct)).ToDictionary(w => w.Id);
        }

        var count = 0;
        foreach (var programmeId in programmeIds.Where(id => !watches.TryGetValue(id, out var w) || w.CheckedOn < today))
        {
            await using var session = store.LightweightSession();
            var facts = await session.LoadAsync<ProgrammeHealthFacts>(programmeId, ct);
            if (facts is null) continue;
            var indicators = HealthEvaluation.Evaluate(facts.Facts, now);
            var red = indicators.Where(i => i.Status == IndicatorStatus.Rood).ToList();
            var before = watches.TryGetValue(programmeId, out var watch) ? watch.Red.ToHashSet() : [];

            session.Insert(new ReminderFired { Id = $"IndicatorCheck:{programmeId}@{today:yyyy-MM-dd}", FiredAt = now });
            session.Store(new IndicatorWatch { Id = programmeId, CheckedOn = today, Red = red.Select(i => i.Number).ToList() });
            var turnedRed = red.Where(i => !before.Contains(i.Number)).ToList();
            if (turnedRed.Count > 0)
            {
                var members = await session.LoadAsync<ProgrammeMembers>(programmeId, ct);
                var opdrachtgevers = members?.Members.Where(m => m.Role == MemberRole.Opdrachtgever).Select(m => m.PersonId).ToList() ?? [];
                var lines = string.Join("\n", turnedRed.Select(i => $"- {i.Number}. {i.Title}: {i.Reason}"));
                await Address(session, programmeId, new ReminderMessage(NotificationKind.IndicatorRed,
                    $"Indicator rood: {facts.Name}",
                    $"Bij het programma '{facts.Name}' {(turnedRed.Count == 1 ? "is een indicator" : $"zijn {turnedRed.Count} indicatoren")} op rood gekomen:\n{lines}",
                    opdrachtgevers, Links.Health(programmeId)), now, ct);
            }
            try
            {
                await session.SaveChangesAsync(ct);
                if (turnedRed.Count > 0) count++;
            }
            catch (DocumentAlreadyExistsException)
            {
                // Another node checked this programme today.
            }
        }
        return count;
    }
}
