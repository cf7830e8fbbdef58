using NodaTime;

namespace Governance.Domain.Common;

/// <summary>The programmes are Dutch: "today" and local meeting times are those of Europe/Amsterdam.</summary>
public static class AmsterdamTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static LocalDate Today(Instant now) => now.InZone(Zone).Date;
}
