package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Reading;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Nasty inputs, each read without an exception: the hand-made cases of {@code adversarial.txt}
 * (one test per case, named by its first line), and huge or systematic ones generated here.
 */
final class AdversarialInputTest {

  private static final Parser PARSER = Parser.defaultFrench();
  private static final String SEPARATOR = "=====";

  /** A case of the file: its name (first line), its text, and what its "#>" lines expect. */
  private record Case(String name, String text, boolean empty, boolean noFacts) {}

  @TestFactory
  Stream<DynamicTest> handMadeCases() throws IOException {
    ImmutableList<Case> cases = cases();
    assertTrue(cases.size() >= 40, "only " + cases.size() + " cases in adversarial.txt");
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
          Reading reading = parse(c.name(), c.text());
          if (c.empty()) {
            assertTrue(reading.isEmpty(), () -> "expected an empty reading, got " + reading.actors() + reading.facts());
            assertEquals(List.of(DiagnosticCode.EMPTY_TEXT), codes(reading));
          }
          if (c.noFacts()) {
            assertEquals(List.of(), reading.facts());
          }
        }));
  }

  @Test
  void transferThenEnvironZero_givesNoQuantityRatherThanThrowing() {
    // once threw IllegalArgumentException: TransferRule read "environ 0" as a quantity of 0
    Reading reading = parse("environ-0", "La Russie a livré des S-400 à l'Inde. Il y en a environ 0.");
    assertEquals(1, reading.armsTransfers().size(), reading::toString);
    assertTrue(reading.armsTransfers().get(0).quantity().isEmpty());
  }

  @Test
  void decimalWithTwentyDigits_givesNoQuantityRatherThanThrowing() {
    // once threw NumberFormatException: Quantities parsed the digits after the point as an int
    Reading reading = parse("long-decimal", "La Russie a livré 3.999999999999999999999 S-400 à l'Inde.");
    assertTrue(reading.armsTransfers().stream().allMatch(t -> t.quantity().isEmpty()), reading::toString);
  }

  @Test
  void decimalInArabicIndicDigits_isReadAsItsValue() {
    // once threw NumberFormatException: Double.parseDouble reads ASCII digits only
    Reading reading = parse("arabic-indic", "La Russie a livré \u0661,\u0665 million d'obus \u00e0 l'Inde.");
    assertTrue(reading.armsTransfers().stream().allMatch(t -> t.quantity().isEmpty() || t.quantity().getAsInt() == 1_500_000),
        reading::toString);
  }

  @Test
  void knownExerciseNameInsideAVerbGroup_isNoMention() {
    // once threw ClassCastException: ExerciseRule read a known name's chunk as a noun phrase
    Reading reading = parse("name-in-verb", "Heron# navale\u201cJoint Sea 2018&T-122 Sakarya lance Tor-M2 quelque 000.");
    assertTrue(reading.exercises().stream().allMatch(e -> e.participants().size() >= 2), reading::toString);
  }

  @Nested
  final class Huge {

    @Test
    void aMillionCapitalLetters() {
      Reading reading = parse("capitals", "A".repeat(1_000_000));
      assertTrue(reading.isEmpty());
      assertTrue(codes(reading).contains(DiagnosticCode.SENTENCE_TOO_LONG), codes(reading)::toString);
    }

    @Test
    void aMillionCapitalWordsWithAccents() {
      parse("capital-words", "ÉTATS-UNIS RUSSIE M. ".repeat(50_000));
    }

    @Test
    void tenThousandNestedGuillemets() {
      String text = "Poutine a déclaré : " + "« ".repeat(10_000) + "la Russie et la Chine" + " »".repeat(10_000) + ".";
      parse("nested", text);
      parse("opened", "Poutine a déclaré : " + "« ".repeat(10_000) + "la Russie et la Chine.");
      parse("closed", " »".repeat(10_000) + ", a déclaré Poutine.");
      parse("glued", "«".repeat(10_000) + "»".repeat(10_000));
    }

    @Test
    void fiftyThousandCommas() {
      parse("commas", ",".repeat(50_000));
      parse("comma-list", "la Russie, ".repeat(50_000) + "et la Chine ont signé un accord.");
    }

    @Test
    void aLineOfFiveMegabytes() {
      StringBuilder line = new StringBuilder(5_000_100);
      while (line.length() < 5_000_000) {
        line.append("la Russie et la Chine ont signé un accord de défense puis ");
      }
      Reading reading = parse("line", line.toString());
      assertTrue(codes(reading).contains(DiagnosticCode.TEXT_TRUNCATED), codes(reading)::toString);
    }

    @Test
    void aHundredThousandAgreements() {
      String text = "la Russie et la Chine ont signé un accord. ".repeat(100_000);
      Reading reading = parse("repeated", text);
      assertTrue(codes(reading).contains(DiagnosticCode.TEXT_TRUNCATED), codes(reading)::toString);
      assertFalse(reading.agreements().isEmpty(), "the agreement is still read");
      for (Agreement agreement : reading.agreements()) {
        assertEquals(ImmutableSet.of(Country.CHINA, Country.RUSSIA), agreement.parties());
      }
    }

    @Test
    void fiveMegabytesOfWhitespace() {
      Reading reading = parse("blank", " \t\n\r\u00a0\u2028".repeat(850_000));
      assertTrue(reading.isEmpty());
      assertTrue(codes(reading).contains(DiagnosticCode.EMPTY_TEXT), codes(reading)::toString);
    }

    @Test
    void aHundredThousandBylines() {
      parse("bylines", "Publié par Jean Dupont le 21 mai 2018\n".repeat(100_000));
      parse("unfinished-bylines", "Publié par ".repeat(100_000));
      parse("datelines", "Paris, 6 déc. (AFP) – ".repeat(100_000));
      parse("sources", ("Source : " + "x".repeat(700) + "\n").repeat(2_000));
    }
  }

  /** Line endings and byte-order marks change nothing: the reading equals that of the plain text. */
  @Nested
  final class LineEndingsAndMarks {

    @Test
    void windowsLineEndings_readAsUnixOnes() {
      for (Article seed : Seeds.articles()) {
        assertEquals(PARSER.parse(seed), parse(seed.id(), seed.text().replace("\n", "\r\n")), seed.id());
      }
    }

    @Test
    void oldMacLineEndings_readAsUnixOnes() {
      for (Article seed : Seeds.articles()) {
        assertEquals(PARSER.parse(seed), parse(seed.id(), seed.text().replace("\n", "\r")), seed.id());
      }
    }

    @Test
    void aByteOrderMark_isIgnored() {
      for (Article seed : Seeds.articles()) {
        assertEquals(PARSER.parse(seed), parse(seed.id(), "\ufeff" + seed.text()), seed.id());
      }
    }

    @Test
    void controlCharactersAndLoneSurrogates_doNotThrow() {
      for (Article seed : Seeds.articles()) {
        StringBuilder text = new StringBuilder(seed.text());
        for (int i = text.length() - 1; i > 0; i -= 97) {
          text.insert(i, i % 3 == 0 ? "\ud800" : i % 3 == 1 ? "\u0000\u001b" : "\udfff\ufffe");
        }
        parse(seed.id(), text.toString());
      }
    }
  }

  private static Reading parse(String id, String text) {
    Reading reading = PARSER.parse(Article.of(id.isBlank() ? "blank" : id, text));
    assertEquals(id.isBlank() ? "blank" : id, reading.id());
    return reading;
  }

  private static List<DiagnosticCode> codes(Reading reading) {
    return reading.diagnostics().stream().map(d -> d.code()).toList();
  }

  private static ImmutableList<Case> cases() throws IOException {
    String file =
        Resources.toString(
            Resources.getResource(AdversarialInputTest.class, "adversarial.txt"), StandardCharsets.UTF_8);
    ImmutableList.Builder<Case> cases = ImmutableList.builder();
    List<String> lines = new ArrayList<>();
    for (String line : (file + "\n" + SEPARATOR).split("\n", -1)) {
      if (!line.equals(SEPARATOR)) {
        lines.add(line);
        continue;
      }
      String name = lines.isEmpty() ? "(empty)" : lines.get(0).replaceFirst("^#\\s*", "");
      boolean empty = lines.contains("#> empty");
      boolean noFacts = lines.contains("#> no facts");
      List<String> text = lines.stream().filter(l -> !l.startsWith("#>")).skip(1).toList();
      cases.add(new Case(name, String.join("\n", text), empty, noFacts));
      lines.clear();
    }
    return cases.build();
  }
}
