using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Domain.Access;
using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Governance.Domain.Resources;
using NodaTime;

namespace Governance.Projections.Audit;

/// <summary>
/// What an event says, in Dutch, for the audit trail and the programme timeline: what happened with the details the
/// event itself carries (a title, a reason, a position), and which decision, session or partner it is about — by id,
/// so the trail can name and link them as they are called when it is read (<see cref="AuditSubjects"/>). Nothing
/// confidential is repeated here (a session's confidential notes, a lived-experience contributor). Every domain event
/// type has its own description; a test fails for one that has not.
/// </summary>
public static partial class EventDescriptions
{
    private static readonly Dictionary<Type, (string Kind, Func<object, Detail> Detail)> Descriptions = [];
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    static EventDescriptions()
    {
        // Programme
        Add<ProgrammeRegistered>("Programma geregistreerd", e => new(e.Name));
        Add<ProgrammePhaseChanged>("Fase gewijzigd", e => new($"{Phase(e.Phase)}, per {Date(e.On)}"));
        Add<OpgaveFormulated>("Opgave geformuleerd", _ => new());
        Add<ProgrammeFormJustified>("Keuze voor een programma onderbouwd", _ => new());
        Add<FocusLevelChosen>("Zwaartepunt van handelen gekozen", e => new(e.Level.ToString().ToLowerInvariant()));
        Add<ProgrammeExtended>("Programma verlengd", e => new(e.NewPlannedEndDate is { } end ? $"tot {Date(end)}" : "tot een onbekende einddatum"));
        Add<PlannedEndDateRecorded>("Geplande einddatum vastgelegd", e => new(Date(e.PlannedEndDate)));
        Add<BorgingPlanRecorded>("Borgingsplan vastgelegd", e => new(Count(e.Items.Count, "onderdeel", "onderdelen")));
        Add<ContinuationDecided>("Besluit over het vervolg", e => new(Continuation(e.Choice)));
        Add<ProgrammeEnded>("Programma beëindigd", e => new($"per {Date(e.EndedOn)}"));
        Add<EffectMeasured>("Effect gemeten", e => new($"{e.WhatWasMeasured}, op {Date(e.MeasuredOn)}"));
        Add<LessonsShared>("Lessen gedeeld met een groter publiek", e => new($"met {e.Audience}, op {Date(e.SharedOn)}"));
        Add<ReflectionCadenceSet>("Ritme van reflectie vastgesteld", e => new($"elke {e.EveryWeeks} weken"));
        Add<HealthThresholdsChanged>("Drempels van de indicatoren gewijzigd", e => new(e.Reason));

        // Members and partners
        Add<ProgrammeMemberAssigned>("Lid van het programma toegevoegd", e => new($"{e.PersonName}, {Role(e.Role)}", PartnerId: e.PartnerId));
        Add<ProgrammeMemberRemoved>("Lid van het programma verwijderd", _ => new());
        Add<PartnerJoined>("Partner toegetreden", e => new(e.OrganisationName, PartnerId: e.PartnerId));
        Add<PartnerLeft>("Partner vertrokken", e => new($"per {Date(e.LeftOn)}", PartnerId: e.PartnerId));
        Add<PartnerInterestRecorded>("Belang en bijdrage van een partner vastgelegd", e => new(PartnerId: e.PartnerId));
        Add<OpgaveEndorsed>("Opgave onderschreven", e => new($"op {Date(e.EndorsedOn)}", PartnerId: e.PartnerId));
        Add<OpgaveEndorsementWithdrawn>("Onderschrijving van de opgave ingetrokken", e => new($"op {Date(e.WithdrawnOn)}: {e.Reason}", PartnerId: e.PartnerId));
        Add<OpgaveDissentRecorded>("Onenigheid over de opgave vastgelegd", e => new($"sinds {Date(e.On)}: {e.Reason}", PartnerId: e.PartnerId));
        Add<OpgaveDissentResolved>("Onenigheid over de opgave opgelost", e => new($"op {Date(e.On)}: {e.How}", PartnerId: e.PartnerId));
        Add<RepresentativeNamed>("Vertegenwoordiger benoemd", e => new($"{e.Name} ({e.Function})", PartnerId: e.PartnerId));
        Add<MandateGranted>("Mandaat verleend", e => new(e.Scope, PartnerId: e.GrantedByPartnerId));
        Add<MandateRevoked>("Mandaat ingetrokken", e => new(e.Reason));
        Add<OpdrachtReconfirmed>("Opdracht opnieuw bevestigd", e => new($"op {Date(e.ReconfirmedOn)}", PartnerId: e.PartnerId));
        Add<OpdrachtNotReconfirmed>("Opdracht niet opnieuw bevestigd", e => new(e.Reason, PartnerId: e.PartnerId));
        Add<LearningGoalSet>("Leerdoel vastgesteld", e => new(e.Goal, PartnerId: e.PartnerId));

        // Bodies
        Add<GovernanceBodyEstablished>("Overleg ingesteld", e => new(e.Name));
        Add<BodyMemberAdded>("Partner toegevoegd aan een overleg", e => new(PartnerId: e.PartnerId));
        Add<BodyMemberRemoved>("Partner uit een overleg gehaald", e => new(PartnerId: e.PartnerId));
        Add<GroundRulesAgreed>("Spelregels van een overleg afgesproken", _ => new());
        Add<MeetingHeld>("Overleg gehouden", e => new($"op {Date(e.HeldOn)}, {Count(e.AttendingPartnerIds.Count, "partner", "partners")} aanwezig"));

        // Decisions
        Add<DecisionLogged>("Besluit vastgelegd", e => new(DecisionId: e.DecisionId));
        Add<DecisionTaken>("Voorgesteld besluit genomen", e => new($"op {Date(e.DecidedOn)}", DecisionId: e.DecisionId));
        Add<PartnerPositionRecorded>("Standpunt over een besluit vastgelegd", e => new(Position(e.Position), DecisionId: e.DecisionId, PartnerId: e.PartnerId));
        Add<DecisionRevised>("Besluit herzien", e => new(e.Reason, DecisionId: e.DecisionId));
        Add<DecisionSuperseded>("Besluit vervangen door een later besluit", e => new(DecisionId: e.DecisionId));
        Add<DecisionWithdrawn>("Besluit ingetrokken", e => new(e.Reason, DecisionId: e.DecisionId));
        Add<DecisionReviewed>("Besluit herbeoordeeld", e => new($"op {Date(e.ReviewedOn)}", DecisionId: e.DecisionId));

        // Reflection (never the confidential notes of a session)
        Add<ReflectionSessionScheduled>("Reflectiesessie gepland", e => new(Moment(e.Start), SessionId: e.SessionId));
        Add<ReflectionSessionRescheduled>("Reflectiesessie verplaatst", e => new($"naar {Moment(e.Start)}", SessionId: e.SessionId));
        Add<ReflectionSessionCancelled>("Reflectiesessie geannuleerd", e => new(e.Reason, SessionId: e.SessionId));
        Add<ReflectionSessionHeld>("Reflectiesessie gehouden", e => new($"op {Date(e.HeldOn)}", SessionId: e.SessionId));
        Add<ReflectionAgendaSet>("Agenda van een reflectiesessie vastgesteld", e => new(Count(e.Items.Count, "punt", "punten"), SessionId: e.SessionId));
        Add<AgendaItemsDiscussed>("Besproken agendapunten vastgelegd", e => new(SessionId: e.SessionId));
        Add<LessonCaptured>("Les vastgelegd", e => new(SessionId: e.SessionId));
        Add<FollowUpActionAgreed>("Vervolgactie afgesproken", e => new($"{e.Action} (wie: {e.Owner}, uiterlijk {Date(e.DueOn)})", SessionId: e.SessionId));
        Add<FollowUpActionCompleted>("Vervolgactie afgerond", e => new($"op {Date(e.CompletedOn)}", SessionId: e.SessionId));

        // Resources
        Add<FundingCommitted>("Financiering toegezegd", e => new(e.AmountEuro is { } amount ? amount.ToString("C0", Dutch) : "onbekend bedrag", PartnerId: e.CommittedByPartnerId));
        Add<MeansInstrumentEstablished>("Middel ingesteld", e => new($"{e.Name}, op {Date(e.EstablishedOn)}"));
        Add<MeansInstrumentContested>("Middel betwist", e => new(e.Reason, PartnerId: e.PartnerId));
        Add<MeansInstrumentDisputeSettled>("Betwisting van een middel beslecht", e => new(e.Outcome));
        Add<TeamMemberJoined>("Teamlid toegetreden", e => new($"{e.Name} ({e.Role})"));
        Add<TeamMemberLeft>("Teamlid vertrokken", e => new($"per {Date(e.LeftOn)}"));

        // Care for the collaboration (never who told a lived-experience story)
        Add<TensionRaised>("Spanning benoemd", e => new(e.Subject));
        Add<TensionDiscussed>("Spanning besproken", e => new(e.Where));
        Add<TensionEscalated>("Spanning voorgelegd aan een overleg", _ => new());
        Add<TensionEscalatedToPerson>("Spanning voorgelegd aan de opdrachtgevers of een persoon", e => new(e.EscalatedTo));
        Add<EscalationAnswered>("Antwoord op een opgeschaalde spanning", e => new(e.Answer));
        Add<TensionResolved>("Spanning opgelost", e => new(e.Resolution));
        Add<OpdrachtnemerStrainRecorded>("Druk op de opdrachtnemer vastgelegd", e => new(
            $"{(e.Kind == OpdrachtnemerStrain.DirectorLeft ? "programmadirecteur vertrokken" : "programmadirecteur dreigde op te stappen")}, op {Date(e.On)}"));
        Add<OpdrachtnemerStrainFollowedUp>("Druk op de opdrachtnemer opgevolgd", e => new(e.FollowUp));
        Add<VitalityCheckHeld>("Vitaliteitscheck gehouden", e => new($"op {Date(e.HeldOn)}"));
        Add<SuccessCelebrated>("Succes gevierd", e => new(e.What));
        Add<PersonalConnectionMade>("Persoonlijk contact gelegd", e => new($"op {Date(e.On)}", PartnerId: e.PartnerId));
        Add<LivedExperienceArrangementEstablished>("Staande groep met ervaringsdeskundigen ingericht", e => new($"{e.Name} ({e.Perspective})"));
        Add<LivedExperienceArrangementEnded>("Staande groep met ervaringsdeskundigen beëindigd", e => new(e.Reason));
        Add<LivedExperienceContributed>("Ervaringsverhaal ingebracht", e => new(e.Where));
    }

