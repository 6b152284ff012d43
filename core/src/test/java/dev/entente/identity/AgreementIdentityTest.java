package dev.entente.identity;

import static dev.entente.model.AgreementKind.ACCORD;
import static dev.entente.model.AgreementKind.ARRANGEMENT;
import static dev.entente.model.AgreementKind.CONTRACT;
import static dev.entente.model.AgreementKind.MEMORANDUM;
import static dev.entente.model.AgreementKind.TREATY;
import static dev.entente.model.AgreementStatus.AGREED;
import static dev.entente.model.AgreementStatus.IN_FORCE;
import static dev.entente.model.AgreementStatus.SIGNED;
import static dev.entente.model.Country.EGYPT;
import static dev.entente.model.Country.FRANCE;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.QATAR;
import static dev.entente.model.Domain.MILITARY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.PartialDate;
import dev.entente.model.Span;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How forms and parties keep agreements of one article apart, built by hand: each mention is an
 * agreement on "sous-marins Scorpène" at its own offset of one document.
 */
final class AgreementIdentityTest {

  private static Agreement deal(int at, AgreementKind kind, AgreementStatus status, String date, Country... parties) {
    return Agreement.builder()
        .parties(parties)
        .kind(kind)
        .domains(MILITARY)
        .status(status)
        .date(PartialDate.parse(date))
        .subject("livraison de sous-marins Scorpène")
        .evidence(Evidence.of("a", Span.of(at, at + 5), "phrase " + at, "AgreementRule"))
        .build();
  }

  private static Set<Set<Integer>> clusters(Fact... mentions) {
    return FactResolver.standard().resolve(List.of(mentions)).stream()
        .map(r -> r.mentions().stream().map(m -> m.evidence().get(0).span().start()).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  @Test
  void aMemorandumAndTheContractThatFollows_areTwo() {
    assertEquals(
        Set.of(Set.of(0), Set.of(10)),
        clusters(
            deal(0, MEMORANDUM, SIGNED, "2022-06", INDIA, FRANCE),
            deal(10, CONTRACT, SIGNED, "2023-02", INDIA, FRANCE)));
  }

  @Test
  void anUnderstandingAndTheContractThatFollows_areTwo() {
    assertEquals(
        Set.of(Set.of(0), Set.of(10)),
        clusters(
            deal(0, ARRANGEMENT, AGREED, "2022-06", INDIA, FRANCE),
            deal(10, CONTRACT, SIGNED, "2023-02", INDIA, FRANCE)));
  }

  @Test
  void aTreatyCalledAnAccordLater_isOne() {
    FactRecord<? extends Fact> record =
        FactResolver.standard()
            .resolve(
                List.of(
                    deal(0, TREATY, SIGNED, "2022-06", INDIA, FRANCE),
                    deal(10, ACCORD, IN_FORCE, "2023-02", INDIA, FRANCE)))
            .get(0);
    assertEquals(2, record.mentions().size(), record.toString());
    assertEquals(
        List.of(Disagreement.Attribute.KIND),
        record.disagreements().stream().map(Disagreement::attribute).toList());
  }

  @Test
  void contractsOfOneSupplierWithTwoBuyers_areTwo() {
    assertEquals(
        Set.of(Set.of(0), Set.of(10)),
        clusters(
            deal(0, CONTRACT, SIGNED, "2015", FRANCE, EGYPT),
            deal(10, CONTRACT, SIGNED, "2015", FRANCE, QATAR)));
  }
}
