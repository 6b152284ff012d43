package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.entente.model.Country;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import dev.entente.table.CorpusTables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's ways in and out: metadata, web pages, stdin, tables, DuckDB, graphs, lexicons. */
final class EntenteDataTest {

  private static final Corpus SEEDS = Seeds.corpus();

  private static EntenteTest.Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Entente.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(UTF_8)),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));
    return new EntenteTest.Run(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  private static List<Map<String, String>> csv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  private static final String S400 =
      "La Russie a livré des systèmes S-400 à l'Inde, a annoncé le ministère indien de la Défense.";

  @Nested
  final class In {

    @Test
    void standardInput_jsonLinesOfArticles_withTheirMetadata() {
      String feed =
          "{\"id\": \"f1\", \"text\": \"" + S400.replace("'", "’") + "\", \"published\": \"2024-05-16\","
              + " \"source\": \"Agence\", \"url\": \"https://a.example/1\", \"title\": \"S-400\"}\n";
      EntenteTest.Run run = run(feed, "extract", "-");
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("\"published\":\"2024-05-16\""), run.out());
      assertTrue(run.out().contains("\"url\":\"https://a.example/1\""), run.out());
    }

    @Test
    void standardInput_text() {
      EntenteTest.Run run = run(S400, "query", "transfers", "-", "--format", "csv");
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().startsWith("transfer_id,supplier,recipient,system"), run.out());
      assertTrue(run.out().contains(",RUS,IND,S-400,,AIR_DEFENCE,"), run.out());
    }

    @Test
    void folder_recursive_pagesAndSkippedFilesNamed(@TempDir Path dir) throws IOException {
      Files.createDirectories(dir.resolve("2024/05"));
      Files.writeString(dir.resolve("a.txt"), S400, UTF_8);
      Files.writeString(
          dir.resolve("2024/05/index.html"),
          "<html><head><meta property=\"og:site_name\" content=\"Le Site\"><title>T</title></head><body>"
              + "<nav>La Chine a livré des chars à la France.</nav><article><p>" + S400
              + "</p></article></body></html>",
          UTF_8);
      Files.write(dir.resolve("rapport.pdf"), "%PDF-1.4 La Russie a livré des S-400 à l'Iran.".getBytes(UTF_8));
      Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

      EntenteTest.Run flat = run("", "stats", dir.toString());
      assertEquals(0, flat.code(), flat.err());
      assertTrue(flat.out().startsWith("1 document,"), flat.out());

      EntenteTest.Run deep = run("", "extract", dir.toString(), "--recursive");
      assertEquals(0, deep.code(), deep.err());
      assertEquals(2, deep.outLines().size(), deep.out());
      assertTrue(deep.out().contains("\"id\":\"2024/05/index\""), deep.out());
      assertTrue(deep.out().contains("\"source\":\"Le Site\""), deep.out());
      assertFalse(deep.out().contains("\"CHN\""), "nothing from the navigation");
      assertFalse(deep.out().contains("\"IRN\""), "nothing from the PDF");
      assertTrue(deep.err().contains("rapport.pdf: not an article but a PDF document"), deep.err());
      assertTrue(deep.err().contains("photo.png: not an article"), deep.err());
      assertTrue(deep.err().contains("skipped 2 files"), deep.err());
    }

    @Test
    void aPdfNamedOnTheCommandLine_isNotParsed(@TempDir Path dir) throws IOException {
      Path pdf = Files.write(dir.resolve("article.txt"), "%PDF-1.7\nLa Russie a livré des S-400 à l'Inde.".getBytes(UTF_8));
      EntenteTest.Run run = run("", "extract", pdf.toString());
      assertEquals(3, run.code(), run.err());
      assertEquals("", run.out());
      assertTrue(run.err().contains("not an article but a PDF document"), run.err());
    }

    @Test
    void lexicon_addsAWeapon(@TempDir Path dir) throws IOException {
      Path lexicon = Files.createDirectory(dir.resolve("lexicon"));
      Files.writeString(lexicon.resolve("weapons.tsv"), "Zéphyr-9\tDRONE\tFRA\t-\n", UTF_8);
      Path article = Files.writeString(dir.resolve("a.txt"), "La France a livré à la Grèce douze Zéphyr-9.", UTF_8);
      EntenteTest.Run run = run("", "query", "transfers", article.toString(), "--lexicon", lexicon.toString(), "--format", "jsonl");
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("\"system\":\"Zéphyr-9\""), run.out());

      Files.writeString(lexicon.resolve("weapons.tsv"), "Zéphyr-9\tDRONE\n", UTF_8);
      EntenteTest.Run bad = run("", "stats", article.toString(), "--lexicon", lexicon.toString());
      assertEquals(2, bad.code());
      assertTrue(bad.err().contains("weapons.tsv, line 1"), bad.err());
    }
  }

  @Nested
  final class Out {

    @Test
    void extractCsv_oneFilePerTable_readBackWithACsvLibrary(@TempDir Path dir) throws IOException {
      EntenteTest.Run run = run("", "extract", "--format", "csv", "--out", dir.toString(), "--bom");
      assertEquals(0, run.code(), run.err());
      CorpusTables tables = CorpusTables.of(SEEDS);
      for (var table : tables.all()) {
        Path file = dir.resolve(table.name() + ".csv");
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "BOM");
        String text = new String(bytes, 3, bytes.length - 3, UTF_8);
        Path plain = Files.writeString(dir.resolve(table.name() + ".plain"), text, UTF_8);
        List<Map<String, String>> rows = csv(plain);
        assertEquals(table.size(), rows.size(), table.name());
        if (!rows.isEmpty()) {
          assertEquals(table.columnNames(), List.copyOf(rows.get(0).keySet()), table.name());
        }
      }
      List<Map<String, String>> transfers = csv(writePlain(dir, "transfers"));
      assertEquals(
          SEEDS.armsTransfers().from(Country.RUSSIA).count(),
          transfers.stream().filter(r -> r.get("supplier").equals("RUS")).count());
    }

    private Path writePlain(Path dir, String table) throws IOException {
      byte[] bytes = Files.readAllBytes(dir.resolve(table + ".csv"));
      return Files.write(dir.resolve(table + ".nobom"), java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
    }

    @Test
    void queryFormats_tableCsvJsonJsonl() throws IOException {
      String table = run("", "query", "relations", "--between", "RUS", "CHN").out();
      assertTrue(table.startsWith("PAIR"), table);
      String csv = run("", "query", "relations", "--between", "RUS", "CHN", "--format", "csv").out();
      assertTrue(csv.startsWith("state_a,state_b,domain,facts,fact_ids,first_date,last_date,first_year,last_year\r\n"), csv);
      JsonNode json = new ObjectMapper().readTree(run("", "query", "relations", "--between", "RUS", "CHN", "--format", "json").out());
      long count = SEEDS.relations().between(Country.RUSSIA, Country.CHINA).count();
      assertEquals(count, json.size());
      assertEquals("CHN", json.get(0).get("state_a").asText());
      assertTrue(json.get(0).get("fact_ids").isArray());
      assertTrue(json.get(0).get("facts").isNumber());
      String jsonl = run("", "query", "relations", "--between", "RUS", "CHN", "--format", "jsonl").out();
      assertEquals(count, jsonl.lines().count());
    }

    @Test
    void exportDuckdb_queriedBack(@TempDir Path dir) throws SQLException {
      Path file = dir.resolve("seeds.duckdb");
      EntenteTest.Run run = run("", "export", "--duckdb", file.toString());
      assertEquals(0, run.code(), run.err());
      assertTrue(run.err().contains("wrote " + file), run.err());
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file);
          ResultSet rows =
              db.createStatement()
                  .executeQuery(
                      "SELECT count(*) FROM transfers t JOIN facts f ON f.fact_id = t.transfer_id"
                          + " JOIN evidence e ON e.fact_id = f.fact_id JOIN documents d USING (document_id)")) {
        rows.next();
        assertEquals(
            SEEDS.armsTransfers().stream().mapToLong(t -> t.evidence().size()).sum(), rows.getLong(1));
      }
    }

    @Test
    void exportGraph_toStdoutOrAFile(@TempDir Path dir) throws IOException {
      EntenteTest.Run dot = run("", "export", "--graph", "dot");
      assertEquals(0, dot.code(), dot.err());
      assertTrue(dot.out().startsWith("graph relations {"), dot.out());
      Path gexf = dir.resolve("r.gexf");
      EntenteTest.Run file = run("", "export", "--graph", "gexf", "--out", gexf.toString());
      assertEquals(0, file.code(), file.err());
      assertTrue(Files.readString(gexf).contains("<gexf"));
      assertEquals(2, run("", "export").code());
    }
  }
}
