namespace Governance.Domain.Access;

/// <summary>What a person may do in a programme. Checked server-side on every endpoint and page.</summary>
public enum Right
{
    ReadProgramme,
    ManageProgramme,
    DecideContinuation,
    ChangeThresholds,
    ManageMembers,
    ManagePartners,
    GrantMandates,
    RecordOwnOrganisation,
    LogDecisions,
    RecordOwnPosition,
    ManageBodies,
    CommitFunding,
    ManageTeam,
    RaiseTensions,
    ManageTensions,
    RecordCare,
    RecordLivedExperience,
    PlanReflection,
    ReadConfidentialNotes,
}

/// <summary>
/// The rights table: one readable place, mirrored in docs/rights.md (a test keeps the two equal). Sources:
/// funding and stop-or-continue belong to the opdrachtgever (004 l. 1870–1878, l. 2184–2226); reflection is
/// organised by the procesbegeleider on the opdrachtgever's behalf (004 l. 2152–2156, l. 2175–2182); decisions are
/// logged by the programme directorate, which "organiseert besluitvorming" (004 l. 4791–4807).
/// </summary>
public static class Rights
{
    public static readonly IReadOnlyDictionary<MemberRole, IReadOnlySet<Right>> Table = new Dictionary<MemberRole, IReadOnlySet<Right>>
    {
        [MemberRole.Opdrachtgever] = Set(Right.ReadProgramme, Right.ManageProgramme, Right.DecideContinuation, Right.ChangeThresholds,
            Right.ManageMembers, Right.ManagePartners, Right.GrantMandates, Right.RecordOwnOrganisation, Right.RecordOwnPosition,
            Right.ManageBodies, Right.CommitFunding, Right.RaiseTensions, Right.ManageTensions, Right.RecordCare,
            Right.ReadConfidentialNotes),
        [MemberRole.Programmadirecteur] = Set(Right.ReadProgramme, Right.ManageProgramme, Right.ManagePartners,
            Right.RecordOwnOrganisation, Right.LogDecisions, Right.RecordOwnPosition, Right.ManageBodies, Right.ManageTeam,
            Right.RaiseTensions, Right.ManageTensions, Right.RecordCare, Right.RecordLivedExperience),
        [MemberRole.Gedelegeerde] = Set(Right.ReadProgramme, Right.ManageProgramme, Right.ManagePartners,
            Right.LogDecisions, Right.ManageBodies, Right.ManageTeam, Right.RaiseTensions, Right.ManageTensions, Right.RecordCare),
        [MemberRole.Procesbegeleider] = Set(Right.ReadProgramme, Right.PlanReflection, Right.RaiseTensions, Right.RecordCare,
            Right.RecordLivedExperience),
        [MemberRole.Partner] = Set(Right.ReadProgramme, Right.RecordOwnOrganisation, Right.RecordOwnPosition, Right.RaiseTensions),
        [MemberRole.Ervaringsdeskundige] = Set(Right.ReadProgramme, Right.RaiseTensions, Right.RecordLivedExperience),
        [MemberRole.Meelezer] = Set(Right.ReadProgramme),
    };

    public static bool Allows(MemberRole role, Right right) => Table[role].Contains(right);

    private static IReadOnlySet<Right> Set(params Right[] rights) => rights.ToHashSet();
}
