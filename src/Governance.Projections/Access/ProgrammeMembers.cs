using Governance.Domain.Access;
using Marten.Events.Projections;

namespace Governance.Projections.Access;

/// <summary>Who is a member of a programme, in which role, acting for which partner. Every rights check reads this.</summary>
public sealed class ProgrammeMembers
{
    public Guid Id { get; set; }
    public List<Member> Members { get; set; } = [];

    public Member? Find(Guid personId) => Members.FirstOrDefault(m => m.PersonId == personId);
}

public sealed record Member(Guid PersonId, string Name, MemberRole Role, Guid? PartnerId);

public partial class ProgrammeMembersProjection : MultiStreamProjection<ProgrammeMembers, Guid>
{
    public ProgrammeMembersProjection()
    {
        Identity<ProgrammeMemberAssigned>(e => e.ProgrammeId);
        Identity<ProgrammeMemberRemoved>(e => e.ProgrammeId);
    }

    public void Apply(ProgrammeMembers view, ProgrammeMemberAssigned e)
    {
        view.Id = e.ProgrammeId;
        view.Members.RemoveAll(m => m.PersonId == e.PersonId);
        view.Members.Add(new Member(e.PersonId, e.PersonName, e.Role, e.PartnerId));
    }

    public void Apply(ProgrammeMembers view, ProgrammeMemberRemoved e) => view.Members.RemoveAll(m => m.PersonId == e.PersonId);
}

public static class AccessModule
{
    public static Marten.StoreOptions ConfigureAccess(this Marten.StoreOptions opts)
    {
        opts.Projections.Add<ProgrammeMembersProjection>(JasperFx.Events.Projections.ProjectionLifecycle.Inline);
        return opts;
    }
}
