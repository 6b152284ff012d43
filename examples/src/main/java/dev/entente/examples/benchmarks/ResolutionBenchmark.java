package dev.entente.examples.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.entente.identity.FactRecord;
import dev.entente.identity.FactResolver;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures {@link FactResolver#resolve} on the facts of a synthetic corpus of 100,000 distinct
 * facts (about 103,000 mentions, 3% reported again by another document), one resolution per
 * iteration (single-shot time): the resolution within each document, the blocking across
 * documents, the merge of each record, its lifecycle and disagreements. The target is under a few
 * seconds.
 *
 * <pre>{@code
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main ResolutionBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ResolutionBenchmark {

  /** The number of distinct facts the readings report. */
  @Param("100000")
  public int facts;

  /** The seed of the synthetic corpus. */
  @Param("42")
  public long seed;

  private ImmutableList<Fact> mentions;

  /** Draws the readings and collects their facts, once. */
  @Setup(Level.Trial)
  public void setUp() {
    ImmutableList.Builder<Fact> all = ImmutableList.builder();
    for (Reading reading : SyntheticCorpus.of(facts, seed).readings()) {
      all.addAll(reading.facts());
    }
    mentions = all.build();
  }

  /** Resolves the mentions into records. */
  @Benchmark
  public ImmutableList<FactRecord<? extends Fact>> resolve() {
    return FactResolver.standard().resolve(mentions);
  }
}
