package dev.entente.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.model.Reading;

/**
 * Coverage-guided fuzzing of the JSON Lines reader with Jazzer. Under Surefire each test runs as
 * a regression test over its saved inputs ({@code src/test/resources/dev/entente/json/
 * CorpusJsonFuzzTestInputs/}), which takes a second; to fuzz, run
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl core test -Dtest=CorpusJsonFuzzTest#read_anyLine -DargLine=-Xshare:off
 * </pre>
 *
 * <p>which runs for the {@code maxDuration} below (or until a failure), keeping what it learns in
 * {@code .cifuzz-corpus/} (ignored by git); copy an input worth keeping into the inputs folder.
 */
final class CorpusJsonFuzzTest {

  /**
   * Any line: the reader returns a reading or throws {@link CorpusJsonException} with a short
   * message, and a reading it returns writes back to a line that reads the same.
   */
  @FuzzTest(maxDuration = "5m")
  void read_anyLine(FuzzedDataProvider data) {
    check(data.consumeRemainingAsString());
  }

  /**
   * A valid line with a few bytes replaced: most lines stay JSON, so the fuzzer reaches the
   * conversions and checks rather than the syntax errors.
   */
  @FuzzTest(maxDuration = "5m")
  void read_validLineWithEdits(FuzzedDataProvider data) {
    StringBuilder line = new StringBuilder(CorpusJson.write(CorpusJsonTest.everyField()));
    int edits = data.consumeInt(1, 8);
    for (int i = 0; i < edits && line.length() > 0; i++) {
      int at = data.consumeInt(0, line.length() - 1);
      int length = data.consumeInt(0, Math.min(16, line.length() - at));
      line.replace(at, at + length, data.consumeString(16));
    }
    check(line.toString());
  }

  private static void check(String line) {
    Reading reading;
    try {
      reading = CorpusJson.read(line);
    } catch (CorpusJsonException e) {
      assertTrue(e.getMessage().length() <= 1_400, () -> "a message of " + e.getMessage().length() + " characters");
      return;
    }
    String written = CorpusJson.write(reading);
    assertEquals(reading, CorpusJson.read(written));
    assertEquals(written, CorpusJson.write(CorpusJson.read(written)));
  }
}
