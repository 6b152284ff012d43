package dev.entente.spark;

import static dev.entente.spark.TablesAssertions.assertTablesEqual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import dev.entente.model.Evidence;
import dev.entente.parse.Article;
import dev.entente.parse.ParsedFiles;
import dev.entente.parse.Parser;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import dev.entente.table.CorpusTables;
import dev.entente.table.DataTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in local mode and compares its Parquet tables with those of one {@link Corpus} of
 * the same articles read on one machine: on the seeds (as text files) and 300 generated articles
 * (as JSON Lines and as Parquet), and on three articles whose records link components only once
 * two of them are merged.
 */
final class EntenteSparkJobTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Parser PARSER = Parser.defaultFrench();

  @Test
  void seedsAndGeneratedArticles_tablesEqualTheSingleMachineExport(@TempDir Path dir) throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    for (Article seed : Seeds.articles()) {
      Files.writeString(seeds.resolve(seed.id() + ".txt"), seed.text());
    }
    // -Dentente.spark.articles=5000 -Dentente.spark.seed=7 checks a larger or another corpus
    int count = Integer.getInteger("entente.spark.articles", 300);
    ImmutableList<Article> generated = GeneratedArticles.of(count, Long.getLong("entente.spark.seed", 20240516L));
    int half = count / 2;
    List<String> lines = new ArrayList<>(generated.subList(0, half).stream().map(EntenteSparkJobTest::line).toList());
    lines.add("{\"id\": \"bad-1\", \"txt\": \"La France a livré 12 Rafale à la Grèce.\"}");
    Path jsonl = Files.write(dir.resolve("generated-a.jsonl"), lines, StandardCharsets.UTF_8);
    Path parquet = dir.resolve("generated-b.parquet");
    writeParquet(generated.subList(half, count), parquet);
    // the single machine reads the Parquet half as the JSON Lines of the same fields
    Path parquetAsLines = Files.write(dir.resolve("generated-b.jsonl"),
        generated.subList(half, count).stream().map(EntenteSparkJobTest::line).toList(), StandardCharsets.UTF_8);

    Path out = dir.resolve("tables");
    JobSummary summary =
        EntenteSparkJob.of(
                List.of(ArticleInput.text(seeds.toString()), ArticleInput.jsonLines(jsonl.toString()),
                    ArticleInput.parquet(parquet.toString())),
                out.toString())
            .run(LocalSpark.get());

    ParsedFiles single = PARSER.parseFiles(seeds, jsonl, parquetAsLines);
    CorpusTables expected = assertTablesEqual(out, single.corpus().readings());
    assertEquals(count + 5, summary.documents());
    assertEquals(1, single.problems().size(), single.problems().toString());
    assertEquals(1, summary.problems(), summary.someProblems().toString());
    assertTrue(summary.someProblems().get(0).contains("txt"), summary.someProblems().get(0));
    for (DataTable table : expected.all()) {
      assertFalse(table.isEmpty(), table.name());
    }
    // the comparison means something only if many events are reported by several documents
    long acrossDocuments =
        single.corpus().facts().stream()
            .filter(f -> f.evidence().stream().map(Evidence::documentId).distinct().count() > 1)
            .count();
    assertTrue(acrossDocuments >= count / 3, acrossDocuments + " facts across documents");
    assertTrue(summary.components() < count, summary.toString());
    try (Stream<Path> years = Files.list(out.resolve("transfers"))) {
      assertTrue(years.filter(p -> p.getFileName().toString().startsWith("year=")).count() >= 5);
    }
  }

  @Test
  void recordsOfTwoComponentsShareAKey_resolvedAgainAsOne(@TempDir Path dir) throws IOException {
    // d0 and d1 merge into one agreement of FRA, IND and JPN whose subject has d0's "chasse": a key
    // (IND+JPN, chasse) that only d2 shares, so d2 joins their component in a second round
    List<Article> articles =
        List.of(
            Article.of("d0", "L'Inde et la France ont signé en mars 2021 un accord de défense portant sur la"
                + " formation des pilotes de chasse."),
            Article.of("d1", "L'Inde, la France et le Japon ont signé le 12 mars 2021 un accord de défense portant"
                + " sur la formation des pilotes."),
            Article.of("d2", "L'Inde et le Japon ont signé en 2019 un accord sur les avions de chasse."));
    Path jsonl = Files.write(dir.resolve("a.jsonl"), articles.stream().map(EntenteSparkJobTest::line).toList());
    Path out = dir.resolve("tables");

    JobSummary summary =
        EntenteSparkJob.of(List.of(ArticleInput.jsonLines(jsonl.toString())), out.toString()).run(LocalSpark.get());

    assertTablesEqual(out, articles.stream().map(PARSER::parse).toList());
    assertEquals(2, summary.rounds(), summary.toString());
    assertEquals(1, summary.components(), summary.toString());
  }

  @Test
  void run_sameIdInTwoInputs_throws(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"), line(Article.of("same", "La France a livré 12 Rafale à la Grèce.")));
    Path b = Files.writeString(dir.resolve("b.jsonl"), line(Article.of("same", "L'Inde a commandé 36 Rafale.")));
    EntenteSparkJob job =
        EntenteSparkJob.of(List.of(ArticleInput.jsonLines(a.toString()), ArticleInput.jsonLines(b.toString())),
            dir.resolve("out").toString());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> job.run(LocalSpark.get()));
    assertTrue(e.getMessage().contains("[same]"), e.getMessage());
  }

  @Test
  void run_parquetWithAnotherColumn_throwsNamingIt(@TempDir Path dir) {
    Path parquet = dir.resolve("articles.parquet");
    StructType type = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("date", DataTypes.StringType);
    LocalSpark.get().createDataFrame(List.of(RowFactory.create("a", "La France a livré 12 Rafale.", "2021")), type)
        .write().parquet(parquet.toString());
    EntenteSparkJob job = EntenteSparkJob.of(List.of(ArticleInput.parquet(parquet.toString())), dir.resolve("out").toString());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> job.run(LocalSpark.get()));
    assertTrue(e.getMessage().contains("\"date\""), e.getMessage());
  }

  /** Returns the article as a line of the JSON Lines the command line reads. */
  private static String line(Article article) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", article.id());
    fields.put("text", article.text());
    article.title().ifPresent(t -> fields.put("title", t));
    article.published().ifPresent(d -> fields.put("published", d.toString()));
    article.source().ifPresent(s -> fields.put("source", s));
    article.url().ifPresent(u -> fields.put("url", u.toString()));
    article.language().ifPresent(l -> fields.put("language", l));
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeParquet(List<Article> articles, Path folder) {
    StructType type = new StructType();
    for (String field : ArticleSources.FIELDS) {
      type = type.add(field, DataTypes.StringType, !field.equals("id") && !field.equals("text"));
    }
    List<Row> rows = new ArrayList<>();
    for (Article a : articles) {
      rows.add(RowFactory.create(a.id(), a.text(), a.title().orElse(null),
          a.published().map(Object::toString).orElse(null), a.source().orElse(null),
          a.url().map(Object::toString).orElse(null), a.language().orElse(null)));
    }
    LocalSpark.get().createDataFrame(rows, type).coalesce(2).write().parquet(folder.toString());
  }
}
