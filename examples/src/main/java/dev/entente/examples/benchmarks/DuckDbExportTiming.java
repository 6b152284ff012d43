package dev.entente.examples.benchmarks;

import dev.entente.duckdb.DuckDbExport;
import dev.entente.graph.GraphFormat;
import dev.entente.graph.RelationGraph;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import dev.entente.table.CorpusTables;
import dev.entente.table.DataTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times the typed tables, the DuckDB database, the Parquet files and the GEXF graph of the seeds
 * and of a synthetic corpus of N facts, one run each (DuckDB's own start included in the first):
 *
 * <pre>
 * java -cp examples/target/entente.jar dev.entente.examples.benchmarks.DuckDbExportTiming 1000000
 * </pre>
 */
public final class DuckDbExportTiming {

  private DuckDbExportTiming() {}

  /** Runs the timings; the argument is the synthetic corpus's number of facts (default 100,000). */
  public static void main(String[] args) throws IOException {
    int facts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("entente-duckdb");
    time("seeds", Seeds.corpus(), dir.resolve("seeds"));
    time("synthetic", Corpus.of(SyntheticCorpus.of(facts, 42).readings()), dir.resolve("synthetic"));
  }

  private static void time(String name, Corpus corpus, Path dir) throws IOException {
    Files.createDirectories(dir);
    long start = System.nanoTime();
    CorpusTables tables = CorpusTables.of(corpus);
    long tablesDone = System.nanoTime();
    DuckDbExport.write(tables, dir.resolve("entente.duckdb"));
    long duckDone = System.nanoTime();
    DuckDbExport.writeParquet(tables, dir.resolve("parquet"));
    long parquetDone = System.nanoTime();
    RelationGraph.of(corpus).write(GraphFormat.GEXF, dir.resolve("relations.gexf"));
    long graphDone = System.nanoTime();
    long rows = tables.all().stream().mapToLong(DataTable::size).sum();
    System.out.printf(
        "%s: %d documents, %d facts, %d rows in %d tables; tables %.2f s, DuckDB %.2f s (%d MB),"
            + " Parquet %.2f s, GEXF %.2f s%n",
        name, corpus.size(), corpus.facts().size(), rows, tables.all().size(),
        (tablesDone - start) / 1e9, (duckDone - tablesDone) / 1e9,
        Files.size(dir.resolve("entente.duckdb")) >> 20, (parquetDone - duckDone) / 1e9,
        (graphDone - parquetDone) / 1e9);
  }
}
