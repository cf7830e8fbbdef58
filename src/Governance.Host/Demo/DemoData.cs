namespace Governance.Host.Demo;

/// <summary>
/// The whole demo: the directory first, then three historical programmes in contrasting health and one invented
/// programme that is live on the day of loading (<see cref="LiveDemo"/>), in the order things happened.
/// </summary>
public static class DemoData
{
    /// <summary>The marker: once this programme exists, the demo is loaded.</summary>
    public static Guid Ghnt => GhntDemo.Id;

    /// <param name="today">The day of loading (Europe/Amsterdam): the live programme's history is counted back from it.</param>
    public static IReadOnlyList<DemoStep> Steps(NodaTime.LocalDate today)
    {
        var script = new DemoScript();
        DemoPeople.Register(script);
        WvggzDemo.Write(script);
        GhntDemo.Write(script);
        NpResDemo.Write(script);
        LiveDemo.Write(script, today);
        return script.InOrder();
    }

    public static IReadOnlyDictionary<Guid, (string Name, string Organisation)> PersonNames() => DemoPeople.Names();
}
