package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Reading;
import dev.entente.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article size limit: what is read, what is reported, and that huge strings are cheap. */
final class ParserSizeLimitTest {

  private static final String AGREEMENT = "La Russie et la Chine ont signé un accord de défense.";

  private final Parser small = Parser.builder().maxArticleChars(1_000).build();

  @Test
  void defaultLimit_isTwoMillionCharacters() {
    assertEquals(2_000_000, Parser.DEFAULT_MAX_ARTICLE_CHARS);
    assertEquals(2_000_000, Parser.defaultFrench().maxArticleChars());
  }

  @Test
  void builder_limitBelowAThousand_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parser.builder().maxArticleChars(999));
    assertTrue(e.getMessage().contains("999"), e.getMessage());
  }

  @Test
  void textAtTheLimit_isReadWhole() {
    String text = AGREEMENT + " ".repeat(1_000 - AGREEMENT.length());
    Reading reading = small.parse("at-limit", text);
    assertEquals(List.of(), truncations(reading));
    assertEquals(1, reading.agreements().size());
  }

  @Test
  void textOverTheLimit_isCutAndReported() {
    String text = "x ".repeat(500) + AGREEMENT;
    Reading reading = small.parse("over", text);
    List<Diagnostic> truncations = truncations(reading);
    assertEquals(1, truncations.size(), reading.diagnostics()::toString);
    Diagnostic truncated = truncations.get(0);
    assertEquals(Severity.WARNING, truncated.severity());
    assertTrue(truncated.message().contains(String.valueOf(text.length())), truncated.message());
    assertTrue(truncated.message().contains("1000"), truncated.message());
    assertEquals(List.of(), reading.agreements(), "the agreement lies past the limit");
    assertEquals("x ".repeat(500).strip(), small.clean(Article.of("over", text)).text(), "the first 1,000 chars");
  }

  @Test
  void factsBeforeTheLimit_areStillRead() {
    Reading reading = small.parse("before", AGREEMENT + " " + "x ".repeat(1_000));
    assertEquals(1, truncations(reading).size());
    assertEquals(1, reading.agreements().size());
  }

  @Test
  void cutInsideASurrogatePair_leavesNoHalf() {
    String text = "a".repeat(999) + "\ud83d\ude80" + "b".repeat(100); // the rocket straddles the limit
    String clean = small.clean(Article.of("pair", text)).text();
    assertEquals("a".repeat(999), clean);
    assertEquals(1, truncations(small.parse("pair", text)).size());
  }

  @Test
  void fiftyMillionCharacters_areCutWithoutRunningOutOfMemory() {
    // the default heap of the test JVM; a Latin-1 string of 50 MB and a UTF-16 one of 100 MB
    Parser parser = Parser.defaultFrench();
    for (String unit : List.of(AGREEMENT + " ", "La Russie a livré des S-400 à l’Inde. ")) {
      String text = unit.repeat(50_000_000 / unit.length() + 1);
      Reading reading = parser.parse("huge", text);
      assertEquals(1, truncations(reading).size(), reading.diagnostics()::toString);
      assertFalse(reading.facts().isEmpty(), "the first 2,000,000 characters are read");
    }
  }

  private static List<Diagnostic> truncations(Reading reading) {
    return reading.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.TEXT_TRUNCATED).toList();
  }
}
