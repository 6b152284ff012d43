package dev.entente.examples.benchmarks;

import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.Parser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Measures the parser's throughput over varied French text ({@link BenchmarkCorpus}: by default the
 * seed articles and the bundled benchmark paragraphs), on one thread and on all threads, beside a
 * floor measured in the same run: a pass that only tokenizes, folds and looks words up ({@link
 * LookupFloor}).
 *
 * <p>Each operation reads the next article of the corpus, each thread starting at its own place.
 * The {@code bytes} counter is the UTF-8 bytes read per second by all threads together, so {@code
 * bytes / 1e6} is the throughput in MB/s, and divided by the threads, per core. {@code -p
 * corpus=...} reads other text: a folder, a file, or several joined by {@code +}.
 *
 * <pre>
 * mvn -q -pl examples -am package -DskipTests
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main ParseBenchmark
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main ParseBenchmark \
 *     -p corpus=bundled+seeds-loader/src/test/resources/dev/entente/parse/cases
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class ParseBenchmark {

  /** What to read, as {@link BenchmarkCorpus#of} takes it. */
  @Param(BenchmarkCorpus.BUNDLED)
  public String corpus;

  private Parser parser;
  private LookupFloor floor;
  private List<Article> articles;
  private int[] utf8Lengths;

  /** Counts what was read; reported per second, like the operations. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Volume {
    /** UTF-8 bytes read. */
    public long bytes;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** Where one thread is in the corpus. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    /** Starts each thread at its own share of the corpus. */
    @Setup
    public void start(ParseBenchmark benchmark, ThreadParams thread) {
      next = (int) ((long) benchmark.articles.size() * thread.getThreadIndex() / thread.getThreadCount());
    }

    int advance(int size) {
      int here = next;
      next = next + 1 == size ? 0 : next + 1;
      return here;
    }
  }

  /** Builds the parser, the floor and the corpus. */
  @Setup
  public void setUp() {
    parser = Parser.defaultFrench();
    floor = LookupFloor.bundled();
    articles = BenchmarkCorpus.of(corpus);
    utf8Lengths = articles.stream().mapToInt(a -> a.text().getBytes(StandardCharsets.UTF_8).length).toArray();
  }

  /** Parses the next article, on one thread. */
  @Benchmark
  @Threads(1)
  public Reading parseOneThread(Cursor cursor, Volume volume) {
    return parse(cursor, volume);
  }

  /** Parses the next article, on every thread of the machine at once. */
  @Benchmark
  @Threads(Threads.MAX)
  public Reading parseAllThreads(Cursor cursor, Volume volume) {
    return parse(cursor, volume);
  }

  /** Tokenizes, folds and looks up the words of the next article, on one thread: the floor. */
  @Benchmark
  @Threads(1)
  public int floorOneThread(Cursor cursor, Volume volume) {
    int i = cursor.advance(articles.size());
    volume.bytes += utf8Lengths[i];
    return floor.pass(articles.get(i).text());
  }

  private Reading parse(Cursor cursor, Volume volume) {
    int i = cursor.advance(articles.size());
    volume.bytes += utf8Lengths[i];
    return parser.parse(articles.get(i));
  }
}
