package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.entente.json.CorpusJson;
import dev.entente.model.Diagnostic;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import dev.entente.model.Span;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Parser#parse} over {@value #CASES} hostile strings per run (see {@link
 * HostileText}): it never throws, its reading is valid and points into the cleaned text, and it
 * is deterministic.
 *
 * <p>The seed comes from the system property {@code entente.seed}, or from the clock; every failure
 * message starts with it and the case's own seed, so {@code mvn -pl seeds-loader -am verify
 * -Dentente.seed=SEED -Dtest=ParserProperties -Dsurefire.failIfNoSpecifiedTests=false} replays the
 * run.
 */
final class ParserProperties {

  private static final long SEED = Long.getLong("entente.seed", System.nanoTime());
  private static final int CASES = 10_000;
  /** The longest sentence the parser hands to its rules; see {@code Parser.MAX_SENTENCE_CHARS}. */
  private static final int MAX_SENTENCE_CHARS = 2_000;

  private static final Parser PARSER = Parser.defaultFrench();
  private static HostileText generator;
  private static List<Long> caseSeeds;

  @BeforeAll
  static void generate() {
    generator = HostileText.bundled();
    caseSeeds = HostileText.caseSeeds(SEED, CASES);
  }

  @Test
  void parse_anyString_neverThrowsAndGivesAValidReading() {
    forEachCase(
        (index, text, where) -> {
          Article article = Article.of("case-" + index, text);
          Reading reading = parseOrFail(PARSER, article, where);
          assertEquals(article.id(), reading.id(), where);
          String clean = PARSER.clean(article).text();
          checkCleanText(clean, text, where);
          for (Fact fact : reading.facts()) {
            for (Evidence evidence : fact.evidence()) {
              checkEvidence(evidence, article.id(), clean, () -> where.get() + ", " + fact);
            }
          }
          for (Diagnostic diagnostic : reading.diagnostics()) {
            diagnostic.span().ifPresent(span -> checkWithin(span, clean, () -> where.get() + ", " + diagnostic));
          }
          reading.relations(); // derivable from the facts
        });
  }

  @Test
  void parse_sameInputTwice_givesEqualReadings() {
    Parser other = Parser.defaultFrench();
    forEachCase(
        (index, text, where) -> {
          Article article = Article.of("case-" + index, text);
          Reading first = parseOrFail(PARSER, article, where);
          assertEquals(first, parseOrFail(PARSER, article, where), () -> where.get() + ", same parser");
          assertEquals(first, parseOrFail(other, article, where), () -> where.get() + ", another parser");
        });
  }

  @Test
  void parse_anyString_givesAReadingThatSurvivesJson() {
    forEachCase(
        (index, text, where) -> {
          if (index % 10 != 0) {
            return; // CorpusJson has its own properties; this checks the parser's output is writable
          }
          Reading reading = parseOrFail(PARSER, Article.of("case-" + index, text), where);
          String line;
          try {
            line = CorpusJson.write(reading);
          } catch (RuntimeException e) {
            throw new AssertionError(where.get() + ": CorpusJson.write threw", e);
          }
          assertEquals(reading, CorpusJson.read(line), where);
        });
  }

  /**
   * The same text in NFC, in NFD (decomposed accents, as macOS writes it) or mixed piece by piece
   * reads alike: the same document, actors and facts, spans included (issue 11, item 5). Texts
   * with a run of more than 32 combining marks are left out, since the parser keeps such a run as
   * it is rather than reorder it in quadratic time.
   */
  @Test
  void parse_anyStringInNfdOrMixedNormalization_readsAsInNfc() {
    forEachCase(
        (index, text, where) -> {
          if (index % 10 != 0 || HostileText.hasLongCombiningRun(Normalizer.normalize(text, Normalizer.Form.NFD))) {
            return;
          }
          String id = "case-" + index;
          Reading composed = parseOrFail(PARSER, Article.of(id, Normalizer.normalize(text, Normalizer.Form.NFC)), where);
          String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
          String mixed = mixed(text, new Random(SEED ^ index));
          for (String variant : List.of(decomposed, mixed)) {
            Reading reading = parseOrFail(PARSER, Article.of(id, variant), where);
            assertEquals(composed.document(), reading.document(), where);
            assertEquals(composed.actors(), reading.actors(), where);
            assertEquals(composed.facts(), reading.facts(), where);
          }
        });
  }

