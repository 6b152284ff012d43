package dev.entente.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Reading;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Round-trip properties over generated readings. The seed comes from the system property {@code
 * entente.seed}, else from the clock; every failure message shows it, and {@code mvn -pl core
 * verify -Dentente.seed=SEED} replays the run.
 */
final class CorpusJsonProperties {

  private static final long SEED = Long.getLong("entente.seed", System.nanoTime());
  private static final int COUNT = 1_000;

  /** Returns reading {@code index} of the run; each has its own stream, so one can be replayed alone. */
  private static Reading reading(int index) {
    return new ReadingGenerator(new Random(SEED * 1_000_003L + index)).reading();
  }

  private static Supplier<String> where(int index) {
    return () -> "seed " + SEED + ", reading " + index + "; replay with -Dentente.seed=" + SEED;
  }

  @Test
  void readOfWrite_isTheReading() {
    for (int i = 0; i < COUNT; i++) {
      Reading reading = reading(i);
      assertEquals(reading, CorpusJson.read(CorpusJson.write(reading)), where(i));
    }
  }

  @Test
  void writeOfReadOfWrite_isByteIdentical() {
    for (int i = 0; i < COUNT; i++) {
      String line = CorpusJson.write(reading(i));
      assertEquals(line, CorpusJson.write(CorpusJson.read(line)), where(i));
    }
  }

  @Test
  void write_isOneLineWithoutLineBreakCharacters() {
    for (int i = 0; i < COUNT; i++) {
      String line = CorpusJson.write(reading(i));
      assertEquals(
          List.of(),
          line.chars()
              .filter(c -> c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c < 0x20)
              .boxed()
              .toList(),
          where(i));
    }
  }

  @Test
  void readLinesOfWriteLines_isTheReadings() {
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      readings.add(reading(i));
    }
    StringBuilder out = new StringBuilder();
    CorpusJson.writeLines(readings, out);
    assertEquals(
        readings,
        CorpusJson.readLines(new StringReader(out.toString())),
        () -> "seed " + SEED + "; replay with -Dentente.seed=" + SEED);
  }

  @Test
  void generatorIsReproducible() {
    assertEquals(reading(7), reading(7), where(7));
  }
}
