package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import dev.entente.identity.FactRecord;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the resolution of facts into records over generated corpora: it does not depend on
 * the order of the documents. The seed is printed on failure; replay with {@code
 * -Dentente.seed=N}.
 */
final class ResolutionProperties {

  private static final long SEED = Long.getLong("entente.seed", System.nanoTime());
  private static final int CORPORA = 200;
  private static final int SHUFFLES = 3;

  @Test
  void shufflingDocuments_givesTheSameRecordsAndIds() {
    Random random = new Random(SEED);
    CorpusGenerator generator = new CorpusGenerator(random);
    int merged = 0;
    for (int i = 0; i < CORPORA; i++) {
      List<Reading> readings = generator.readings();
      Corpus corpus = Corpus.of(readings);
      ImmutableSet<FactRecord<? extends Fact>> records = ImmutableSet.copyOf(corpus.records());
      merged += (int) records.stream().filter(r -> r.mentions().size() > 1).count();
      for (int s = 0; s < SHUFFLES; s++) {
        List<Reading> shuffled = new ArrayList<>(readings);
        Collections.shuffle(shuffled, random);
        Corpus other = Corpus.of(shuffled);
        String context = "seed=" + SEED + ", corpus " + i + ", shuffle " + s;
        assertEquals(records, ImmutableSet.copyOf(other.records()), context + ": records");
        assertEquals(
            ImmutableSet.copyOf(corpus.facts().stream().map(Fact::id).toList()),
            ImmutableSet.copyOf(other.facts().stream().map(Fact::id).toList()),
            context + ": ids");
        assertEquals(relations(corpus), relations(other), context + ": relations");
      }
    }
    // the property says little if nothing merges: the generated corpora must exercise merging
    assertEquals(true, merged > CORPORA, "seed=" + SEED + ": only " + merged + " merged records");
  }

  /** Returns each relation as its pair, domain and set of fact ids: facts come in corpus order. */
  private static ImmutableSet<List<Object>> relations(Corpus corpus) {
    return corpus.relations().list().stream()
        .map(
            r ->
                List.<Object>of(
                    r.pair(),
                    r.domain(),
                    r.facts().stream().map(Fact::id).collect(ImmutableSet.toImmutableSet())))
        .collect(ImmutableSet.toImmutableSet());
  }
}
