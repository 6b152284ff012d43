package dev.entente.testing;

import com.google.common.collect.ImmutableList;
import dev.entente.json.CorpusJson;
import dev.entente.model.Reading;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the snapshot of the seed corpus, {@link SeedCorpus#SNAPSHOT_RESOURCE}, from what {@link
 * Seeds#readings()} reads today. Run it from the project root when a parser change is intended,
 * then review the snapshot's diff and commit it:
 *
 * <pre>
 * mvn -q -pl src-test-fixtures -am -Pwrite-snapshot process-test-classes
 * </pre>
 *
 * <p>The {@code write-snapshot} profile of the fixtures POM runs this class with the test class
 * path and the path of {@code src/main/resources/dev/entente/testing/seed-corpus.jsonl} in the
 * module as its argument. Nothing is installed, so the command is safe beside other builds.
 */
final class SnapshotWriter {

  private SnapshotWriter() {}

  /**
   * Writes the snapshot to the file {@code args[0]}, replacing it.
   *
   * @throws IllegalArgumentException if there is not exactly one argument
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException(
          "SnapshotWriter takes one argument, the snapshot file to write, got " + args.length);
    }
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    ImmutableList<Reading> readings = Seeds.readings();
    CorpusJson.writeLines(readings, file);
    int facts = readings.stream().mapToInt(r -> r.facts().size()).sum();
    System.out.printf("wrote %d readings, %d facts, to %s%n", readings.size(), facts, file);
  }
}
