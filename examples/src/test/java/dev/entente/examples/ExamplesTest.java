package dev.entente.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.json.CorpusJson;
import dev.entente.seeds.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example program runs and prints its story. */
final class ExamplesTest {

  /** The example program's {@code main}, which may throw. */
  interface Main {
    void run() throws Exception;
  }

  /** Returns what {@code main} prints on {@code System.out}. */
  private static String printed(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(UTF_8);
  }

  private static Path sampleArticles() {
    // Surefire runs in the module's folder and sets basedir to it.
    return Path.of(System.getProperty("basedir", "."), "notebooks", "sample-articles");
  }

  @Test
  void seedMilitaryRelations() throws Exception {
    String out = printed(() -> SeedMilitaryRelations.main(new String[0]));

    assertTrue(out.contains("PAIR"), out);
    assertTrue(out.contains("CHN-RUS  MILITARY"), out);
    assertTrue(out.contains("The most documented"), out);
  }

  @Test
  void whoSellsWhat() throws Exception {
    String out = printed(() -> WhoSellsWhat.main(new String[0]));

    assertTrue(out.contains("RUS -> IND"), out);
    assertTrue(out.contains("AK-203"), out);
  }

  @Test
  void exercisesByYear() throws Exception {
    String out = printed(() -> ExercisesByYear.main(new String[0]));

    assertTrue(out.contains("Mission de paix 2018"), out);
    assertTrue(out.contains("Undated"), out);
  }

  @Test
  void readYourOwnFolder_sampleArticles() throws Exception {
    String folder = sampleArticles().toString();

    String out = printed(() -> ReadYourOwnFolder.main(new String[] {folder}));

    assertTrue(out.startsWith("Read 2 of 2 files"), out);
    assertTrue(out.contains("DZA-RUS"), out);
    assertTrue(out.contains("FRA-IND"), out);
  }

  @Test
  void readYourOwnFolder_reportsABadFile(@TempDir Path dir) throws Exception {
    Files.copy(sampleArticles().resolve("inde-rafale.txt"), dir.resolve("inde-rafale.txt"));
    Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0});

    String out = printed(() -> ReadYourOwnFolder.main(new String[] {dir.toString()}));

    assertTrue(out.startsWith("Read 1 of 2 files"), out);
    assertTrue(out.contains("Left out: " + dir.resolve("photo.txt")), out);
  }

  @Test
  void exportJson(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seeds.jsonl");

    String out = printed(() -> ExportJson.main(new String[] {file.toString()}));

    assertFalse(out.isBlank());
    assertTrue(out.contains("Read back equal to what was written: true"), out);
    assertEquals(Seeds.readings(), CorpusJson.readLines(file));
  }
}
