package dev.entente.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;

import com.google.common.collect.ImmutableList;
import dev.entente.table.DataTable;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * A Spark job that reads articles (text files, JSON Lines or Parquet), parses them on the
 * executors, one {@code Parser} per executor JVM, resolves their facts across documents exactly as
 * a {@code Corpus} of all of them does, and writes the typed tables of {@code CorpusTables}
 * (documents, facts, actors, agreements, participants, exercises, transfers, statements,
 * relations, evidence) as Parquet, each partitioned by a year column ({@code
 * transfers/year=2021/}).
 *
 * <p>The stages: parse each partition of articles into readings and their blocking keys; group
 * the documents into connected components by shared keys (documents that share no key hold no
 * facts the resolver could merge); resolve each component on one executor with {@code Corpus}
 * and lay it out as tables; check that no two components' records share a key, else join them
 * and resolve again; put together the relations that several components report; write. The
 * tables equal those of {@code CorpusTables.of(Corpus.of(readings))} for the same articles, the
 * readings in id order (which orders each relation's fact ids), whatever the partitioning.
 *
 * <pre>{@code
 * JobSummary summary = EntenteSparkJob.of(List.of(ArticleInput.jsonLines("feed/*.jsonl")), "tables")
 *     .run(spark);
 * }</pre>
 *
 * <p>Immutable.
 */
public final class EntenteSparkJob {

  private final ImmutableList<ArticleInput> inputs;
  private final String output;
  private final boolean overwrite;

  private EntenteSparkJob(ImmutableList<ArticleInput> inputs, String output, boolean overwrite) {
    this.inputs = inputs;
    this.output = output;
    this.overwrite = overwrite;
  }

  /**
   * Returns the job that reads {@code inputs} and writes the tables under {@code output} (a folder
   * per table), refusing to write over tables already there.
   *
   * @throws NullPointerException if an argument or an input is null
   * @throws IllegalArgumentException if there is no input or the output is blank
   */
  public static EntenteSparkJob of(Iterable<ArticleInput> inputs, String output) {
    ImmutableList<ArticleInput> all = ImmutableList.copyOf(checkNotNull(inputs, "inputs"));
    checkArgument(!all.isEmpty(), "the job needs at least one input");
    checkNotNull(output, "output");
    checkArgument(!output.isBlank(), "the output path must not be blank");
    return new EntenteSparkJob(all, output.replaceAll("/+$", ""), false);
  }

  /** Returns the same job, replacing the tables already under the output. */
  public EntenteSparkJob overwriting() {
    return new EntenteSparkJob(inputs, output, true);
  }

  /** Returns the inputs. */
  public ImmutableList<ArticleInput> inputs() {
    return inputs;
  }

  /** Returns the folder the tables are written under. */
  public String output() {
    return output;
  }

  /**
   * Runs the job on {@code spark} and returns what it read and wrote.
   *
   * @throws NullPointerException if {@code spark} is null
   * @throws IllegalArgumentException if two documents have the same id, or a Parquet input has
   *     columns that are no article fields
   */
  public JobSummary run(SparkSession spark) {
    checkNotNull(spark, "spark");
    Dataset<Row> sources = null;
    for (ArticleInput input : inputs) {
      Dataset<Row> read = ArticleSources.read(spark, input);
      sources = sources == null ? read : sources.unionAll(read);
    }
    // parsing is the costly step: spread it over every core, however few files the input has
    int partitions = Math.max(sources.rdd().getNumPartitions(), 4 * spark.sparkContext().defaultParallelism());
    Dataset<Row> parsed =
        sources.repartition(partitions)
            .mapPartitions(new SourceParser(), Encoders.row(SourceParser.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> documents =
        parsed.filter(col("document_id").isNotNull()).select("document_id", "reading", "keys");
    Dataset<Row> problems = parsed.filter(col("problem").isNotNull()).select("problem");
    long documentCount = documents.count();
    checkUnique(documents);

    Dataset<Row> edges = documents.select(col("document_id"), explode(col("keys")).as("key"));
    int rounds = 0;
    Dataset<Row> resolved;
    while (true) {
      rounds++;
      Dataset<Row> components = Components.of(documents, edges);
      resolved =
          documents.join(components, "document_id")
              .select("component", "document_id", "reading")
              .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
              .mapGroups(new ComponentTables(), Encoders.row(ComponentTables.schema()))
              .persist(StorageLevel.MEMORY_AND_DISK());
      // a merged record can have a key no mention had: if two components' records share one,
      // the resolver could have merged them, so the two are one component
      Dataset<Row> recordKeys = resolved.select(col("component").as("document_id"), explode(col("record_keys")).as("key"));
      Dataset<Row> shared =
          recordKeys.groupBy("key").agg(countDistinct("document_id").as("n")).filter(col("n").gt(1)).select("key");
      if (shared.isEmpty()) {
        break;
      }
      edges = edges.union(recordKeys.join(shared, "key").select("document_id", "key")).localCheckpoint();
      resolved.unpersist();
    }

    ImmutableList.Builder<String> written = ImmutableList.builder();
    for (DataTable table : SparkTables.definitions()) {
      Dataset<Row> rows = resolved.select(explode(col(table.name())).as("row")).select("row.*");
      if (table.name().equals("relations")) {
        rows = rows.groupByKey(
                (MapFunction<Row, String>) row -> row.getString(0) + "-" + row.getString(1) + " " + row.getString(2),
                Encoders.STRING())
            .mapGroups(RelationRows.of(table), Encoders.row(SparkTables.written(table)));
      }
      String column = YearPartition.of(table.name()).column();
      String folder = output + "/" + table.name();
      rows.repartition(col(column))
          .write()
          .mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
          .partitionBy(column)
          .parquet(folder);
      written.add(folder);
    }

    List<String> shown =
        problems.orderBy("problem").limit(JobSummary.SHOWN).as(Encoders.STRING()).collectAsList();
    JobSummary summary =
        new JobSummary(documentCount, problems.count(), ImmutableList.copyOf(shown), resolved.count(), rounds,
            written.build());
    resolved.unpersist();
    parsed.unpersist();
    return summary;
  }

  private static void checkUnique(Dataset<Row> documents) {
    List<String> repeated =
        documents.groupBy("document_id").count().filter(col("count").gt(1))
            .orderBy("document_id").limit(5).select(concat_ws("", col("document_id")))
            .as(Encoders.STRING()).collectAsList();
    checkArgument(
        repeated.isEmpty(),
        "document ids must be unique across the inputs, and %s occur more than once; a text file's id"
            + " is its name without the extension, a JSON line's and a Parquet row's its id",
        repeated);
  }

  /**
   * Runs the job as {@code spark-submit} starts it; {@code --help} tells the arguments. Exits with
   * 0 when every source was read, 1 when some were not (the tables hold the others), 2 on a usage
   * error.
   */
  public static void main(String[] args) {
    JobArguments arguments;
    try {
      arguments = JobArguments.parse(ImmutableList.copyOf(args));
    } catch (IllegalArgumentException e) {
      System.err.println("entente-spark: " + e.getMessage());
      System.err.println(JobArguments.USAGE);
      System.exit(2);
      return;
    }
    if (arguments.help()) {
      System.out.println(JobArguments.USAGE);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("entente").getOrCreate();
    JobSummary summary;
    try {
      summary = arguments.job().run(spark);
    } finally {
      spark.stop();
    }
    summary.someProblems().forEach(System.err::println);
    if (summary.problems() > summary.someProblems().size()) {
      System.err.println("... and " + (summary.problems() - summary.someProblems().size()) + " more problems");
    }
    System.out.println(summary);
    System.exit(summary.problems() == 0 ? 0 : 1);
  }
}
