package dev.entente.query;

import static dev.entente.model.AgreementKind.ACCORD;
import static dev.entente.model.AgreementKind.CONTRACT;
import static dev.entente.model.AgreementStatus.IN_FORCE;
import static dev.entente.model.AgreementStatus.NEGOTIATING;
import static dev.entente.model.AgreementStatus.SIGNED;
import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.PAKISTAN;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Domain.ENERGY;
import static dev.entente.model.Domain.MILITARY;
import static dev.entente.query.SampleCorpus.AK203;
import static dev.entente.query.SampleCorpus.GWADAR;
import static dev.entente.query.SampleCorpus.TREATY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.model.PartialDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class AgreementQueryTest {

  private final Corpus corpus = SampleCorpus.get();

  @Test
  void agreements_listsEveryAgreementInCorpusOrder() {
    assertEquals(List.of(TREATY, AK203, GWADAR), corpus.agreements().list());
  }

  @Test
  void withParty_needsEveryStateGiven() {
    assertEquals(List.of(TREATY, AK203), corpus.agreements().withParty(RUSSIA).list());
    assertEquals(List.of(AK203), corpus.agreements().withParty(INDIA, RUSSIA).list());
    assertEquals(List.of(), corpus.agreements().withParty(INDIA, CHINA).list());
  }

  @Test
  void involving_needsAnyStateGiven() {
    assertEquals(List.of(AK203, GWADAR), corpus.agreements().involving(INDIA, PAKISTAN).list());
  }

  @Test
  void between_isUnordered() {
    assertEquals(List.of(GWADAR), corpus.agreements().between(PAKISTAN, CHINA).list());
    assertEquals(
        corpus.agreements().between(PAKISTAN, CHINA), corpus.agreements().between(CHINA, PAKISTAN));
  }

  @Test
  void ofKind_andWithStatus_selectAnyOfTheValues() {
    assertEquals(List.of(AK203, GWADAR), corpus.agreements().ofKind(CONTRACT, ACCORD).list());
    assertEquals(List.of(TREATY, AK203), corpus.agreements().withStatus(SIGNED, IN_FORCE).list());
    assertEquals(List.of(GWADAR), corpus.agreements().withStatus(NEGOTIATING).list());
  }

  @Test
  void sharedFilters() {
    assertEquals(List.of(GWADAR), corpus.agreements().inDomain(ENERGY).list());
    assertEquals(List.of(TREATY), corpus.agreements().during(Year.of(2017)).list());
    assertEquals(List.of(AK203), corpus.agreements().since(PartialDate.parse("2018")).list());
    assertEquals(List.of(TREATY), corpus.agreements().until(PartialDate.parse("2020")).list());
    assertEquals(List.of(TREATY, AK203), corpus.agreements().inDocument("d2").list());
  }

  @Test
  void terminals() {
    AgreementQuery military = corpus.agreements().inDomain(MILITARY);
    assertEquals(2, military.count());
    assertEquals(true, military.exists());
    assertEquals(Optional.of(TREATY), military.first());
    assertEquals(List.of(TREATY, AK203), military.stream().toList());
    assertEquals(false, military.withParty(PAKISTAN).exists());
  }

  @Test
  void withPartyTwice_throwsShowingTheParties() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> corpus.agreements().withParty(RUSSIA, INDIA).withParty(CHINA));
    assertEquals("withParty is already set to RUS, IND", e.getMessage());
  }

  @Test
  void mistakes() {
    assertThrows(NullPointerException.class, () -> corpus.agreements().withParty((Country) null));
    assertThrows(
        NullPointerException.class, () -> corpus.agreements().ofKind((AgreementKind[]) null));
    assertThrows(IllegalArgumentException.class, () -> corpus.agreements().withStatus());
    assertThrows(
        IllegalStateException.class, () -> corpus.agreements().ofKind(CONTRACT).ofKind(ACCORD));
  }

  @Test
  void toString_printsTheChain() {
    assertEquals(
        "agreements().withParty(RUS, IND).ofKind(CONTRACT).withStatus(SIGNED, IN_FORCE)",
        corpus
            .agreements()
            .withParty(RUSSIA, INDIA)
            .ofKind(CONTRACT)
            .withStatus(SIGNED, IN_FORCE)
            .toString());
  }
}
