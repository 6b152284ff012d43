package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.json.CorpusJson;
import dev.entente.model.Country;
import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.JointExercise;
import dev.entente.model.Reading;
import dev.entente.seeds.Seeds;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link Parser#parse} does with text a hostile user shapes (issue 11). */
final class ParserHostileTest {

  private static final Parser PARSER = Parser.defaultFrench();

  @Test
  void seedsInNfd_readAsInNfc() { // item 5: 41 facts gave 22
    int facts = 0;
    for (Article seed : Seeds.articles()) {
      Reading composed = PARSER.parse(seed);
      Reading decomposed = PARSER.parse(Article.of(seed.id(), Normalizer.normalize(seed.text(), Normalizer.Form.NFD)));
      assertEquals(composed.facts(), decomposed.facts(), seed.id());
      assertEquals(composed.actors(), decomposed.actors(), seed.id());
      assertEquals(composed.document(), decomposed.document(), seed.id());
      assertEquals(List.of(DiagnosticCode.TEXT_NORMALIZED), newCodes(composed, decomposed), seed.id());
      facts += decomposed.facts().size();
    }
    assertTrue(facts >= 30, "the seeds read in NFD gave only " + facts + " facts");
  }

  @Test
  void nfcText_isNotReportedAsNormalized() {
    assertEquals(
        List.of(),
        PARSER.parse("a", "La Russie a livré des S-400 à l'Inde.").diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.TEXT_NORMALIZED)
            .toList());
  }

  @Test
  void longRunsOfCombiningMarks_normalizeInLinearTime() {
    StringBuilder marks = new StringBuilder("e");
    for (int i = 0; i < 200_000; i++) {
      marks.append(i % 2 == 0 ? '\u0301' : '\u0323'); // the JDK takes 9 s to reorder 100,000
    }
    String text = "La Russie a livré des S-400 à l'Inde. " + marks;
    Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PARSER.parse("a", text));
    assertEquals(1, reading.armsTransfers().size());
  }

  @Test
  void truncation_saysHowManyCharactersWereRead() { // item 14
    Parser parser = Parser.builder().maxArticleChars(1_000).build();
    String text = "a".repeat(999) + "\uD83D\uDE80" + "b".repeat(100); // the limit falls inside 🚀
    Diagnostic truncated =
        parser.parse("a", text).diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.TEXT_TRUNCATED)
            .findFirst()
            .orElseThrow();
    assertEquals("the article has 1101 characters; only the first 999 were read", truncated.message());
  }

  @Test
  void sameSentenceThrice_isOneAgreementWithThreePiecesOfEvidence() { // item 9
    String sentence = "La Russie et l'Inde ont signé un accord de défense en 2021. ";
    Reading reading = PARSER.parse("a", sentence + "Puis rien. " + sentence + "Encore rien. " + sentence);
    assertEquals(1, reading.agreements().size(), reading.agreements()::toString);
    assertEquals(3, reading.agreements().get(0).evidence().size());
    assertEquals(1, reading.relations().get(0).facts().size());
  }

  /**
   * 150 states in each exercise of a 120 KB article (the was 250 KB, measured in the
   * README): the relations grow with the square of the states.
   */
  @Test
  void exercisesAmong150States_areBounded_andTheOutputIsLinear() { // item 3
    String article = multilateral(120_000, 150);

    Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PARSER.parse("a", article));
    String line = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CorpusJson.write(reading));

    assertTrue(reading.exercises().size() > 50, reading::toString);
    int largest = 0;
    for (JointExercise exercise : reading.exercises()) {
      largest = Math.max(largest, exercise.participants().size());
    }
    assertEquals(ParticipantLimiter.MAX_STATES, largest);
    List<Diagnostic> bounded =
        reading.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.TOO_MANY_STATES).toList();
    assertTrue(bounded.size() > 50, bounded.size() + " diagnostics");
    assertTrue(
        bounded.get(0).message().matches("a joint exercise names 1[0-9]{2} states, more than the 32 one fact keeps .*"),
        bounded.get(0).message());
    assertTrue(line.length() < 20L * article.length(), "a JSON line of " + line.length() + " characters");
    assertEquals(reading, CorpusJson.read(line));
  }

  @Test
  void anExerciseOfFewStates_isLeftAlone() {
    Reading reading =
        PARSER.parse(
            "a", "La Russie, la Chine, l'Inde, l'Iran et le Pakistan ont mené l'exercice militaire conjoint Aurore en mer.");
    assertEquals(5, reading.exercises().get(0).participants().size(), reading.exercises()::toString);
    assertEquals(
        List.of(), reading.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.TOO_MANY_STATES).toList());
  }

  /** Sentences in which {@code states} states hold an exercise, up to {@code chars} characters. */
  static String multilateral(int chars, int states) {
    List<String> names = new ArrayList<>();
    for (Country c : Country.values()) {
      names.add(c.frenchName());
    }
    StringBuilder text = new StringBuilder("Manœuvres géantes\n\n");
    for (int n = 0; text.length() < chars; n++) {
      Collections.rotate(names, 7);
      List<String> some = names.subList(0, states);
      text.append("Les armées de ")
          .append(String.join(", ", some.subList(0, states - 1)))
          .append(" et ")
          .append(some.get(states - 1))
          .append(" ont mené l'exercice militaire conjoint Aurore-")
          .append(n)
          .append(" en mer.\n");
    }
    return text.toString();
  }

  private static List<DiagnosticCode> newCodes(Reading before, Reading after) {
    List<DiagnosticCode> codes = new ArrayList<>(after.diagnostics().stream().map(Diagnostic::code).toList());
    before.diagnostics().forEach(d -> codes.remove(d.code()));
    return codes;
  }

}
