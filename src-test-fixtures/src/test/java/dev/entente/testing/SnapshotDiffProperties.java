package dev.entente.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.json.CorpusJson;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import dev.entente.query.Corpus;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/** Properties of {@link SnapshotDiff} over generated readings and corpora. */
final class SnapshotDiffProperties {

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Corpus.class, count = 300)
  void corpusAndItsJsonCopy_haveNoDifferences(Corpus corpus) {
    StringBuilder lines = new StringBuilder();
    CorpusJson.writeLines(corpus.readings(), lines);
    SnapshotDiff diff =
        SnapshotDiff.between(corpus.readings(), CorpusJson.readLines(new StringReader(lines.toString())));
    assertTrue(diff.isEmpty(), diff::report);
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Reading.class, count = 500)
  void removingAFact_losesExactlyThatFact(Reading reading) {
    if (reading.facts().isEmpty()) {
      return;
    }
    Fact gone = reading.facts().get(reading.facts().size() - 1);
    Reading without = Doctor.without(reading, gone);
    // Generated readings may report a fact twice; then each copy is lost.
    List<Fact> copies = reading.facts().stream().filter(gone::equals).toList();
    SnapshotDiff diff = SnapshotDiff.between(List.of(reading), List.of(without));
    assertEquals(copies, diff.lostFacts(), diff::report);
    assertEquals(List.of(), diff.addedFacts(), diff::report);
    assertEquals(List.of(reading.id()), diff.differingDocuments());
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Reading.class, count = 500)
  void swappingSides_swapsAddedAndLost(Reading reading) {
    Reading other = Doctor.rehome(ModelGenerators.readings().sample(reading.hashCode()), reading.document());
    SnapshotDiff forth = SnapshotDiff.between(List.of(reading), List.of(other));
    SnapshotDiff back = SnapshotDiff.between(List.of(other), List.of(reading));
    assertEquals(forth.addedFacts(), back.lostFacts());
    assertEquals(forth.lostFacts(), back.addedFacts());
    assertEquals(reading.equals(other), forth.isEmpty());
  }
}
