package dev.entente.testing;

import static dev.entente.testing.SnapshotAssertions.assertMatches;
import static dev.entente.testing.SnapshotAssertions.assertMatchesSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.Document;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Span;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Tests of {@link SnapshotAssertions} and {@link SnapshotDiff} on the real and doctored seeds. */
final class SnapshotAssertionsTest {

  private static final ImmutableList<Reading> SNAPSHOT = SeedCorpus.get().snapshot();

  @Nested
  final class Passing {

    @Test
    void onTheParsedSeedCorpus() {
      assertMatchesSnapshot(Seeds.corpus());
    }

    @Test
    void onTheSnapshotItself() {
      assertMatchesSnapshot(SNAPSHOT);
      assertMatches(SNAPSHOT, SNAPSHOT);
    }

    @Test
    void onACorpusRebuiltFromTheSnapshot() {
      assertMatchesSnapshot(Corpus.of(SNAPSHOT));
    }
  }

  @Nested
  final class AddedAndLostFacts {
    private final Reading first = SNAPSHOT.get(1);
    private final Fact lost = first.facts().get(0);
    private final Reading second = SNAPSHOT.get(2);
    private final Agreement added =
        Agreement.builder()
            .parties(Country.fromAlpha3("ISL"), Country.fromAlpha3("PER"))
            .kind(AgreementKind.MEMORANDUM)
            .domains(Domain.SCIENTIFIC)
            .status(AgreementStatus.SIGNED)
            .date(PartialDate.parse("2016-09"))
            .subject("glaciologie")
            .evidence(Evidence.of(second.id(), Span.of(0, 10), "Un protocole fictif.", "AgreementRule"))
            .build();
    private final List<Reading> doctored =
        Doctor.replace(
            Doctor.replace(SNAPSHOT, 1, Doctor.without(first, lost)), 2, Doctor.with(second, added));

    @Test
    void failureMessage_namesEachFactUnderItsDocument() {
      AssertionFailedError e =
          assertThrows(AssertionFailedError.class, () -> assertMatchesSnapshot(Corpus.of(doctored)));
      String message = e.getMessage();
      assertContains(message, "the readings do not match the seed snapshot dev/entente/testing/seed-corpus.jsonl");
      assertContains(message, "2 documents of 5 differ: facts 1 added, 1 lost, 0 changed");
      assertContains(
          message, "document " + first.id() + ":\n  facts LOST (1):\n    - " + lost.id() + " " + lost + "\n");
      assertContains(
          message, "document " + second.id() + ":\n  facts ADDED (1):\n    + " + added.id() + " " + added + "\n");
      assertContains(
          message, "  relations ADDED (1):\n    + Relation[ISL-PER SCIENTIFIC, 1 fact] from " + added.id() + "\n");
      assertContains(message, SnapshotAssertions.REGENERATE);
    }

    @Test
    void failure_carriesBothSidesLineByLine_forAnIde() {
      AssertionFailedError e =
          assertThrows(AssertionFailedError.class, () -> assertMatchesSnapshot(doctored));
      String expected = e.getExpected().getStringRepresentation();
      String actual = e.getActual().getStringRepresentation();
      assertContains(expected, "  fact " + lost.id() + " ");
      assertContains(actual, "  fact " + added.id() + " ");
      assertEquals(1, LineDiff.of(expected, actual).lines().stream().filter(l -> l.startsWith("+ ") && l.contains(" fact ")).count());
    }

    @Test
    void diff_listsTheFactsAndDocuments() {
      SnapshotDiff diff = SnapshotDiff.between(SNAPSHOT, doctored);
      assertEquals(List.of(first.id(), second.id()), diff.differingDocuments());
      assertEquals(List.of(added), diff.addedFacts());
      assertEquals(List.of(lost), diff.lostFacts());
    }
  }

  @Nested
  final class OtherChanges {

    @Test
    void addedActor_isListed() {
      Reading reading = SNAPSHOT.get(3);
      List<Actor> actors = new ArrayList<>(reading.actors());
      Person person = Person.of("Jean Fictif", Country.FRANCE);
      actors.add(person);
      String message = failure(Doctor.replace(SNAPSHOT, 3, reading.toBuilder().actors(actors).build()));
      assertContains(message, "document " + reading.id() + ":\n  actors ADDED (1):\n    + " + person + "\n");
    }

