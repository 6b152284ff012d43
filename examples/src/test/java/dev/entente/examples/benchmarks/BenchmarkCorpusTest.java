package dev.entente.examples.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.Article;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BenchmarkCorpusTest {

  @Test
  void bundled_isTheSeedsThenTwentyFiveDistinctParagraphs() {
    List<Article> articles = BenchmarkCorpus.bundled();

    assertEquals(Seeds.articles().size() + 25, articles.size());
    assertEquals(Seeds.articles(), articles.subList(0, Seeds.articles().size()));
    assertEquals(articles.size(), articles.stream().map(Article::text).distinct().count());
    assertEquals("paragraphs/bench-001", articles.get(Seeds.articles().size()).id());
  }

  @Test
  void blocks_takeTheTextBetweenTheIdAndTheDashes() {
    String cases = "# a comment\n== c-1\nLa Russie a livré des S-400.\nUne deuxième phrase.\n--\nstates | RUS\n"
        + "== c-2\nL'Inde a signé.\n";

    List<Article> articles = BenchmarkCorpus.blocks("cases.txt", cases);

    assertEquals(List.of("cases/c-1", "cases/c-2"), articles.stream().map(Article::id).toList());
    assertEquals("La Russie a livré des S-400.\nUne deuxième phrase.\n", articles.get(0).text());
  }

  @Test
  void folder_readsBlocksAndWholeFiles_inNameOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "== x\nPremier texte.\n== y\nSecond texte.\n", UTF_8);
    Files.writeString(dir.resolve("a.txt"), "Un article entier.\n", UTF_8);
    Files.writeString(dir.resolve("notes.md"), "ignoré", UTF_8);

    List<Article> articles = BenchmarkCorpus.of("bundled+" + dir);

    List<String> last = articles.subList(articles.size() - 3, articles.size()).stream().map(Article::id).toList();
    assertEquals(List.of("a.txt", "b/x", "b/y"), last);
  }

  @Test
  void missingFolder_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BenchmarkCorpus.of("no/such/folder"));
    assertTrue(e.getMessage().contains("no/such/folder"), e.getMessage());
  }

  @Test
  void floor_findsTheWordsOfTheTables() {
    LookupFloor floor = LookupFloor.bundled();

    assertTrue(floor.size() > 1_000, "only " + floor.size() + " words");
    assertEquals(6, floor.pass("La Russie livre zzzqx à l'Inde."), "every word but the invented one");
    assertEquals(0, floor.pass("zzzqx wqxz, 123456789."));
  }
}
