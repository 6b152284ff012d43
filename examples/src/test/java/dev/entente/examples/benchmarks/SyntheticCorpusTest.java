package dev.entente.examples.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Fact;
import dev.entente.model.Reading;
import dev.entente.query.Corpus;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SyntheticCorpusTest {

  private final SyntheticCorpus synthetic = SyntheticCorpus.of(20_000, 7);

  @Test
  void theCorpusHasExactlyTheFactsAskedFor_someReportedTwice() {
    Corpus corpus = synthetic.corpus();
    int reported = synthetic.readings().stream().mapToInt(r -> r.facts().size()).sum();

    long distinct =
        synthetic.readings().stream().flatMap(r -> r.facts().stream()).map(Fact::id).distinct().count();
    assertEquals(20_000, distinct);
    // the corpus resolves them: mentions of one event in several documents become one record,
    // and synthetic facts of one speaker in one document are one statement
    assertTrue(corpus.facts().size() <= 20_000, corpus.facts().size() + " facts");
    assertTrue(reported > 20_300 && reported < 21_000, "reported " + reported);
  }

  @Test
  void documentsHoldAboutTwentyFacts() {
    double average = 20_000.0 / synthetic.readings().size();
    assertTrue(average > 19 && average < 22, "average " + average);
  }

  @Test
  void factsOfASentence_shareItsText() {
    Reading reading = synthetic.readings().get(0);
    Set<String> sentences = new HashSet<>();
    for (Fact fact : reading.facts()) {
      sentences.add(fact.evidence().get(0).sentence());
    }
    assertTrue(sentences.size() < reading.facts().size(), sentences.size() + " sentences");
  }

  @Test
  void spreadsOverTwoHundredStates() {
    assertEquals(200, synthetic.states().size());
    assertEquals(200, Set.copyOf(synthetic.states()).size());
  }

  @Test
  void isDeterministicFromItsSeed() {
    assertEquals(synthetic.readings(), SyntheticCorpus.of(20_000, 7).readings());
    assertNotEquals(synthetic.readings(), SyntheticCorpus.of(20_000, 8).readings());
  }
}
