package dev.entente.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the job: its inputs, its output and whether to replace tables there.
 *
 * @param job the job the arguments describe; unused with {@code help}
 * @param help whether {@code --help} was asked
 */
record JobArguments(EntenteSparkJob job, boolean help) {

  static final String USAGE =
      """
      usage: spark-submit ... entente-spark.jar [--text PATH]... [--jsonl PATH]... [--parquet PATH]...
                                                 --out DIR [--overwrite]
        --text PATH      text files (or web pages), one article a file, id = name without extension
        --jsonl PATH     JSON Lines of articles: {"id", "text", "title", "published", "source", "url", "language"}
        --parquet PATH   Parquet files with those columns (id and text required)
        --out DIR        where the tables go: DIR/documents, DIR/transfers, ... partitioned by year
        --overwrite      replace the tables already under DIR (by default the job refuses)
      A PATH is as Spark reads it (a file, a folder, a glob; file:, hdfs:, s3a: ...); each option repeats.""";

  /**
   * Returns the arguments of {@code words}.
   *
   * @throws IllegalArgumentException if an option is unknown or lacks its value, or no input or no
   *     output is given
   */
  static JobArguments parse(ImmutableList<String> words) {
    List<ArticleInput> inputs = new ArrayList<>();
    String out = null;
    boolean overwrite = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "--help", "-h" -> {
          return new JobArguments(null, true);
        }
        case "--overwrite" -> overwrite = true;
        case "--text", "--jsonl", "--parquet", "--out" -> {
          checkArgument(i + 1 < words.size(), "%s needs a value", word);
          String value = words.get(++i);
          switch (word) {
            case "--text" -> inputs.add(ArticleInput.text(value));
            case "--jsonl" -> inputs.add(ArticleInput.jsonLines(value));
            case "--parquet" -> inputs.add(ArticleInput.parquet(value));
            default -> out = value;
          }
        }
        default -> throw new IllegalArgumentException("unknown argument \"" + word + "\"");
      }
    }
    checkArgument(!inputs.isEmpty(), "no input: give --text, --jsonl or --parquet PATH");
    checkArgument(out != null, "no output: give --out DIR");
    EntenteSparkJob job = EntenteSparkJob.of(inputs, out);
    return new JobArguments(overwrite ? job.overwriting() : job, false);
  }
}
