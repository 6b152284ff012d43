package dev.entente.examples.cli;

import static dev.entente.examples.cli.EntenteTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.entente.examples.cli.EntenteTest.Run;
import dev.entente.json.CorpusJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against hostile input (issue 11). */
final class EntenteHostileTest {

  private static final String ARTICLE =
      "La Russie a livré des systèmes S-400 à l'Inde, a annoncé le ministère indien de la Défense.\n";

  private static Path article(Path folder, String name) throws IOException {
    return Files.writeString(folder.resolve(name), ARTICLE, UTF_8);
  }

  @Test
  void upperCaseTxtFiles_areRead(@TempDir Path dir) throws IOException { // item 7
    article(dir, "B.TXT");
    article(dir, "c.Txt");

    Run run = run("extract", dir.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(
        List.of("B", "c"), run.outLines().stream().map(line -> CorpusJson.read(line).id()).toList());
  }

  @Test
  void fifoInAFolderOrGivenAsJsonl_isNamed_andTheOthersRead(@TempDir Path dir) throws Exception { // item 1
    article(dir, "bon.txt");
    Path fifo = dir.resolve("x.txt");
    Path jsonl = dir.resolve("y.jsonl");
    assumeTrue(shell("mkfifo", fifo.toString(), jsonl.toString()) == 0, "needs mkfifo");

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("extract", dir.toString(), jsonl.toString()));

    assertEquals(1, run.code(), run.err());
    assertEquals(1, run.outLines().size());
    assertTrue(run.err().contains(fifo + ": not a regular file but a FIFO"), run.err());
    assertTrue(run.err().contains(jsonl + ": not a regular file"), run.err());
  }

  @Test
  void linkToDevZero_isNamed_andTheOthersRead(@TempDir Path dir) throws IOException { // item 2
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    article(dir, "bon.txt");
    Path zero = Files.createSymbolicLink(dir.resolve("z.txt"), Path.of("/dev/zero"));

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("extract", dir.toString()));

    assertEquals(1, run.code(), run.err());
    assertEquals(1, run.outLines().size());
    assertTrue(run.err().contains(zero + ": not a regular file but a character device"), run.err());
  }

  @Test
  void symbolicLinkLoop_saysLoop(@TempDir Path dir) throws IOException { // item 14
    Path a = Files.createSymbolicLink(dir.resolve("a.txt"), dir.resolve("b.txt"));
    Files.createSymbolicLink(dir.resolve("b.txt"), a);

    Run run = run("extract", a.toString());

    assertEquals(3, run.code());
    assertTrue(run.err().contains(a + ": a loop of symbolic links"), run.err());
  }

  @Test
  void jsonlWithOneBadLine_keepsTheGoodOnes_unlessStrict(@TempDir Path dir) throws IOException { // item 13
    List<String> seeds = run("extract").outLines();
    Path jsonl =
        Files.writeString(
            dir.resolve("seeds.jsonl"), seeds.get(0) + "\n{\"document\": 1}\n" + seeds.get(1) + "\n", UTF_8);

    Run run = run("extract", jsonl.toString());

    assertEquals(1, run.code(), run.err());
    assertEquals(List.of(seeds.get(0), seeds.get(1)), run.outLines());
    assertTrue(run.err().contains(jsonl + ", line 2, document: expected an object"), run.err());

    Run strict = run("extract", "--strict", jsonl.toString());
    assertEquals(3, strict.code());
    assertEquals("", strict.out());
    assertTrue(strict.err().contains("--strict refuses a file with a bad line"), strict.err());
  }

  @Test
  void jsonlFileWithABadLine_exits1(@TempDir Path dir) throws IOException {
    List<String> seeds = run("extract").outLines();
    Path jsonl = Files.writeString(dir.resolve("s.jsonl"), seeds.get(0) + "\nnot json\n", UTF_8);
    assertEquals(1, run("extract", jsonl.toString()).code(), "some of the input could not be read");
  }

  @Test
  void lineRepeatedInAJsonl_saysWhichLine(@TempDir Path dir) throws IOException { // item 14
    List<String> seeds = run("extract").outLines();
    Path jsonl = Files.writeString(dir.resolve("seeds.jsonl"), seeds.get(0) + "\n" + seeds.get(0) + "\n", UTF_8);

    Run run = run("extract", jsonl.toString());

    assertEquals(List.of(seeds.get(0)), run.outLines());
    String id = CorpusJson.read(seeds.get(0)).id();
    assertTrue(
        run.err().contains(jsonl + ", line 2, document.id: document \"" + id + "\" is already on line 1"), run.err());
    assertTrue(!run.err().contains("rename"), run.err());
  }

  @Test
  void sameIdInTwoFiles_namesBoth(@TempDir Path dir) throws IOException { // item 8
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Path first = article(a, "same.txt");
    Path second = article(b, "same.txt");

    Run run = run("extract", a.toString(), b.toString());

    assertTrue(run.err().contains(second + ": document id \"same\" is already that of a document of " + first), run.err());
  }

  /** {@code extract ... | head -1}: the first document is written at once, and reading stops. */
  @Test
  void closedOutputAfterTheFirstDocument_stopsReading(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 40; i++) {
      article(dir, String.format("a%02d.txt", i));
    }
    int[] writesAfterClose = {0};
    ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
    OutputStream head =
        new OutputStream() { // what `head -1` does: takes one line, then closes the pipe
          private boolean closed;

          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
              writesAfterClose[0]++;
              throw new IOException("Broken pipe");
            }
            for (int i = offset; i < offset + length; i++) {
              firstLine.write(bytes[i]);
              if (bytes[i] == '\n') {
                closed = true;
                return;
              }
            }
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        Entente.run(
            new String[] {"extract", dir.toString()},
            new PrintStream(head, false, UTF_8),
            new PrintStream(err, true, UTF_8));

    assertEquals("a00", CorpusJson.read(firstLine.toString(UTF_8).strip()).id());
    assertTrue(writesAfterClose[0] <= 2, writesAfterClose[0] + " writes after the pipe closed");
    assertEquals(3, code);
    assertTrue(err.toString(UTF_8).contains("cannot write to standard output"), err.toString(UTF_8));
  }

  private static int shell(String... command) throws IOException, InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    }
  }
}
