package dev.entente.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article metadata, web pages, files that are not articles, UTF-16, folders, JSON Lines, lexicons. */
final class ArticleFormatsTest {

  private static final Parser PARSER = Parser.defaultFrench();

  private static Path sample(String name) {
    try {
      return Path.of(ArticleFormatsTest.class.getResource("formats/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static final String S400 =
      "La Russie a livré mardi dernier des systèmes S-400 à l'Inde, a annoncé le ministère indien de la Défense.";

  @Nested
  final class Metadata {

    @Test
    void aGivenDate_winsOverTheText_andDatesItsFacts() {
      Article article =
          Article.builder("a1", "Moscou, 3 mars 2021 –\n" + S400)
              .published(PartialDate.parse("2024-05-16"))
              .title("Livraison de S-400")
              .source("Le Journal")
              .url(URI.create("https://journal.example/a1"))
              .language("fr")
              .build();
      Reading reading = PARSER.parse(article);

      Document document = reading.document();
      assertEquals(Optional.of(PartialDate.parse("2024-05-16")), document.published());
      assertEquals(Optional.of("Livraison de S-400"), document.title());
      assertEquals(Optional.of("Le Journal"), document.source());
      assertEquals(Optional.of(URI.create("https://journal.example/a1")), document.url());
      assertEquals(Optional.of("fr"), document.language());
      assertEquals(1, reading.armsTransfers().size(), reading.toString());
    }

    @Test
    void withoutMetadata_theTextDecides() {
      Reading reading = PARSER.parse(Article.of("a1", "Moscou, 3 mars 2021 –\n" + S400));
      assertEquals(Optional.of(PartialDate.parse("2021-03-03")), reading.document().published());
    }

    @Test
    void aGivenDate_silencesNoPublicationDate() {
      Reading without = PARSER.parse(Article.of("a1", S400));
      Reading with = PARSER.parse(Article.builder("a1", S400).published(PartialDate.parse("2024")).build());
      assertTrue(without.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.NO_PUBLICATION_DATE));
      assertFalse(with.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.NO_PUBLICATION_DATE));
    }

    @Test
    void blankTitle_isRefused() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Article.builder("a", "t").title(" ").build());
      assertTrue(e.getMessage().contains("title"), e.getMessage());
    }
  }

  @Nested
  final class Html {

    @Test
    void page_givesItsMetadataAndTheArticleBodyOnly() throws IOException {
      ParsedFiles files = PARSER.parseFiles(sample("lemonde-s400.html"));
      assertEquals(List.of(), files.problems());
      Reading reading = files.corpus().readings().get(0);
      assertEquals("lemonde-s400", reading.id());
      Document d = reading.document();
      assertEquals(Optional.of("La Turquie reçoit ses premiers S-400"), d.title());
      assertEquals(Optional.of(PartialDate.parse("2019-07-12")), d.published(), "article:published_time first");
      assertEquals(Optional.of("Le Journal de la Défense"), d.source());
      assertEquals(Optional.of(URI.create("https://journal-defense.example/2019/07/turquie-s400.html")), d.url());
      assertEquals(Optional.of("fr"), d.language());

      List<ArmsTransfer> transfers = reading.armsTransfers();
      assertEquals(1, transfers.size(), transfers.toString());
      assertEquals(Country.RUSSIA, transfers.get(0).supplier());
      assertEquals(Country.TURKEY, transfers.get(0).recipient());
      // nothing from the navigation, the scripts, the form, the aside or the footer
      assertEquals(
          java.util.Set.of(Country.RUSSIA, Country.TURKEY), reading.states(), reading.actors().toString());
    }

    @Test
    void jsonLdDate_andMain() throws IOException {
      Reading reading = PARSER.parseFiles(sample("jsonld-only.htm")).corpus().readings().get(0);
      assertEquals(Optional.of(PartialDate.parse("2021-08-09")), reading.document().published());
      assertEquals(Optional.of("Manœuvres conjointes"), reading.document().title());
      assertEquals(java.util.Set.of(Country.CHINA, Country.RUSSIA), reading.states());
    }

    @Test
    void aPageNamedTxt_isReadAsAPage(@TempDir Path dir) throws IOException {
      Path file = Files.copy(sample("lemonde-s400.html"), dir.resolve("page.txt"));
      Reading reading = PARSER.parseFiles(file).corpus().readings().get(0);
      assertEquals(Optional.of("Le Journal de la Défense"), reading.document().source());
      assertFalse(reading.states().contains(Country.JAPAN));
    }
  }

