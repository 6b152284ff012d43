package dev.entente.query;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.KAZAKHSTAN;
import static dev.entente.model.Country.MONGOLIA;
import static dev.entente.model.Country.PAKISTAN;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Country.UNITED_STATES;
import static dev.entente.query.SampleCorpus.AK203;
import static dev.entente.query.SampleCorpus.CHINESE_MINISTRY;
import static dev.entente.query.SampleCorpus.D1;
import static dev.entente.query.SampleCorpus.D2;
import static dev.entente.query.SampleCorpus.D3;
import static dev.entente.query.SampleCorpus.GWADAR;
import static dev.entente.query.SampleCorpus.J10;
import static dev.entente.query.SampleCorpus.MINISTRY;
import static dev.entente.query.SampleCorpus.MISSION;
import static dev.entente.query.SampleCorpus.POUTINE;
import static dev.entente.query.SampleCorpus.POUTINE_PERSON;
import static dev.entente.query.SampleCorpus.S400;
import static dev.entente.query.SampleCorpus.TREATY;
import static dev.entente.query.SampleCorpus.TREATY_D1;
import static dev.entente.query.SampleCorpus.TREATY_D2;
import static dev.entente.query.SampleCorpus.VOSTOK;
import static dev.entente.query.SampleCorpus.XI;
import static dev.entente.query.SampleCorpus.XI_PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.model.Agreement;
import dev.entente.model.Document;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Relation;
import dev.entente.model.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class CorpusTest {

  private final Corpus corpus = SampleCorpus.get();

  @Nested
  final class Construction {

    @Test
    void of_keepsTheReadingsInOrder() {
      assertEquals(List.of(D1, D2, D3), corpus.readings());
      assertEquals(3, corpus.size());
      assertEquals(
          List.of("d1", "d2", "d3"), corpus.documents().stream().map(Document::id).toList());
    }

    @Test
    void of_iterableAndVarargs_agree() {
      Corpus fromList = Corpus.of(List.of(D1, D2, D3));
      assertEquals(corpus.facts(), fromList.facts());
      assertEquals(corpus.relations().list(), fromList.relations().list());
    }

    @Test
    void of_duplicateDocumentId_throwsNamingTheId() {
      Reading again = Reading.empty(Document.of("d2"));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Corpus.of(D1, D2, again));
      assertEquals(
          "document id \"d2\" occurs more than once; ids must be unique within a corpus",
          e.getMessage());
    }

    @Test
    void of_nullReadings_throw() {
      assertThrows(NullPointerException.class, () -> Corpus.of((Iterable<Reading>) null));
      assertThrows(NullPointerException.class, () -> Corpus.of((Reading[]) null));
      assertThrows(NullPointerException.class, () -> Corpus.of(D1, null));
    }

    @Test
    void empty_hasNothing() {
      Corpus empty = Corpus.empty();
      assertEquals(0, empty.size());
      assertEquals(List.of(), empty.facts());
      assertEquals(List.of(), empty.relations().list());
      assertEquals(0, empty.agreements().withParty(RUSSIA).count());
      assertEquals("Corpus[0 documents, 0 facts, 0 relations]", empty.toString());
    }

    @Test
    void of_noReading_isEmpty() {
      assertEquals(Corpus.empty().toString(), Corpus.of().toString());
    }
  }

  @Nested
  final class Merging {

    @Test
    void aFactTwoDocumentsReport_isOneFactWithBothEvidence() {
      List<Agreement> treaties = corpus.agreements().withParty(CHINA, RUSSIA).list();

      assertEquals(List.of(TREATY), treaties);
      assertEquals(
          List.of(TREATY_D1.evidence().get(0), TREATY_D2.evidence().get(0)),
          treaties.get(0).evidence());
      assertEquals(TREATY_D1.id(), treaties.get(0).id());
    }

    @Test
    void facts_areDistinctInOrderOfFirstAppearance() {
      assertEquals(
          List.of(TREATY, MISSION, S400, POUTINE, AK203, J10, MINISTRY, GWADAR, VOSTOK, XI),
          corpus.facts());
    }

    @Test
    void aMergedFactCountsOnceInItsRelation() {
      Relation military = corpus.relations().between(CHINA, RUSSIA).first().orElseThrow();
      assertEquals(List.of(TREATY, MISSION, VOSTOK), military.facts());
    }

    @Test
    void aFactReportedTwiceInOneDocument_isMergedToo() {
      Evidence second = SampleCorpus.evidence("d1", "Une autre phrase sur le même traité.");
      Reading twice =
          D1.toBuilder().agreements(TREATY_D1, TREATY_D1.withEvidence(List.of(second))).build();

      Corpus merged = Corpus.of(twice);

      assertEquals(
          List.of(TREATY_D1.withEvidence(List.of(TREATY_D1.evidence().get(0), second))),
          merged.agreements().list());
    }

    @Test
    void statementsOfOnePersonWithAndWithoutRole_areOneFact() {
      // Their ids agree (a speaker's id is its kind, name and state), so the corpus merges them.
      Statement withoutRole =
          POUTINE.toBuilder()
              .speaker(Person.of("Vladimir Poutine", RUSSIA))
              .evidence(
                  SampleCorpus.evidence("d2", "Poutine a redit que les relations sont bonnes."))
              .build();
      assertEquals(POUTINE.id(), withoutRole.id());
      Reading d2 = D2.toBuilder().statements(withoutRole).build();

      List<Statement> statements = Corpus.of(D1, d2).statements().bySpeaker("poutine").list();

      assertEquals(1, statements.size());
      assertEquals(POUTINE.speaker(), statements.get(0).speaker());
      assertEquals(2, statements.get(0).evidence().size());
    }
  }

  @Nested
  final class Accessors {

    @Test
    void reading_findsByIdOrIsEmpty() {
      assertEquals(Optional.of(D2), corpus.reading("d2"));
      assertEquals(Optional.empty(), corpus.reading("d9"));
      assertThrows(NullPointerException.class, () -> corpus.reading(null));
    }

    @Test
    void states_areTheStatesNamedAsActors_inAlpha3Order() {
      assertEquals(
          List.of(CHINA, INDIA, KAZAKHSTAN, MONGOLIA, PAKISTAN, RUSSIA, UNITED_STATES),
          corpus.states().asList());
    }

    @Test
    void persons_areDistinct_inOrderOfFirstMention() {
      assertEquals(List.of(POUTINE_PERSON, XI_PERSON), corpus.persons().asList());
    }

    @Test
    void organizations_areDistinct_inOrderOfFirstMention() {
      assertEquals(List.of(CHINESE_MINISTRY), corpus.organizations().asList());
    }

    @Test
    void toString_countsDocumentsFactsAndRelations() {
      assertEquals("Corpus[3 documents, 10 facts, 12 relations]", corpus.toString());
    }

    @Test
    void toString_singular() {
      Reading one =
          Reading.builder(Document.of("solo"))
              .armsTransfers(
                  S400.withEvidence(List.of(SampleCorpus.evidence("solo", "Une phrase."))))
              .build();
      assertEquals("Corpus[1 document, 1 fact, 1 relation]", Corpus.of(one).toString());
    }

    @Test
    void relations_areDerivedFromTheCorpusFacts() {
      assertEquals(Relation.derive(corpus.facts()), corpus.relations().list());
    }
  }

  @Nested
  final class Immutability {

    @Test
    void returnedCollections_refuseChanges() {
      Fact any = corpus.facts().get(0);
      List<Runnable> changes =
          List.of(
              () -> corpus.readings().add(D1),
              () -> corpus.documents().clear(),
              () -> corpus.facts().add(any),
              () -> corpus.facts().remove(0),
              () -> corpus.states().add(CHINA),
              () -> corpus.persons().clear(),
              () -> corpus.organizations().clear(),
              () -> corpus.relations().list().clear(),
              () -> corpus.agreements().list().clear(),
              () -> corpus.exercises().list().clear(),
              () -> corpus.armsTransfers().list().clear(),
              () -> corpus.statements().list().clear(),
              () -> corpus.relations().countByPair().clear(),
              () -> corpus.relations().countByDomain().clear(),
              () -> corpus.relations().countByYear().clear(),
              () -> corpus.relations().graph().nodes().clear());
      for (int i = 0; i < changes.size(); i++) {
        assertThrows(UnsupportedOperationException.class, changes.get(i)::run, "change " + i);
      }
    }

    @Test
    void queries_doNotChangeTheCorpus() {
      List<Fact> before = List.copyOf(corpus.facts());
      corpus.relations().between(CHINA, RUSSIA).during(java.time.Year.of(2017)).list();
      corpus.agreements().inDocument("d1").list();
      assertEquals(before, corpus.facts());
      assertEquals(12, corpus.relations().count());
    }
  }
}
