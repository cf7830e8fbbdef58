namespace Governance.Host.Demo;

/// <summary>The whole demo: the directory first, then three programmes in contrasting health, in the order things happened.</summary>
public static class DemoData
{
    /// <summary>The marker: once this programme exists, the demo is loaded.</summary>
    public static Guid Ghnt => GhntDemo.Id;

    public static IReadOnlyList<DemoStep> Steps()
    {
        var script = new DemoScript();
        DemoPeople.Register(script);
        WvggzDemo.Write(script);
        GhntDemo.Write(script);
        NpResDemo.Write(script);
        return script.InOrder();
    }

    public static IReadOnlyDictionary<Guid, (string Name, string Organisation)> PersonNames() => DemoPeople.Names();
}
