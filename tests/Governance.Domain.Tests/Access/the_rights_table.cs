using Governance.Domain.Access;

namespace Governance.Domain.Tests.Access;

public class the_rights_table
{
    [Fact]
    public void the_rights_page_mirrors_the_rights_table()
    {
        var page = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "rights.md"));
        var header = page.First(l => l.StartsWith("| right |")).Split('|', StringSplitOptions.TrimEntries)[2..^1];
        var roles = header.Select(Enum.Parse<MemberRole>).ToList();
        var rows = page.SkipWhile(l => !l.StartsWith("| right |")).Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();

        var documented = rows.ToDictionary(
            r => Enum.Parse<Right>(r.Split('|', StringSplitOptions.TrimEntries)[1]),
            r => r.Split('|', StringSplitOptions.TrimEntries)[2..^1]);

        documented.Keys.Order().ShouldBe(Enum.GetValues<Right>().Order());
        foreach (var (right, cells) in documented)
            for (var i = 0; i < roles.Count; i++)
                (cells[i] == "✓").ShouldBe(Rights.Allows(roles[i], right), $"{right} for {roles[i]}");
    }

    [Fact]
    public void every_role_can_read_its_programme_and_only_the_opdrachtgever_decides_on_funding_and_continuation()
    {
        Enum.GetValues<MemberRole>().ShouldAllBe(role => Rights.Allows(role, Right.ReadProgramme));
        Enum.GetValues<MemberRole>().Where(role => Rights.Allows(role, Right.CommitFunding)).ShouldBe([MemberRole.Opdrachtgever]);
        Enum.GetValues<MemberRole>().Where(role => Rights.Allows(role, Right.DecideContinuation)).ShouldBe([MemberRole.Opdrachtgever]);
        Enum.GetValues<MemberRole>().Where(role => Rights.Allows(role, Right.PlanReflection)).ShouldBe([MemberRole.Procesbegeleider]);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Governance.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Governance.sln not found above the test binaries.");
    }
}
