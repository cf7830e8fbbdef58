namespace Governance.Domain.Health;

/// <summary>The ten GHNT recommendations (004 l. 935–1467), numbered as in the source.</summary>
public enum Recommendation
{
    StartGericht = 1,
    VerbindOpgaveEnSpelers = 2,
    HandelDaarWaarNodig = 3,
    OrganiseerPassendeMiddelen = 4,
    CreeerDoorzettingskracht = 5,
    MaakVerbindingenPersoonlijk = 6,
    BlijfDeMensZien = 7,
    BenutSpanningEnOngemak = 8,
    OrganiseerReflectie = 9,
    StopGericht = 10,
}
