namespace Governance.Domain.Access;

/// <summary>
/// The role a person has in one programme. Rights follow from it (<see cref="Rights"/>). The roles are those of
/// 004 l. 1473–1493 (opdrachtgever, opdrachtnemer, staande organisatie, organisatieadviseur), with the
/// programmadirecteur's delegates, ervaringsdeskundigen and read-only meelezers added.
/// </summary>
public enum MemberRole
{
    Opdrachtgever,
    Programmadirecteur,
    Gedelegeerde,
    Procesbegeleider,
    Partner,
    Ervaringsdeskundige,
    Meelezer,
}
