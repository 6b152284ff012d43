package dev.entente.examples;

import static dev.entente.model.AgreementStatus.IN_FORCE;
import static dev.entente.model.Country.FRANCE;
import static dev.entente.model.AgreementStatus.SIGNED;
import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.IRAN;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Domain.MILITARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.json.CorpusJson;
import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.ParsedFiles;
import dev.entente.parse.Parser;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import dev.entente.table.CorpusTables;
import dev.entente.table.DataTable;
import dev.entente.identity.FactRecord;
import dev.entente.model.Agreement;
import dev.entente.model.Evidence;
import dev.entente.model.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the code of the README's "Use it" section and checks what the README says it gives. */
final class ReadmeTest {

  @Test
  void theTablesSection_namesEveryTableAndColumn() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Tables, DuckDB, Parquet and graphs");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    for (DataTable table : CorpusTables.of(Seeds.corpus()).all()) {
      String row =
          section.lines().filter(l -> l.startsWith("| `" + table.name() + "` |")).findFirst().orElse("");
      assertTrue(!row.isEmpty(), "the README's tables section has no row for " + table.name());
      for (String column : table.columnNames()) {
        assertTrue(row.contains("`" + column + "`"), table.name() + "." + column + " is not in the README: " + row);
      }
    }
  }

  @Test
  void theJavaExampleReadsWhatTheReadmeSays(@TempDir Path dir) throws IOException {
    Parser parser = Parser.defaultFrench();
    Reading reading =
        parser.parse(
            Article.of(
                "a1",
                "La Russie a livré en 2023 quatre S-400 à l'Inde, a déclaré le ministre indien de la Défense."));
    assertEquals(
        "[ArmsTransfer[RUS -> IND \"S-400\" AIR_DEFENCE x4 DELIVERED 2023]]",
        reading.armsTransfers().toString());

    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("a.txt"), "La Russie a livré des S-400 à l'Inde.", StandardCharsets.UTF_8);
    ParsedFiles files = parser.parseFiles(articles);
    Corpus corpus = files.corpus();
    assertEquals(1, corpus.relations().between(RUSSIA, INDIA).inDomain(MILITARY).list().size());
    assertEquals(0, corpus.agreements().withParty(IRAN).withStatus(SIGNED).count());
    assertEquals(1, corpus.armsTransfers().from(RUSSIA).to(INDIA).stream().count());

    Corpus seeds = Seeds.corpus();
    Path out = dir.resolve("seeds.jsonl");
    CorpusJson.writeLines(seeds.readings(), out);
    assertEquals(seeds.readings(), CorpusJson.readLines(out));
    assertTrue(seeds.relations().between(RUSSIA, CHINA).inDomain(MILITARY).exists());
    assertTrue(seeds.agreements().withParty(IRAN).withStatus(SIGNED).exists());
  }

  @Test
  void theRecordSection_printsWhatTheReadmeShows() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## One real event, one record");
    int start = readme.indexOf("```\n", readme.indexOf("prints (`ReadmeTest` checks it):", section)) + 4;
    String shown = readme.substring(start, readme.indexOf("```", start));

    Parser parser = Parser.defaultFrench();
    Corpus corpus = Corpus.of(
        parser.parse("lemonde-12", "L'Inde et la France ont signé le 12 mars 2024 un accord de défense sur la production de moteurs d'avion."),
        parser.parse("hindu-3", "L'Inde a ratifié en décembre 2024 l'accord de défense conclu avec la France sur la production de moteurs d'avion."),
        parser.parse("afp-7", "L'accord de défense sur la production de moteurs d'avion signé par l'Inde et la France est entré en vigueur en janvier 2025."));
    StringBuilder out = new StringBuilder();
    FactRecord<Agreement> deal = corpus.agreements().withParty(INDIA, FRANCE).records().get(0);
    out.append(deal.id() + " " + deal.fact()).append('\n');
    for (Agreement m : deal.mentions()) {
      Evidence e = m.evidence().get(0);
      out.append("  mention " + e.documentId() + e.span() + " " + e.rule() + ": " + m.status() + " " + m.date().orElseThrow()).append('\n');
    }
    deal.lifecycle().forEach(step -> out.append("  step " + step).append('\n'));
    deal.disagreements().forEach(d -> out.append("  disagreement " + d).append('\n'));
    out.append(corpus.agreements().withStatus(IN_FORCE).count() + " "
        + corpus.agreements().reached(SIGNED, PartialDate.parse("2024")).count() + " "
        + corpus.relations().between(INDIA, FRANCE).first().orElseThrow().mentionCount()).append('\n');
    assertEquals(shown, out.toString());
  }
}
