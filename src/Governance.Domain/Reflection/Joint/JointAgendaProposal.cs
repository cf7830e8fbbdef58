using Governance.Domain.Reflection.Agenda;
using NodaTime;

namespace Governance.Domain.Reflection.Joint;

/// <summary>What one covered programme brings to the proposal of a gezamenlijke sessie.</summary>
public sealed record ProgrammeAgendaInputs(Guid ProgrammeId, string ProgrammeName, AgendaInputs Inputs);

/// <summary>A proposed point of a gezamenlijke sessie, labelled with the programme it is about.</summary>
public sealed record JointProposedAgendaItem(Guid ProgrammeId, string ProgrammeName, AgendaItemKind Kind, string Title, string Why, string Reference);

/// <summary>
/// Proposes the agenda of a gezamenlijke sessie: each covered programme's own proposal (<see cref="AgendaProposal"/>:
/// its indicators, its last two sessions' questions, its tensions, decisions and actions), combined so that like
/// is next to like — first every programme's indicators, then the seven questions per programme, and so on — and
/// every item says which programme it is about. Pure: the same histories at the same moment give the same proposal.
/// </summary>
public static class JointAgendaProposal
{
    public static IReadOnlyList<JointProposedAgendaItem> For(IReadOnlyList<ProgrammeAgendaInputs> programmes, LocalDate sessionDate) =>
        programmes
            .SelectMany((programme, programmeIndex) => AgendaProposal.For(programme.Inputs, sessionDate)
                .Select((item, itemIndex) => (item, programme, programmeIndex, itemIndex)))
            .OrderBy(x => x.item.Kind).ThenBy(x => x.programmeIndex).ThenBy(x => x.itemIndex)
            .Select(x => new JointProposedAgendaItem(x.programme.ProgrammeId, x.programme.ProgrammeName, x.item.Kind, x.item.Title, x.item.Why, x.item.Reference))
            .ToList();
}
