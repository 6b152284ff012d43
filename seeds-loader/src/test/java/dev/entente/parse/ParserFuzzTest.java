package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.json.CorpusJson;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import java.text.Normalizer;

/**
 * Coverage-guided fuzzing of the parser with Jazzer. Under Surefire each test runs as a
 * regression test over its saved inputs ({@code src/test/resources/dev/entente/parse/
 * ParserFuzzTestInputs/}); to fuzz, run
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl seeds-loader -am test -Dtest=ParserFuzzTest#parse_anyText \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xshare:off
 * </pre>
 *
 * <p>which runs for the {@code maxDuration} below or until a failure, keeping its corpus in
 * {@code .cifuzz-corpus/} (ignored by git).
 */
final class ParserFuzzTest {

  private static final Parser PARSER = Parser.builder().maxArticleChars(20_000).build();

  /**
   * Any text: the parser never throws, evidence lies in the cleaned text, the reading survives
   * JSON, and the same text in NFD reads the same facts.
   */
  @FuzzTest(maxDuration = "5m")
  void parse_anyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Article article = Article.of("fuzz", text);
    Reading reading = PARSER.parse(article);
    String clean = PARSER.clean(article).text();
    for (Fact fact : reading.facts()) {
      for (Evidence evidence : fact.evidence()) {
        assertTrue(evidence.span().end() <= clean.length(), evidence::toString);
      }
    }
    assertEquals(reading, CorpusJson.read(CorpusJson.write(reading)));
    if (text.length() < 5_000) {
      String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
      String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
      if (nfd.length() <= 20_000 && !HostileText.hasLongCombiningRun(nfd)) {
        assertEquals(
            PARSER.parse(Article.of("fuzz", nfc)).facts(), PARSER.parse(Article.of("fuzz", nfd)).facts());
      }
    }
  }

  /** Seed sentences with a fuzzed piece put in: the rules see French around the noise. */
  @FuzzTest(maxDuration = "5m")
  void parse_frenchWithNoise(FuzzedDataProvider data) {
    String[] sentences = {
      "La Russie et la Chine ont signé un accord de défense en 2021.",
      "L'Inde a reçu cinq S-400 livrés par la Russie, a déclaré le ministre.",
      "Les marines russe, chinoise et iranienne ont mené l'exercice Ceinture de sécurité en mer d'Oman.",
      "« Nos relations résistent », a dit Vladimir Poutine à Pékin le 3 mars.",
    };
    StringBuilder text = new StringBuilder();
    int pieces = data.consumeInt(1, 6);
    for (int i = 0; i < pieces; i++) {
      text.append(data.pickValue(sentences)).append(data.consumeString(40)).append(' ');
    }
    Reading reading = PARSER.parse(Article.of("fuzz", text.toString()));
    assertEquals(reading, CorpusJson.read(CorpusJson.write(reading)));
  }
}