    @Test
    void missingDocument_isLostWithEverythingInIt() {
      Reading gone = SNAPSHOT.get(4);
      String message = failure(SNAPSHOT.subList(0, 4));
      assertContains(message, "document " + gone.id() + " LOST (only in the expected readings):\n");
      for (Fact fact : gone.facts()) {
        assertContains(message, "    - " + fact.id() + " " + fact + "\n");
      }
    }

    @Test
    void extraDocument_isAdded() {
      List<Reading> more = new ArrayList<>(SNAPSHOT);
      more.add(Reading.empty(Document.of("999_extra")));
      assertContains(failure(more), "document 999_extra ADDED (only in the actual readings):\n");
    }

    @Test
    void otherEvidence_isAChangedFact_withAnEvidenceDiff() {
      Reading reading = SNAPSHOT.get(0);
      Fact fact = reading.facts().get(0);
      Evidence old = fact.evidence().get(0);
      Evidence moved =
          new Evidence(old.documentId(), Span.of(old.span().start() + 1, old.span().end() + 1), old.sentence(), old.rule(), old.confidence());
      List<Evidence> evidence = new ArrayList<>(fact.evidence());
      evidence.set(0, moved);
      Fact changed = fact.withEvidence(evidence);
      Reading doctored = Doctor.with(Doctor.without(reading, fact), changed);
      String message = failure(Doctor.replace(SNAPSHOT, 0, doctored));
      assertContains(message, "  facts CHANGED, same content with other evidence (1):\n    ~ " + fact.id() + " ");
      assertContains(message, "        - evidence " + old + "\n        + evidence " + moved + "\n");
    }

    @Test
    void otherTitle_isChangedMetadata() {
      Reading reading = SNAPSHOT.get(2);
      Reading retitled =
          Reading.builder(reading.document().withTitle("Un autre titre"))
              .actors(reading.actors())
              .agreements(reading.agreements())
              .exercises(reading.exercises())
              .armsTransfers(reading.armsTransfers())
              .statements(reading.statements())
              .diagnostics(reading.diagnostics())
              .build();
      assertContains(failure(Doctor.replace(SNAPSHOT, 2, retitled)), "  metadata CHANGED:\n    - Document[");
    }

    @Test
    void actorsInAnotherOrder_isAnOrderChange() {
      Reading reading = SNAPSHOT.get(0);
      List<Actor> actors = new ArrayList<>(reading.actors());
      Collections.reverse(actors);
      String message = failure(Doctor.replace(SNAPSHOT, 0, reading.toBuilder().actors(actors).build()));
      assertContains(message, "document " + reading.id() + ":\n  order CHANGED, same content in another order:\n");
    }

    @Test
    void documentsInAnotherOrder_isADocumentOrderChange() {
      List<Reading> reordered = new ArrayList<>(SNAPSHOT);
      Collections.swap(reordered, 0, 1);
      String message = failure(reordered);
      assertContains(message, "document order CHANGED:\n");
      assertEquals(List.of(), SnapshotDiff.between(SNAPSHOT, reordered).differingDocuments());
    }

    @Test
    void duplicateDocumentId_throwsNamingIt() {
      List<Reading> twice = new ArrayList<>(SNAPSHOT);
      twice.add(SNAPSHOT.get(0));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> assertMatchesSnapshot(twice));
      assertEquals(
          "document id \"" + SNAPSHOT.get(0).id() + "\" occurs more than once in the actual readings",
          e.getMessage());
    }

    @Test
    void assertMatches_withoutTheSnapshot_givesNoRegenerationAdvice() {
      AssertionFailedError e =
          assertThrows(AssertionFailedError.class, () -> assertMatches(SNAPSHOT, SNAPSHOT.subList(1, 5)));
      assertContains(e.getMessage(), "the readings do not match the expected ones: ");
      assertFalse(e.getMessage().contains("regenerate"), e.getMessage());
    }

    private String failure(List<Reading> actual) {
      return assertThrows(AssertionFailedError.class, () -> assertMatchesSnapshot(actual)).getMessage();
    }
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "expected to find\n" + part + "\nin\n" + text);
  }
}
