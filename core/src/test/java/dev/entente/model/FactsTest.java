package dev.entente.model;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.PAKISTAN;
import static dev.entente.model.Country.RUSSIA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FactsTest {

  private static final Evidence EVIDENCE = Evidence.of("d", Span.of(0, 1), "Phrase.", "Rule");
  private static final List<Country> STATES = List.of(CHINA, INDIA, PAKISTAN, RUSSIA);

  private static List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    for (List<Country> parties :
        List.of(List.of(RUSSIA, CHINA), List.of(RUSSIA, CHINA, INDIA), List.copyOf(STATES))) {
      facts.add(
          Agreement.builder()
              .parties(parties)
              .kind(AgreementKind.ACCORD)
              .domains(Domain.MILITARY)
              .status(AgreementStatus.SIGNED)
              .evidence(EVIDENCE)
              .build());
      facts.add(JointExercise.builder().participants(parties).evidence(EVIDENCE).build());
    }
    facts.add(
        ArmsTransfer.builder()
            .supplier(RUSSIA)
            .recipient(INDIA)
            .status(TransferStatus.ORDERED)
            .evidence(EVIDENCE)
            .build());
    for (Actor speaker :
        List.<Actor>of(
            Person.of("Vladimir Poutine", RUSSIA),
            State.of(CHINA),
            Organization.of("Organisation des Nations unies"))) {
      for (List<Country> about : List.of(List.<Country>of(), List.of(CHINA, PAKISTAN, RUSSIA))) {
        facts.add(
            Statement.builder()
                .speaker(speaker)
                .quote("Oui.")
                .about(about)
                .domains(Domain.DIPLOMATIC)
                .evidence(EVIDENCE)
                .build());
      }
    }
    return facts;
  }

  @Test
  void links_isPairsContains() {
    for (Fact fact : facts()) {
      for (Country a : STATES) {
        for (Country b : STATES) {
          if (a != b) {
            CountryPair pair = CountryPair.of(a, b);
            assertEquals(fact.pairs().contains(pair), Facts.links(fact, pair), fact + " " + pair);
          }
        }
      }
    }
  }

  @Test
  void pairsOf_twoStates_isTheirPair() {
    assertEquals(
        List.of(CountryPair.of(CHINA, RUSSIA)),
        Facts.pairsOf(Sets.immutableEnumSet(RUSSIA, CHINA)).asList());
    assertEquals(3, Facts.pairsOf(Sets.immutableEnumSet(RUSSIA, CHINA, INDIA)).size());
  }
}
