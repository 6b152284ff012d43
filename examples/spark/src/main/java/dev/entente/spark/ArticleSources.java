package dev.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads the inputs into rows {@code (name, content, line)}, one per source of articles: where it
 * comes from, and either a file's bytes (text files) or one JSON line of an article (JSON Lines,
 * and Parquet rows turned into the JSON line of the same fields, so that both are read by the same
 * code as the command line's).
 */
final class ArticleSources {

  /** The fields of an article in JSON Lines, hence the columns a Parquet input may have. */
  static final ImmutableList<String> FIELDS =
      ImmutableList.of("id", "text", "title", "published", "source", "url", "language");

  private ArticleSources() {}

  /**
   * Returns the sources of {@code input}.
   *
   * @throws IllegalArgumentException if a Parquet input lacks {@code id} or {@code text}, or has a
   *     column that is no article field
   */
  static Dataset<Row> read(SparkSession spark, ArticleInput input) {
    return switch (input.format()) {
      case TEXT -> spark.read().format("binaryFile").load(input.path())
          .select(col("path").as("name"), col("content"), lit(null).cast(DataTypes.StringType).as("line"));
      case JSON_LINES -> spark.read().text(input.path())
          .select(col("_metadata.file_path").as("name"), lit(null).cast(DataTypes.BinaryType).as("content"),
              col("value").as("line"));
      case PARQUET -> parquet(spark, input);
    };
  }

  private static Dataset<Row> parquet(SparkSession spark, ArticleInput input) {
    Dataset<Row> rows = spark.read().parquet(input.path());
    List<String> columns = Arrays.asList(rows.columns());
    for (String column : columns) {
      if (!FIELDS.contains(column)) {
        throw new IllegalArgumentException(String.format(
            "the Parquet input %s has a column \"%s\" that is no article field; the fields are %s:"
                + " rename or drop it", input.path(), column, FIELDS));
      }
    }
    for (String required : List.of("id", "text")) {
      if (!columns.contains(required)) {
        throw new IllegalArgumentException(String.format(
            "the Parquet input %s has no column \"%s\"; an article needs id and text", input.path(), required));
      }
    }
    List<Column> fields = new ArrayList<>();
    FIELDS.stream().filter(columns::contains).forEach(f -> fields.add(col(f)));
    // to_json leaves null fields out, as a JSON line may; a date prints as ISO text
    return rows.select(
        col("_metadata.file_path").as("name"),
        lit(null).cast(DataTypes.BinaryType).as("content"),
        to_json(struct(fields.toArray(Column[]::new))).as("line"));
  }
}
