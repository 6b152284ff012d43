package dev.entente.examples.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Reading;
import dev.entente.query.Corpus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Prints the heap a corpus of synthetic facts takes, per fact: the readings (with every string they
 * hold: sentences, quotes, names, ids) and then the corpus built over them (merged facts,
 * relations, indexes), measured as used heap after full collections. The target is under 1 KB per
 * fact, all included.
 *
 * <p>Run it with a fixed heap and a collector whose {@code System.gc()} is a full collection:
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -XX:+UseParallelGC -cp examples/target/entente.jar \
 *     dev.entente.examples.benchmarks.HeapPerFact 1000000 42
 * }</pre>
 */
public final class HeapPerFact {

  private HeapPerFact() {}

  /**
   * Builds the corpus and prints the bytes per fact.
   *
   * @param args the number of facts (default 1,000,000) and the seed (default 42)
   */
  public static void main(String[] args) {
    int facts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    long empty = usedAfterGc(memory);
    ImmutableList<Reading> readings = SyntheticCorpus.of(facts, seed).readings();
    long withReadings = usedAfterGc(memory);
    Corpus corpus = Corpus.of(readings);
    long withCorpus = usedAfterGc(memory);

    int reported = readings.stream().mapToInt(r -> r.facts().size()).sum();
    int distinct = corpus.facts().size();
    System.out.println(corpus);
    System.out.printf("facts: %,d distinct, %,d reported%n", distinct, reported);
    System.out.printf(
        "readings (documents, facts, evidence, strings): %,d bytes, %.0f bytes per fact%n",
        withReadings - empty, (withReadings - empty) / (double) distinct);
    System.out.printf(
        "corpus over them (merged facts, relations, indexes): %,d bytes, %.0f bytes per fact%n",
        withCorpus - withReadings, (withCorpus - withReadings) / (double) distinct);
    System.out.printf(
        "total: %,d bytes, %.0f bytes per fact (target: under 1,024)%n",
        withCorpus - empty, (withCorpus - empty) / (double) distinct);
    // Keep both alive until every measure is taken.
    System.out.println(readings.size() + corpus.size() > 0 ? "" : "empty");
  }

  /** Returns the used heap once repeated full collections no longer free anything. */
  private static long usedAfterGc(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
