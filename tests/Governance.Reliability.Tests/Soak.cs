namespace Governance.Reliability.Tests;

/// <summary>
/// The size of the reliability runs. ./test.sh runs the short form (a few minutes on a 2-core machine); the soak
/// (docs/operations.md "The reliability tests": <c>RELIABILITY_SOAK=1 ./test.sh --filter "FullyQualifiedName~Reliability"</c>)
/// drives ten times the load and crashes the host several times.
/// </summary>
public static class Soak
{
    public static bool On => Environment.GetEnvironmentVariable("RELIABILITY_SOAK") is "1" or "true";

    public static int Commands => On ? 10_000 : 1_000;
    public static int Crashes => On ? 4 : 1;
    public static int Clients => 8;

    /// <summary>Cluster timing of the short run (Governance:Cluster:*); the soak uses Wolverine's defaults (10 s, 60 s).</summary>
    public const int HealthCheckSeconds = 2;
    public const int StaleNodeSeconds = 10;

    /// <summary>The longest a takeover of the asynchronous projection may take after kill -9 of its node.</summary>
    public static TimeSpan TakeoverBound => On ? TimeSpan.FromSeconds(120) : TimeSpan.FromSeconds(45);
}