    /// <summary>Whether the type has a description of its own (the test over every domain event type asks this).</summary>
    public static bool Describes(Type eventType) => Descriptions.ContainsKey(eventType);

    /// <summary>
    /// The description of an event. A type without one (an event added without its description) is still described,
    /// by its name split into words, so the trail never breaks; the test makes sure no domain event needs that.
    /// </summary>
    public static AuditDescription Describe(object @event)
    {
        if (!Descriptions.TryGetValue(@event.GetType(), out var description)) return new AuditDescription(KindOf(@event.GetType().Name), null);
        var detail = description.Detail(@event);
        return new AuditDescription(description.Kind, string.IsNullOrWhiteSpace(detail.Text) ? null : detail.Text.Trim(),
            detail.DecisionId, detail.SessionId, detail.PartnerId);
    }

    /// <summary>The kind of event in Dutch ("Besluit vastgelegd"), for a filter on the kind; by event type name.</summary>
    public static string KindOf(string eventType) =>
        Descriptions.FirstOrDefault(d => d.Key.Name == eventType).Value.Kind ?? Words().Replace(eventType, " $1").Trim();

    private static void Add<T>(string kind, Func<T, Detail> detail) => Descriptions[typeof(T)] = (kind, e => detail((T)e));

    /// <summary>What one event adds to its kind: a detail it carries, and what it is about.</summary>
    private sealed record Detail(string? Text = null, Guid? DecisionId = null, Guid? SessionId = null, Guid? PartnerId = null);

