package dev.entente.examples;

import com.google.common.collect.ImmutableList;
import dev.entente.json.CorpusJson;
import dev.entente.model.Reading;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed corpus as JSON Lines, one article per line, then reads the file back and checks
 * that nothing was lost: what Python, {@code jq} or a database will see.
 *
 * <pre>
 * java -cp examples/target/entente.jar dev.entente.examples.ExportJson seeds.jsonl
 * </pre>
 */
public final class ExportJson {

  private ExportJson() {}

  /**
   * Writes the seeds' readings to the file {@code args[0]} ({@code seeds.jsonl} if not given),
   * replacing it, and prints what was written and whether it reads back equal.
   *
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "seeds.jsonl");
    ImmutableList<Reading> readings = Seeds.readings();
    CorpusJson.writeLines(readings, file);

    System.out.println(
        "Wrote " + readings.size() + " lines, " + Files.size(file) + " bytes, to " + file + ".");
    for (Reading reading : readings) {
      System.out.println(
          "  "
              + reading.id()
              + ": "
              + reading.facts().size()
              + " facts, "
              + reading.relations().size()
              + " relations");
    }
    ImmutableList<Reading> back = CorpusJson.readLines(file);
    System.out.println("Read back equal to what was written: " + back.equals(readings));
  }
}
