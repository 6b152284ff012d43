package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.entente.model.Reading;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each pathological shape of 5 MB is read by the default parser well within a generous bound, so a
 * regular expression or a loop that goes quadratic fails here rather than hanging a user's batch.
 * The default parser reads the first 2,000,000 characters of such an input; at the measured
 * speed (about 1 MB/s on a loaded 2-core machine, cold JVM) that takes a few seconds, so the bound
 * of {@value #BOUND_SECONDS} s is only broken by superlinear time.
 */
final class ParserTimeBoundTest {

  private static final int BOUND_SECONDS = 20;
  private static final int FIVE_MB = 5 * 1024 * 1024;
  private static final Parser PARSER = Parser.defaultFrench();

  static Stream<Arguments> shapes() {
    return Stream.of(
        shape("one line without punctuation", size -> repeat("russie chine accord defense signe ", size)),
        shape("one word without spaces", size -> repeat("abcdefghij", size)),
        shape("M. M. M.", size -> repeat("M. ", size)),
        shape("guillemets «««", size -> repeat("«", size)),
        shape("spaced guillemets « «", size -> repeat("« ", size)),
        shape("Poutine a déclaré", size -> repeat("Poutine a déclaré ", size)),
        shape("designations Su-35 S-400", size -> repeat("Su-35 S-400 ", size)),
        shape("digits and hyphens", size -> repeat("1234-5678-", size)),
        // a run of marks was rescanned from each of its marks by SentenceSplitter: quadratic
        shape("marks !?!?", size -> repeat("!?", size)),
        shape("marks .».»", size -> repeat(".»", size)),
        // StatementRule looked persons up in lists and scanned its keys per statement: quadratic
        shape("thousands of distinct speakers", ParserTimeBoundTest::distinctSpeakers),
        // AgreementRule compared each mention with every earlier one and copied evidence on merging
        shape("one agreement said again and again", size -> repeat("La Russie et la Chine ont signé un accord de défense. ", size)),
        shape("one agreement with ever new subjects", size -> numbered("Le traité %s entre la Russie et la Chine a été signé. ", size)),
        // TransferRule copied the evidence of a transfer at each new mention
        shape("one transfer said again and again", size -> repeat("La Russie a livré 12 Su-35 à l’Inde en 2018. ", size)),
        // ExerciseRule compared each exercise with every earlier one
        shape("thousands of named exercises", size -> numbered("La Russie et la Chine ont mené l'exercice naval « Mer %s ». ", size)),
        // GazetteerMatcher followed a chain of prefixes from each of its links
        shape("compound adjectives russo-sino-", size -> repeat("russo-sino-", size)),
        // DateFinder read the end of "du 1 au ..." as a range again, down to the sentence's end
        shape("date ranges du 1 au", size -> repeat("du 1 au ", size)),
        shape("one sentence per line", size -> repeat("La Russie a livré des S-400 à l'Inde.\n", size)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void fiveMegabytes_readWithinTheBound(String name, IntFunction<String> shape) {
    String text = shape.apply(FIVE_MB);
    Reading reading =
        assertTimeoutPreemptively(
            Duration.ofSeconds(BOUND_SECONDS),
            () -> PARSER.parse(Article.of("shape", text)),
            () -> "\"" + name + "\": 5 MB not read within " + BOUND_SECONDS + " s; something is superlinear");
    assertEquals("shape", reading.id());
  }

  private static Arguments shape(String name, IntFunction<String> text) {
    return Arguments.of(name, text);
  }

  static String repeat(String unit, int size) {
    StringBuilder out = new StringBuilder(size + unit.length());
    while (out.length() < size) {
      out.append(unit);
    }
    return out.toString();
  }

  /** "Le ministre russe Ivan Ba a déclaré : « oui ». " with a new surname each time. */
  static String distinctSpeakers(int size) {
    return numbered("Le ministre russe Ivan %s a déclaré : « oui ». ", size);
  }

  /** {@code template} again and again, its {@code %s} a new capitalized word each time. */
  static String numbered(String template, int size) {
    StringBuilder out = new StringBuilder(size + 100);
    for (int n = 0; out.length() < size; n++) {
      out.append(template.replace("%s", surname(n)));
    }
    return out.toString();
  }

  /** A distinct capitalized word per number: "Ba", "Bb", ..., "Baa". */
  private static String surname(int n) {
    StringBuilder name = new StringBuilder().append((char) ('A' + n % 26));
    int rest = n / 26;
    do {
      name.append((char) ('a' + rest % 26));
      rest /= 26;
    } while (rest > 0);
    return name.toString();
  }
}