    private static string Date(LocalDate date) => date.ToString("d MMMM yyyy", Dutch);
    private static string Moment(ZonedDateTime moment) => moment.ToString("d MMMM yyyy HH:mm", Dutch);
    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static string Position(PartnerPosition position) => position switch
    {
        PartnerPosition.Agrees => "stemt in",
        PartnerPosition.AgreesWithReservations => "stemt in met voorbehoud",
        PartnerPosition.Dissents => "wijkt af",
        _ => "onthoudt zich",
    };

    private static string Phase(ProgrammePhase phase) => phase == ProgrammePhase.Beeindigd ? "beëindigd" : phase.ToString().ToLowerInvariant();

    private static string Continuation(ContinuationChoice choice) => choice switch
    {
        ContinuationChoice.Stoppen => "stoppen",
        ContinuationChoice.Voortzetten => "voortzetten",
        ContinuationChoice.VoortzettenInAangepasteVorm => "voortzetten in aangepaste vorm",
        _ => "overdragen aan de lijn",
    };

    private static string Role(MemberRole role) => role.ToString().ToLowerInvariant();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Words();
}

/// <summary>What an event says — its kind and a detail it carries — and the decision, session or partner it is about
/// (by id; named when the trail is read).</summary>
public sealed record AuditDescription(string Kind, string? Detail, Guid? DecisionId = null, Guid? SessionId = null, Guid? PartnerId = null)
{
    public string Text => Detail is null ? Kind : $"{Kind}: {Detail}";
}
