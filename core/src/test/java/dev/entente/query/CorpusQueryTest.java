package dev.entente.query;

import static dev.entente.model.AgreementStatus.SIGNED;
import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Domain.ECONOMIC;
import static dev.entente.model.Domain.MILITARY;
import static dev.entente.query.SampleCorpus.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Agreement;
import dev.entente.model.CountryPair;
import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Document;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import dev.entente.model.Relation;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.TransferStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every kind of query shares, through {@link CorpusQuery}: here, the organization filter. */
final class CorpusQueryTest {

  static final Organization EU =
      new Organization(
          "Union européenne", Optional.of("UE"), Optional.empty(), ImmutableSet.of("EU"));
  static final Organization SCO =
      Organization.of("Organisation de coopération de Shanghai").withAcronym("OCS");

  static final Agreement PARTNERSHIP =
      Agreement.builder()
          .parties(INDIA)
          .organizations(EU)
          .kind(AgreementKind.ACCORD)
          .domains(ECONOMIC)
          .status(SIGNED)
          .date(PartialDate.parse("2023"))
          .evidence(evidence("d1", "L'Union européenne et l'Inde ont signé un partenariat."))
          .build();
  static final Agreement RIFLES =
      Agreement.builder()
          .parties(INDIA, RUSSIA)
          .kind(AgreementKind.CONTRACT)
          .domains(MILITARY)
          .status(SIGNED)
          .evidence(evidence("d1", "L'Inde et la Russie ont signé un contrat."))
          .build();
  static final JointExercise PEACE_MISSION =
      JointExercise.builder()
          .name("Mission de paix")
          .participants(RUSSIA, CHINA)
          .organizations(SCO)
          .evidence(evidence("d1", "Les manœuvres de l'OCS réunissent la Russie et la Chine."))
          .build();
  static final JointExercise JOINT_SEA =
      JointExercise.builder()
          .name("Joint Sea")
          .participants(RUSSIA, CHINA)
          .evidence(evidence("d1", "Joint Sea réunit la Russie et la Chine."))
          .build();
  static final ArmsTransfer S400 =
      ArmsTransfer.builder()
          .supplier(RUSSIA)
          .recipient(INDIA)
          .status(TransferStatus.DELIVERED)
          .evidence(evidence("d1", "La Russie a livré des S-400 à l'Inde."))
          .build();
  static final Statement SCO_SPEAKS =
      Statement.builder()
          .speaker(SCO)
          .quote("L'OCS salue l'Inde.")
          .about(INDIA)
          .domains(ECONOMIC)
          .evidence(evidence("d1", "L'OCS salue l'Inde."))
          .build();

  private final Corpus corpus =
      Corpus.of(
          Reading.builder(Document.of("d1"))
              .actors(State.of(INDIA), EU, State.of(RUSSIA), State.of(CHINA), SCO)
              .agreements(PARTNERSHIP, RIFLES)
              .exercises(PEACE_MISSION, JOINT_SEA)
              .armsTransfers(S400)
              .statements(SCO_SPEAKS)
              .build());

  @Nested
  final class InvolvingOrganization {

    @Test
    void matchesTheNameAcronymOrAlias_folded_whole() {
      for (String name : List.of("UE", "ue", "EU", "Union européenne", "  UNION EUROPEENNE ")) {
        assertEquals(
            List.of(PARTNERSHIP), corpus.agreements().involvingOrganization(name).list(), name);
      }
      assertEquals(List.of(), corpus.agreements().involvingOrganization("Union").list());
    }

    @Test
    void everyKindOfFact_byWhatItsOrganizationsAre() {
      assertEquals(List.of(PEACE_MISSION), corpus.exercises().involvingOrganization("ocs").list());
      assertEquals(List.of(SCO_SPEAKS), corpus.statements().involvingOrganization("OCS").list());
      assertEquals(List.of(), corpus.armsTransfers().involvingOrganization("OCS").list());
      assertEquals(List.of(), corpus.agreements().involvingOrganization("OCS").list());
    }

    @Test
    void relations_keepTheFactsTheOrganizationTakesPartIn() {
      assertEquals(
          List.of(new Relation(CountryPair.of(CHINA, RUSSIA), MILITARY, ImmutableList.of(PEACE_MISSION))),
          corpus.relations().involvingOrganization("OCS").inDomain(MILITARY).list());
      // The EU-India partnership links no pair of states, so it makes no relation.
      assertEquals(List.of(), corpus.relations().involvingOrganization("UE").list());
    }

    @Test
    void combinesWithTheOtherFilters_andKeepsTheConcreteType() {
      AgreementQuery query = corpus.agreements().involving(INDIA).involvingOrganization("UE");
      assertEquals(List.of(PARTNERSHIP), query.withStatus(SIGNED).list());
      assertEquals("agreements().involving(IND).involvingOrganization(\"UE\")", query.toString());
      assertEquals(query, corpus.agreements().involvingOrganization("UE").involving(INDIA));
    }

    @Test
    void twice_throwsShowingTheName() {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> corpus.exercises().involvingOrganization("OCS").involvingOrganization("UE"));
      assertEquals("involvingOrganization is already set to \"OCS\"", e.getMessage());
    }

    @Test
    void blankOrNull_throwsNamingIt() {
      IllegalArgumentException blank =
          assertThrows(
              IllegalArgumentException.class, () -> corpus.relations().involvingOrganization(" "));
      assertEquals("involvingOrganization needs a name or acronym, got \" \"", blank.getMessage());
      NullPointerException none =
          assertThrows(
              NullPointerException.class, () -> corpus.statements().involvingOrganization(null));
      assertEquals("nameOrAcronym", none.getMessage());
    }
  }

  @Test
  void queriesOfTwoKinds_areNeverEqual() {
    assertNotEquals(corpus.agreements(), corpus.exercises());
    assertNotEquals(
        corpus.agreements().involving(INDIA), corpus.armsTransfers().involving(INDIA));
    assertEquals(corpus.agreements().involving(INDIA), corpus.agreements().involving(INDIA));
  }
}