  @Nested
  final class NotArticles {

    @Test
    void pdfNamedOnItsOwn_isReportedAndNothingIsParsed() throws IOException {
      for (String name : List.of("rapport.pdf", "rapport-named.txt", "photo.jpg")) {
        ParsedFiles files = PARSER.parseFiles(sample(name));
        assertEquals(0, files.corpus().size(), name);
        assertEquals(1, files.failures().size(), name);
        FileProblem problem = files.failures().get(0);
        assertEquals(FileProblem.Kind.NOT_AN_ARTICLE, problem.kind(), name);
        assertTrue(problem.message().contains(name), problem.message());
      }
      assertTrue(PARSER.parseFiles(sample("rapport-named.txt")).failures().get(0).message().contains("PDF"));
    }

    @Test
    void folder_readsArticlesAndNamesEveryOtherFile(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("a.txt"), S400, UTF_8);
      Files.copy(sample("lemonde-s400.html"), dir.resolve("b.html"));
      Files.copy(sample("rapport.pdf"), dir.resolve("c.pdf"));
      Files.writeString(dir.resolve("notes.md"), "# notes", UTF_8);
      ParsedFiles files = PARSER.parseFiles(dir);
      assertEquals(List.of("a", "b"), files.corpus().readings().stream().map(Reading::id).toList());
      assertEquals(4, files.filesSeen());
      assertEquals(
          List.of("c.pdf", "notes.md"),
          files.failures().stream().map(p -> p.file().getFileName().toString()).toList());
      assertTrue(files.failures().stream().allMatch(p -> p.kind() == FileProblem.Kind.NOT_AN_ARTICLE));
    }
  }

  @Nested
  final class Encodings {

    @Test
    void utf16WithAByteOrderMark_isRead() throws IOException {
      for (String name : List.of("utf16le.txt", "utf16be.txt")) {
        ParsedFiles files = PARSER.parseFiles(sample(name));
        assertEquals(List.of(), files.problems(), name);
        assertEquals(1, files.corpus().armsTransfers().count(), name);
      }
    }

    @Test
    void utf8ByteOrderMark_isDropped(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("bom.txt");
      Files.write(file, ("\ufeff" + S400).getBytes(UTF_8));
      Reading reading = PARSER.parseFiles(file).corpus().readings().get(0);
      assertFalse(reading.armsTransfers().get(0).evidence().get(0).sentence().startsWith("\ufeff"));
    }
  }

  @Nested
  final class Folders {

    @Test
    void recursively_idsArePathsBelowTheFolder(@TempDir Path dir) throws IOException {
      Files.createDirectories(dir.resolve("2024/05"));
      Files.writeString(dir.resolve("top.txt"), S400, UTF_8);
      Files.copy(sample("lemonde-s400.html"), dir.resolve("2024/05/index.html"));
      Files.writeString(dir.resolve("2024/index.txt"), S400, UTF_8);

      assertEquals(List.of("top"), ids(PARSER.parseFiles(dir)));
      assertEquals(List.of("2024/05/index", "2024/index", "top"), ids(PARSER.parseFilesRecursively(dir)));
    }

    private List<String> ids(ParsedFiles files) {
      return files.corpus().readings().stream().map(Reading::id).sorted().toList();
    }
  }

  @Nested
  final class JsonLines {

    @Test
    void articles_withTheirMetadata_andEachBadLineNamed(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("feed.jsonl");
      Files.writeString(
          file,
          "{\"id\": \"f1\", \"text\": \"" + S400.replace("'", "\\u0027") + "\", \"title\": \"S-400\","
              + " \"published\": \"2024-05-16T08:30:00+02:00\", \"source\": \"Agence\", \"url\": \"https://a.example/1\"}\n"
              + "{\"id\": \"f2\", \"txt\": \"oops\"}\n"
              + "\n"
              + "{\"id\": \"f3\", \"text\": \"La Chine et la Russie ont signé un accord militaire.\", \"published\": \"Thu, 16 May 2024 08:30:00 GMT\"}\n",
          UTF_8);
      ParsedFiles files = PARSER.parseFiles(file);
      assertEquals(List.of("f1", "f3"), files.corpus().readings().stream().map(Reading::id).toList());
      Document first = files.corpus().readings().get(0).document();
      assertEquals(Optional.of(PartialDate.parse("2024-05-16")), first.published());
      assertEquals(Optional.of(URI.create("https://a.example/1")), first.url());
      assertEquals(Optional.of(PartialDate.parse("2024-05-16")), files.corpus().readings().get(1).document().published());
      assertEquals(1, files.problems().size(), files.problems().toString());
      FileProblem bad = files.problems().get(0);
      assertEquals(FileProblem.Kind.BAD_LINE, bad.kind());
      assertTrue(bad.message().contains("line 2") && bad.message().contains("txt"), bad.message());
      // the evidence of a fact reaches the document's address
      var transfer = files.corpus().armsTransfers().list().get(0);
      assertEquals(first.url(), files.corpus().documentOf(transfer.evidence().get(0)).flatMap(Document::url));
    }

    @Test
    void stream_ofText_ofAPage_ofArticles() throws IOException {
      assertEquals(1, PARSER.parseStream(new ByteArrayInputStream(S400.getBytes(UTF_8)), "stdin").corpus().armsTransfers().count());
      ParsedFiles page = PARSER.parseStream(Files.newInputStream(sample("lemonde-s400.html")), "stdin");
      assertEquals(Optional.of("Le Journal de la Défense"), page.corpus().readings().get(0).document().source());
      ParsedFiles lines = PARSER.parseStream(new ByteArrayInputStream("{\"id\":\"x\",\"text\":\"Bonjour.\"}\n".getBytes(UTF_8)), "stdin");
      assertEquals("x", lines.corpus().readings().get(0).id());
    }
  }

  @Nested
  final class Lexicons {

    private static final String NEW_WEAPON =
        "La France a livré à la Grèce douze Zéphyr-9, a annoncé le ministère grec de la Défense.";

    @Test
    void aWeaponOfMyOwn_isFound(@TempDir Path dir) throws IOException {
      assertEquals(Optional.empty(), PARSER.parse("a", NEW_WEAPON).armsTransfers().stream().findFirst().flatMap(ArmsTransfer::system));
      Files.writeString(dir.resolve("weapons.tsv"), "# mine\nZéphyr-9\tDRONE\tFRA\tZephyr 9|Zephyr-9\n", UTF_8);
      Parser mine = Parser.builder().lexicon(dir).build();

      ArmsTransfer transfer = mine.parse("a", NEW_WEAPON).armsTransfers().get(0);
      assertEquals(Optional.of("Zéphyr-9"), transfer.system());
      assertEquals(Optional.of(dev.entente.model.SystemCategory.DRONE), transfer.category());
      // the bundled list is still there
      assertEquals(Optional.of("S-400"), mine.parse("b", S400).armsTransfers().get(0).system());
    }

    @Test
    void aPersonOfMyOwn_isFound(@TempDir Path dir) throws IOException {
      Path persons = Files.writeString(dir.resolve("people.tsv"), "Jeanne Kervadec\tFRA\tcheffe d'état-major\tKervadec\n", UTF_8);
      Parser mine = Parser.builder().persons(persons).build();
      Reading reading = mine.parse("a", "« Nous renforçons notre coopération avec l'Inde », a déclaré Kervadec.");
      // known from my list: her state and role, though the article names her by her surname only
      assertTrue(
          reading.persons().stream()
              .anyMatch(p -> p.country().equals(Optional.of(Country.FRANCE)) && p.role().equals(Optional.of("cheffe d'état-major"))),
          reading.actors().toString());
    }

    @Test
    void aMalformedLine_namesTheFileAndTheLine(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("weapons.tsv"), "Zéphyr-9\tDRONE\tFRA\tZephyr 9\nZéphyr-10\tDRONES\tFRA\t-\n", UTF_8);
      Parser.Builder builder = Parser.builder().lexicon(dir);
      LexiconException e = assertThrows(LexiconException.class, builder::build);
      assertTrue(e.getMessage().contains(dir.resolve("weapons.tsv") + ", line 2"), e.getMessage());
      assertTrue(e.getMessage().contains("DRONES"), e.getMessage());
    }

    @Test
    void anUnknownListName_isRefused(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("weapon.tsv"), "x\tDRONE\tFRA\t-\n", UTF_8);
      LexiconException e = assertThrows(LexiconException.class, () -> Parser.builder().lexicon(dir));
      assertTrue(e.getMessage().contains("weapon.tsv") && e.getMessage().contains("weapons.tsv"), e.getMessage());
    }
  }
}
