using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;

namespace Governance.Host.Web;

/// <summary>Dutch words for the decision log and the reflection planner (beside <see cref="DutchLabels"/>).</summary>
public static class DecisionLabels
{
    public static string Of(PartnerPosition position) => position switch
    {
        PartnerPosition.Agrees => "Stemt in",
        PartnerPosition.AgreesWithReservations => "Stemt in met voorbehoud",
        PartnerPosition.Dissents => "Wijkt af",
        PartnerPosition.Abstains => "Onthoudt zich",
        _ => position.ToString(),
    };

    public static string Of(Recommendation recommendation) =>
        $"{(int)recommendation}. {RecommendationTexts.For(recommendation).Title}";

    public static string Of(AgendaItemKind? kind) => kind switch
    {
        AgendaItemKind.Indicator => "Indicator",
        AgendaItemKind.ReflectionQuestion => "Reflectievraag",
        AgendaItemKind.Tension => "Spanning",
        AgendaItemKind.DecisionReview => "Besluit ter herbeoordeling",
        AgendaItemKind.OpenAction => "Open actie",
        _ => "Eigen punt",
    };

    public static string Of(ReflectionQuestion question) => ReflectionQuestions.Text(question);

    /// <summary>A zoned session moment as people read it: "10 maart 2026 14:00".</summary>
    public static string Moment(NodaTime.ZonedDateTime moment) => moment.ToString("d MMMM yyyy HH:mm", Dutch.Culture);
}
