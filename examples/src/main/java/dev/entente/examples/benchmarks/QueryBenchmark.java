package dev.entente.examples.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.query.Corpus;
import java.util.List;
import java.util.Random;
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
 * Measures queries on a synthetic corpus of a million facts, in sample-time mode: JMH reports the
 * distribution of single calls, and its {@code p0.50} line is the median.
 *
 * <p>Each call takes its states and domain from a fixed list of 1,024 drawn once from a seed with
 * the corpus's own popularity, so popular states come up as often as in the corpus.
 *
 * <pre>{@code
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main QueryBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class QueryBenchmark {

  private static final int ARGUMENTS = 1024; // a power of two, for the cursor's mask

  /** The number of distinct facts in the corpus. */
  @Param("1000000")
  public int facts;

  /** The seed of the corpus and of the arguments. */
  @Param("42")
  public long seed;

  private Corpus corpus;
  private Country[] first;
  private Country[] second;
  private Domain[] domains;

  /** Builds the corpus and draws the arguments. */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticCorpus synthetic = SyntheticCorpus.of(facts, seed);
    corpus = synthetic.corpus();
    List<Country> states = synthetic.states();
    Random random = new Random(seed + 1);
    first = new Country[ARGUMENTS];
    second = new Country[ARGUMENTS];
    domains = new Domain[ARGUMENTS];
    for (int i = 0; i < ARGUMENTS; i++) {
      first[i] = states.get(SyntheticCorpus.popularIndex(random));
      do {
        second[i] = states.get(SyntheticCorpus.popularIndex(random));
      } while (second[i] == first[i]);
      domains[i] = SyntheticCorpus.popularDomain(random);
    }
  }

  /** The position in the argument lists, one per thread. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int next() {
      return next++ & (ARGUMENTS - 1);
    }
  }

  /** Counts the relations of a pair in a domain. */
  @Benchmark
  public long relationsBetweenInDomainCount(Cursor cursor) {
    int i = cursor.next();
    return corpus.relations().between(first[i], second[i]).inDomain(domains[i]).count();
  }

  /** Counts the agreements a state is party to. */
  @Benchmark
  public long agreementsWithPartyCount(Cursor cursor) {
    int i = cursor.next();
    return corpus.agreements().withParty(first[i]).count();
  }

  /** Lists the transfers from one state to another. */
  @Benchmark
  public ImmutableList<ArmsTransfer> transfersFromToList(Cursor cursor) {
    int i = cursor.next();
    return corpus.armsTransfers().from(first[i]).to(second[i]).list();
  }
}
