package dev.entente.query;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.KAZAKHSTAN;
import static dev.entente.model.Country.MONGOLIA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.query.SampleCorpus.MISSION;
import static dev.entente.query.SampleCorpus.VOSTOK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.model.Domain;
import dev.entente.model.JointExercise;
import dev.entente.model.PartialDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ExerciseQueryTest {

  private final Corpus corpus = SampleCorpus.get();

  @Test
  void involving_andBetween() {
    assertEquals(List.of(MISSION, VOSTOK), corpus.exercises().involving(RUSSIA).list());
    assertEquals(List.of(MISSION), corpus.exercises().involving(KAZAKHSTAN).list());
    assertEquals(List.of(VOSTOK), corpus.exercises().between(MONGOLIA, CHINA).list());
  }

  @Test
  void named_ignoresCaseAndAccents() {
    assertEquals(List.of(MISSION), corpus.exercises().named("MISSION DE PAIX").list());
    assertEquals(List.of(VOSTOK), corpus.exercises().named("vostok").list());
    assertEquals(List.of(MISSION, VOSTOK), corpus.exercises().named("20").list());
    assertEquals(List.of(), corpus.exercises().named("Zapad").list());
  }

  @Test
  void named_matchesAccentedNames() {
    JointExercise accented =
        MISSION.toBuilder()
            .name("Coopération navale")
            .evidence(SampleCorpus.evidence("d1", "La coopération navale a commencé."))
            .build();
    Corpus withAccent = Corpus.of(SampleCorpus.D1.toBuilder().exercises(accented).build());
    assertEquals(List.of(accented), withAccent.exercises().named("COOPERATION").list());
    assertEquals(List.of(accented), withAccent.exercises().named("opéra").list());
  }

  @Test
  void named_leavesUnnamedExercisesOut() {
    JointExercise unnamed =
        MISSION.toBuilder()
            .name(null)
            .evidence(SampleCorpus.evidence("d1", "Des manœuvres ont eu lieu."))
            .build();
    Corpus corpus = Corpus.of(SampleCorpus.D1.toBuilder().exercises(unnamed).build());
    assertEquals(List.of(), corpus.exercises().named("a").list());
    assertEquals(1, corpus.exercises().count());
  }

  @Test
  void datesCompareWithTheStart() {
    assertEquals(List.of(VOSTOK), corpus.exercises().during(Year.of(2018)).list());
    assertEquals(List.of(VOSTOK), corpus.exercises().since(PartialDate.parse("2018-09-11")).list());
    assertEquals(
        List.of(MISSION), corpus.exercises().until(PartialDate.parse("2017-08-01")).list());
  }

  @Test
  void inDomain_andInDocument() {
    assertEquals(List.of(MISSION, VOSTOK), corpus.exercises().inDomain(Domain.MILITARY).list());
    assertEquals(List.of(VOSTOK), corpus.exercises().inDocument("d3").list());
  }

  @Test
  void mistakes() {
    assertThrows(NullPointerException.class, () -> corpus.exercises().named(null));
    assertThrows(IllegalArgumentException.class, () -> corpus.exercises().named("  "));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> corpus.exercises().named("Vostok").named("Zapad"));
    assertEquals("named is already set to \"Vostok\"", e.getMessage());
  }

  @Test
  void toString_quotesTheName() {
    assertEquals(
        "exercises().involving(RUS).named(\"Vostok\")",
        corpus.exercises().involving(RUSSIA).named("Vostok").toString());
  }
}
