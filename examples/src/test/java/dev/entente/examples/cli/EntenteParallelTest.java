package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.examples.cli.EntenteTest.Run;
import dev.entente.json.CorpusJson;
import dev.entente.parse.Article;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line reads on several threads and writes what one thread writes. */
final class EntenteParallelTest {

  private static final int FILES = 60;

  /**
   * Writes {@value #FILES} articles of varied length, each a different run of the seeds' paragraphs,
   * plus an archive named .txt and a .jsonl file with a bad line, so that problems are reported
   * among the documents. Returns the article ids in name order.
   */
  private static List<String> folder(Path dir) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    for (Article seed : Seeds.articles()) {
      for (String paragraph : seed.text().split("\n\\s*\n|\n")) {
        if (!paragraph.isBlank()) {
          paragraphs.add(paragraph.strip());
        }
      }
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      StringBuilder text = new StringBuilder();
      for (int p = 0; p <= i % 9; p++) {
        text.append(paragraphs.get((i * 7 + p * 3) % paragraphs.size())).append("\n\n");
      }
      String id = String.format("article-%03d", i);
      Files.writeString(dir.resolve(id + ".txt"), text, UTF_8);
      ids.add(id);
    }
    Files.write(dir.resolve("article-010b.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1});
    Files.writeString(
        dir.resolve("article-020b.jsonl"),
        "{\"id\": \"j1\", \"text\": \"La Russie a livré des S-400 à l'Inde.\"}\n{pas du JSON\n",
        UTF_8);
    ids.add(ids.indexOf("article-020") + 1, "j1");
    return ids;
  }

  @Test
  void extract_fourThreads_writesByteForByteWhatOneThreadWrites(@TempDir Path dir) throws IOException {
    folder(dir);

    Run one = EntenteTest.run("extract", "--threads", "1", dir.toString());
    Run four = EntenteTest.run("extract", "--threads", "4", dir.toString());
    Run json = EntenteTest.run("extract", "--threads", "3", "--format", "json", dir.toString());
    Run jsonOne = EntenteTest.run("extract", "--threads", "1", "--format", "json", dir.toString());

    assertEquals(FILES + 1, one.outLines().size(), one.err());
    assertEquals(one, four);
    assertEquals(jsonOne, json);
    assertEquals(1, one.code()); // the .jsonl file was read only in part
    assertTrue(one.err().contains("article-010b.txt"), one.err());
  }

  @Test
  void extract_writesTheDocumentsInTheOrderOfTheFiles(@TempDir Path dir) throws IOException {
    List<String> ids = folder(dir);

    Run run = EntenteTest.run("extract", "--threads", "4", dir.toString());

    List<String> written = new ArrayList<>();
    for (String line : run.outLines()) {
      written.add(CorpusJson.read(line).id());
    }
    assertEquals(ids, written);
  }

  @Test
  void statsAndQuery_giveTheSameOnEveryNumberOfThreads(@TempDir Path dir) throws IOException {
    folder(dir);

    assertEquals(
        EntenteTest.run("stats", "--threads", "1", dir.toString()),
        EntenteTest.run("stats", "--threads", "4", dir.toString()));
    assertEquals(
        EntenteTest.run("query", "relations", "--threads", "1", dir.toString()),
        EntenteTest.run("query", "relations", "--threads", "2", dir.toString()));
  }

  @ParameterizedTest(name = "--threads {0}")
  @ValueSource(strings = {"0", "-2", "deux", "1.5", "4x", "513"})
  void threads_notAWholeNumberFrom1To512_isAUsageError(String threads) {
    for (String command : List.of("extract", "stats", "export")) {
      List<String> args = new ArrayList<>(List.of(command, "--threads=" + threads));
      if (command.equals("export")) {
        args.addAll(List.of("--graph", "dot"));
      }
      Run run = EntenteTest.run(args.toArray(String[]::new));

      assertEquals(2, run.code(), command + ": " + run.err());
      assertEquals("", run.out());
      assertTrue(
          run.err().contains("--threads needs a whole number of threads from 1 to 512, got \"" + threads + "\""),
          run.err());
    }
  }

  @Test
  void progress_namesFilesDocumentsThroughputAndTime(@TempDir Path dir) throws IOException {
    folder(dir);

    Run run = EntenteTest.run("extract", "--progress", "--threads", "2", dir.toString());

    List<String> lines = run.err().lines().filter(l -> l.startsWith("read ")).toList();
    assertEquals(11, lines.size(), run.err()); // one a tenth of the files, and the last
    assertTrue(
        lines.get(10).matches("read 62/62 files, 61 documents, \\d+\\.\\d+ MB/s, \\d+:\\d\\d in all"),
        lines.get(10));
  }

  @Test
  void help_documentsThreadsAndProgress() {
    for (String command : List.of("extract", "export", "stats")) {
      String help = EntenteTest.run(command, "--help").out();
      assertTrue(help.contains("--threads N"), command + ": " + help);
      assertTrue(help.contains("MB/s"), command + ": " + help);
    }
  }
}