  /** Returns {@code text} cut in pieces of 1 to 40 code points, each in NFC or NFD at random. */
  private static String mixed(String text, Random random) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    int i = 0;
    while (i < text.length()) {
      int end = i;
      for (int n = 1 + random.nextInt(40); n > 0 && end < text.length(); n--) {
        end += Character.charCount(text.codePointAt(end));
      }
      Normalizer.Form form = random.nextBoolean() ? Normalizer.Form.NFC : Normalizer.Form.NFD;
      out.append(Normalizer.normalize(text.substring(i, end), form));
      i = end;
    }
    return out.toString();
  }

  /** Clean text: never longer than the limit, only text characters, no carriage return. */
  private static void checkCleanText(String clean, String raw, Supplier<String> where) {
    if (clean.length() > PARSER.maxArticleChars()) {
      fail(where.get() + ": clean text of " + clean.length() + " chars, over the limit");
    }
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < clean.length() && Character.isLowSurrogate(clean.charAt(i + 1))
              : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(clean.charAt(i - 1));
      if (!paired || c == '\r' || c != '\n' && c != '\t' && Character.isISOControl(c)) {
        int at = i;
        fail(() -> where.get() + ": clean text has \\u" + String.format("%04x", (int) c) + " at " + at
            + ": " + HostileText.preview(clean));
      }
    }
    if (raw.isBlank() && !clean.isEmpty()) {
      fail(where.get() + ": a blank article left clean text " + HostileText.preview(clean));
    }
  }

  /**
   * Evidence: of this document, a non-empty span inside the clean text, and a sentence of at most
   * {@link #MAX_SENTENCE_CHARS} characters that occurs in the clean text around the span.
   */
  private static void checkEvidence(Evidence evidence, String id, String clean, Supplier<String> where) {
    assertEquals(id, evidence.documentId(), where);
    Span span = evidence.span();
    checkWithin(span, clean, where);
    String sentence = evidence.sentence();
    if (span.length() == 0 || sentence.isBlank() || sentence.length() > MAX_SENTENCE_CHARS) {
      fail(where.get() + ": empty span, blank or overlong sentence: " + evidence);
    }
    for (int at = clean.indexOf(sentence); at >= 0; at = clean.indexOf(sentence, at + 1)) {
      if (at <= span.start() && span.end() <= at + sentence.length()) {
        return;
      }
    }
    fail(where.get() + ": the evidence sentence does not hold its span " + span + " in the clean text: "
        + HostileText.preview(sentence));
  }

  private static void checkWithin(Span span, String clean, Supplier<String> where) {
    if (span.end() > clean.length()) {
      fail(where.get() + ": span " + span + " beyond the clean text of " + clean.length() + " chars");
    }
  }

  private static Reading parseOrFail(Parser parser, Article article, Supplier<String> where) {
    try {
      return parser.parse(article);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(where.get() + ": parse threw " + e, e);
    }
  }

  /** One case: its index, its text, and the replay line that every failure message starts with. */
  private interface CaseCheck {
    void check(int index, String text, Supplier<String> where);
  }

  private static void forEachCase(CaseCheck check) {
    AssertionError first = null;
    int failures = 0;
    for (int i = 0; i < caseSeeds.size() && failures < 5; i++) {
      long caseSeed = caseSeeds.get(i);
      String text = generator.generate(caseSeed);
      int index = i;
      Supplier<String> where =
          () -> "seed " + SEED + " (replay with -Dentente.seed=" + SEED + "), case " + index
              + " (case seed " + caseSeed + "L, " + text.length() + " chars: " + HostileText.preview(text) + ")";
      try {
        check.check(i, text, where);
      } catch (AssertionError e) {
        failures++;
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw new AssertionError(failures + " failing case(s) (stopping at 5); the first: " + first.getMessage(), first);
    }
  }
}
