package dev.entente.examples.benchmarks;

import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.Parser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Shows that the parser's time grows linearly with pathological inputs: each shape at 256 KB, 1 MB
 * and 4 MB (1x, 4x, 16x), with a size limit above 4 MB so nothing is cut. Linear growth means
 * each step takes about 4 times the previous one; a quadratic loop would take 16 times. The
 * shapes: no punctuation, "M. M. M.", "«««", "Poutine a déclaré", "Su-35 S-400", "!?!?" (was
 * quadratic in SentenceSplitter) and thousands of distinct speakers (was quadratic in
 * StatementRule).
 *
 * <pre>
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main PathologicalScalingBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
// A 4 MB article keeps a few hundred MB of tokens and mentions alive while it is read; G1's
// pauses on that live set blurred the 4 MB runs (x5 to x8 instead of x4). The parallel collector
// with a fixed heap shows the parser's own growth.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms4g", "-Xmx4g"})
public class PathologicalScalingBenchmark {

  /** The input's size in characters: 256 KB, 1 MB, 4 MB. */
  @Param({"262144", "1048576", "4194304"})
  public int size;

  /** The pathological shape. */
  @Param({"no-punctuation", "M.", "guillemets", "declared", "designations", "marks", "speakers"})
  public String shape;

  private Parser parser;
  private Article article;

  /** Builds the parser and the input. */
  @Setup
  public void setUp() {
    parser = Parser.builder().maxArticleChars(8_000_000).build();
    article = Article.of(shape, text(shape, size));
  }

  /** Reads the whole input. */
  @Benchmark
  public Reading parse() {
    return parser.parse(article);
  }

  static String text(String shape, int size) {
    return switch (shape) {
      case "no-punctuation" -> repeat("russie chine accord defense signe ", size);
      case "M." -> repeat("M. ", size);
      case "guillemets" -> repeat("«", size);
      case "declared" -> repeat("Poutine a déclaré ", size);
      case "designations" -> repeat("Su-35 S-400 ", size);
      case "marks" -> repeat("!?", size);
      case "speakers" -> speakers(size);
      default -> throw new IllegalArgumentException("unknown shape " + shape);
    };
  }

  private static String repeat(String unit, int size) {
    StringBuilder out = new StringBuilder(size + unit.length());
    while (out.length() < size) {
      out.append(unit);
    }
    return out.toString();
  }

  /** "Le ministre russe Ivan Ba a déclaré : « oui ». " with a new surname each time. */
  private static String speakers(int size) {
    StringBuilder out = new StringBuilder(size + 100);
    for (int n = 0; out.length() < size; n++) {
      StringBuilder name = new StringBuilder().append((char) ('A' + n % 26));
      int rest = n / 26;
      do {
        name.append((char) ('a' + rest % 26));
        rest /= 26;
      } while (rest > 0);
      out.append("Le ministre russe Ivan ").append(name).append(" a déclaré : « oui ». ");
    }
    return out.toString();
  }
}
