package dev.entente.query;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Country.UNITED_STATES;
import static dev.entente.model.Domain.DIPLOMATIC;
import static dev.entente.model.Domain.SECURITY;
import static dev.entente.query.SampleCorpus.MINISTRY;
import static dev.entente.query.SampleCorpus.POUTINE;
import static dev.entente.query.SampleCorpus.XI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.model.PartialDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StatementQueryTest {

  private final Corpus corpus = SampleCorpus.get();

  @Test
  void by_selectsTheSpeakersState_personOrInstitution() {
    assertEquals(List.of(POUTINE), corpus.statements().by(RUSSIA).list());
    assertEquals(List.of(MINISTRY, XI), corpus.statements().by(CHINA).list());
  }

  @Test
  void about_selectsAnyOfTheStates() {
    assertEquals(List.of(POUTINE), corpus.statements().about(CHINA).list());
    assertEquals(List.of(MINISTRY, XI), corpus.statements().about(UNITED_STATES, RUSSIA).list());
  }

  @Test
  void between_isByOneAboutTheOther() {
    assertEquals(List.of(POUTINE, XI), corpus.statements().between(CHINA, RUSSIA).list());
    assertEquals(List.of(MINISTRY), corpus.statements().between(UNITED_STATES, CHINA).list());
  }

  @Test
  void involving_isByOrAbout() {
    assertEquals(List.of(MINISTRY), corpus.statements().involving(UNITED_STATES).list());
    assertEquals(List.of(POUTINE, MINISTRY, XI), corpus.statements().involving(CHINA).list());
  }

  @Test
  void bySpeaker_matchesFullNameOrSurname_ignoringCaseAndAccents() {
    for (String name : List.of("Vladimir Poutine", "poutine", "POUTINE", " Poutine ")) {
      assertEquals(List.of(POUTINE), corpus.statements().bySpeaker(name).list(), name);
    }
    assertEquals(List.of(XI), corpus.statements().bySpeaker("jinping").list());
    assertEquals(
        List.of(MINISTRY),
        corpus.statements().bySpeaker("Ministere chinois des affaires etrangeres").list());
    assertEquals(List.of(), corpus.statements().bySpeaker("Vladimir").list());
    assertEquals(List.of(), corpus.statements().bySpeaker("Poutin").list());
  }

  @Test
  void sharedFilters() {
    assertEquals(List.of(MINISTRY), corpus.statements().inDomain(SECURITY).list());
    assertEquals(List.of(POUTINE, MINISTRY, XI), corpus.statements().inDomain(DIPLOMATIC).list());
    assertEquals(List.of(XI), corpus.statements().during(Year.of(2019)).list());
    assertEquals(
        List.of(POUTINE, MINISTRY), corpus.statements().until(PartialDate.parse("2018-03")).list());
    assertEquals(List.of(POUTINE), corpus.statements().inDocument("d1").list());
  }

  @Test
  void mistakes() {
    assertThrows(NullPointerException.class, () -> corpus.statements().by(null));
    assertThrows(NullPointerException.class, () -> corpus.statements().bySpeaker(null));
    assertThrows(IllegalArgumentException.class, () -> corpus.statements().bySpeaker(""));
    assertThrows(IllegalArgumentException.class, () -> corpus.statements().about());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> corpus.statements().bySpeaker("Poutine").bySpeaker("Xi Jinping"));
    assertEquals("bySpeaker is already set to \"Poutine\"", e.getMessage());
  }

  @Test
  void toString_printsTheChain() {
    assertEquals(
        "statements().by(RUS).about(CHN, USA).bySpeaker(\"Poutine\")",
        corpus.statements().by(RUSSIA).about(CHINA, UNITED_STATES).bySpeaker("Poutine").toString());
  }
}
