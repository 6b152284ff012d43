package dev.entente.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import dev.entente.table.CorpusTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the seed corpus into DuckDB and Parquet, then asks SQL what is there. */
final class DuckDbExportTest {

  private static final Corpus SEEDS = Seeds.corpus();

  @TempDir static Path dir;
  private static Path database;

  @BeforeAll
  static void write() throws IOException {
    database = dir.resolve("seeds.duckdb");
    DuckDbExport.write(CorpusTables.of(SEEDS), database);
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void database_holdsAsManyRowsAsTheCorpusHasRecords() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + database);
        Statement sql = db.createStatement()) {
      assertEquals(SEEDS.size(), count(sql, "SELECT count(*) FROM documents"));
      assertEquals(SEEDS.facts().size(), count(sql, "SELECT count(*) FROM facts"));
      assertEquals(SEEDS.agreements().count(), count(sql, "SELECT count(*) FROM agreements"));
      assertEquals(SEEDS.exercises().count(), count(sql, "SELECT count(*) FROM exercises"));
      assertEquals(SEEDS.armsTransfers().count(), count(sql, "SELECT count(*) FROM transfers"));
      assertEquals(SEEDS.statements().count(), count(sql, "SELECT count(*) FROM statements"));
      assertEquals(SEEDS.relations().count(), count(sql, "SELECT count(*) FROM relations"));
      long evidence = SEEDS.facts().stream().mapToLong(f -> f.evidence().size()).sum();
      assertEquals(evidence, count(sql, "SELECT count(*) FROM evidence"));
      long actors = SEEDS.readings().stream().mapToLong(r -> r.actors().size()).sum();
      assertEquals(actors, count(sql, "SELECT count(*) FROM actors"));
      long steps =
          SEEDS.records().stream().flatMap(r -> r.lifecycle().stream()).mapToLong(s -> s.evidence().size()).sum();
      assertEquals(steps, count(sql, "SELECT count(*) FROM lifecycle"));
      long claims =
          SEEDS.records().stream().flatMap(r -> r.disagreements().stream()).mapToLong(d -> d.claims().size()).sum();
      assertEquals(claims, count(sql, "SELECT count(*) FROM disagreements"));
    }
  }

  @Test
  void joinsAcrossTables_answerWhatTheQueryApiAnswers() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + database);
        Statement sql = db.createStatement()) {
      // transfers from Russia, with the documents that report them: a join through evidence
      List<String> fromRussia = new ArrayList<>();
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT DISTINCT t.transfer_id FROM transfers t JOIN evidence e ON e.fact_id = t.transfer_id"
                  + " JOIN documents d ON d.document_id = e.document_id WHERE t.supplier = 'RUS'"
                  + " ORDER BY t.transfer_id")) {
        while (rows.next()) {
          fromRussia.add(rows.getString(1));
        }
      }
      assertEquals(
          SEEDS.armsTransfers().from(Country.RUSSIA).stream().map(ArmsTransfer::id).sorted().toList(),
          fromRussia);
      // every fact's evidence reaches a document, and every kind table reaches facts
      assertEquals(0, count(sql, "SELECT count(*) FROM evidence e LEFT JOIN documents d USING (document_id) WHERE d.document_id IS NULL"));
      // every step of a lifecycle belongs to a fact of the corpus, an agreement or a transfer
      assertEquals(
          0,
          count(sql, "SELECT count(*) FROM lifecycle l LEFT JOIN facts f ON f.fact_id = l.record_id"
              + " WHERE f.fact_id IS NULL OR f.kind NOT IN ('AGREEMENT', 'TRANSFER')"));
      // the README's query of the lifecycle runs (no seed tells of a ratification)
      assertEquals(
          0,
          count(sql, "SELECT count(*) FROM (SELECT a.parties, a.subject, l.date, list(DISTINCT l.document_id) AS documents"
              + " FROM agreements a JOIN lifecycle l ON l.record_id = a.agreement_id"
              + " WHERE l.status = 'RATIFIED' AND l.year = 2024 GROUP BY ALL)"));
      assertEquals(
          SEEDS.agreements().count(),
          count(sql, "SELECT count(*) FROM agreements a JOIN facts f ON f.fact_id = a.agreement_id AND f.kind = 'AGREEMENT'"));
      // lists are lists
      assertEquals(
          SEEDS.relations().between(Country.CHINA, Country.RUSSIA).list().stream().mapToLong(r -> r.facts().size()).sum(),
          count(sql, "SELECT coalesce(sum(len(fact_ids)), 0) FROM relations WHERE state_a = 'CHN' AND state_b = 'RUS'"));
      try (ResultSet rows = sql.executeQuery("SELECT parties FROM agreements LIMIT 1")) {
        rows.next();
        Array parties = rows.getArray(1);
        assertTrue(((Object[]) parties.getArray()).length >= 1);
      }
    }
  }

  @Test
  void keys_areEnforced() throws SQLException {
    Path copy = dir.resolve("keys.duckdb");
    try {
      DuckDbExport.write(CorpusTables.of(SEEDS), copy);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + copy);
        Statement sql = db.createStatement()) {
      SQLException duplicate =
          assertThrows(SQLException.class, () -> db.createStatement().execute("INSERT INTO documents (document_id, facts) SELECT document_id, 0 FROM documents LIMIT 1"));
      assertTrue(duplicate.getMessage().toLowerCase().contains("constraint"), duplicate.getMessage());
      SQLException orphan =
          assertThrows(SQLException.class, () -> db.createStatement().execute("INSERT INTO evidence VALUES ('no-such-fact', 'x', 0, 1, 's', 'r', 1.0)"));
      assertTrue(orphan.getMessage().toLowerCase().contains("foreign key"), orphan.getMessage());
      assertEquals(1, count(db.createStatement(), "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'transfers' AND column_name = 'supplier' AND comment LIKE 'the supplying state%'"));
    }
  }

  @Test
  void write_replacesAnOldFile_andLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("again.duckdb");
    Files.writeString(file, "not a database");
    DuckDbExport.write(CorpusTables.of(SEEDS), file);
    DuckDbExport.write(CorpusTables.of(SEEDS), file);
    try (var listing = Files.list(dir)) {
      assertEquals(List.of(), listing.filter(p -> p.getFileName().toString().contains(".tmp-")).toList());
    }
  }

  @Test
  void parquet_oneFilePerTable_readBackBySql(@TempDir Path out) throws IOException, SQLException {
    var files = DuckDbExport.writeParquet(CorpusTables.of(SEEDS), out);
    assertEquals(CorpusTables.of(SEEDS).all().size(), files.size());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      assertEquals(SEEDS.armsTransfers().count(), count(sql, "SELECT count(*) FROM read_parquet('" + out.resolve("transfers.parquet") + "')"));
      assertEquals(
          SEEDS.facts().stream().mapToLong(f -> f.evidence().size()).sum(),
          count(sql, "SELECT count(*) FROM read_parquet('" + out.resolve("evidence.parquet") + "') e JOIN read_parquet('"
              + out.resolve("facts.parquet") + "') f USING (fact_id)"));
    }
  }
}
