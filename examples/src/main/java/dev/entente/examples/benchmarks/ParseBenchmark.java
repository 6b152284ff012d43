package dev.entente.examples.benchmarks;

import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.Parser;
import dev.entente.seeds.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the parser's throughput on one thread over a corpus of more than 10 MB of French
 * articles, built from the five seed articles with their states, numbers and years varied.
 *
 * <p>Each operation reads the next article of the corpus; the {@code bytes} and {@code chars}
 * counters are the UTF-8 bytes and the characters read per second, so {@code bytes / 1e6} is the
 * throughput in MB/s per core.
 *
 * <pre>
 * mvn -q -pl examples -am package -DskipTests
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main ParseBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(1)
public class ParseBenchmark {

  /** The corpus is at least this many bytes of UTF-8. */
  static final int CORPUS_BYTES = 10_000_000;

  /** State names swapped one-to-one within groups that take the same article and elision. */
  private static final List<List<String>> STATES =
      List.of(
          List.of("Russie", "Chine", "France", "Turquie", "Syrie", "Serbie", "Grèce", "Pologne", "Mongolie", "Biélorussie"),
          List.of("Inde", "Iran", "Égypte", "Algérie", "Indonésie", "Arménie", "Italie", "Allemagne", "Espagne", "Irak"),
          List.of("Pakistan", "Japon", "Brésil", "Vietnam", "Mexique", "Maroc", "Kazakhstan", "Venezuela", "Nigeria", "Canada"));
  private static final Pattern STATE =
      Pattern.compile("(?<![\\p{L}-])(" + String.join("|", STATES.stream().flatMap(List::stream).toList()) + ")(?![\\p{L}-])");
  private static final Pattern NUMBER = Pattern.compile("\\b(19|20)\\d\\d\\b|\\b\\d{1,3}\\b");

  private Parser parser;
  private List<Article> corpus;
  private int[] utf8Lengths;
  private int next;

  /** Counts what was read; reported per second, like the operations. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Volume {
    /** UTF-8 bytes read. */
    public long bytes;
    /** Characters read. */
    public long chars;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      chars = 0;
    }
  }

  /** Builds the parser and the corpus. */
  @Setup
  public void setUp() {
    parser = Parser.defaultFrench();
    corpus = corpus(42L, CORPUS_BYTES);
    utf8Lengths = corpus.stream().mapToInt(a -> a.text().getBytes(StandardCharsets.UTF_8).length).toArray();
  }

  /** Reads the next article of the corpus. */
  @Benchmark
  public Reading parse(Volume volume) {
    Article article = corpus.get(next);
    volume.chars += article.text().length();
    volume.bytes += utf8Lengths[next];
    next = next + 1 == corpus.size() ? 0 : next + 1;
    return parser.parse(article);
  }

  /**
   * Returns articles of at least {@code bytes} UTF-8 bytes in all: the seeds in turn, each copy
   * with its states swapped within their groups, its small numbers and its years changed.
   */
  static List<Article> corpus(long seed, int bytes) {
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>();
    List<Article> seeds = Seeds.articles();
    long total = 0;
    for (int i = 0; total < bytes; i++) {
      String text = vary(seeds.get(i % seeds.size()).text(), random);
      articles.add(Article.of(String.format("bench-%05d", i), text));
      total += text.getBytes(StandardCharsets.UTF_8).length;
    }
    return List.copyOf(articles);
  }

  private static String vary(String text, Random random) {
    Map<String, String> swap = new HashMap<>();
    for (List<String> group : STATES) {
      List<String> shuffled = new ArrayList<>(group);
      Collections.shuffle(shuffled, random);
      for (int i = 0; i < group.size(); i++) {
        swap.put(group.get(i), shuffled.get(i));
      }
    }
    String swapped = replace(STATE.matcher(text), m -> swap.get(m.group(1)));
    int yearShift = random.nextInt(11) - 5;
    return replace(
        NUMBER.matcher(swapped),
        m -> m.group(1) != null
            ? String.valueOf(Integer.parseInt(m.group()) + yearShift)
            : String.valueOf(1 + random.nextInt(Math.max(1, Integer.parseInt(m.group()) * 2))));
  }

  private static String replace(Matcher m, java.util.function.Function<Matcher, String> replacement) {
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
