package dev.entente.examples.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Reading;
import dev.entente.query.Corpus;
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
 * Measures {@link Corpus#of(Iterable)} on the readings of a million synthetic facts, one build per
 * iteration (single-shot time): the resolution of identity within and across documents, the
 * derivation of relations and every index. The target is under 5 s.
 *
 * <pre>{@code
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main CorpusBuildBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class CorpusBuildBenchmark {

  /** The number of distinct facts the readings report. */
  @Param("1000000")
  public int facts;

  /** The seed of the synthetic corpus. */
  @Param("42")
  public long seed;

  private ImmutableList<Reading> readings;

  /** Draws the readings, once. */
  @Setup(Level.Trial)
  public void setUp() {
    readings = SyntheticCorpus.of(facts, seed).readings();
  }

  /** Builds the corpus. */
  @Benchmark
  public Corpus build() {
    return Corpus.of(readings);
  }
}
