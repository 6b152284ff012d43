package dev.entente.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;

/**
 * The year column a table is partitioned by: one of its own (a document's {@code published_year},
 * an agreement's {@code year}, an exercise's {@code start_year}, a relation's {@code first_year}),
 * or, for the tables without one, the year of the document or of the fact each row belongs to,
 * added as a last column.
 *
 * @param column the column's name, the name of the folders ({@code year=2021})
 * @param origin where its values come from
 * @param key for an added column, the column of the row that names its document or fact; else empty
 */
record YearPartition(String column, Origin origin, String key) {

  /** Where the values of a partition column come from. */
  enum Origin {
    /** A column of the table itself. */
    OWN_COLUMN,
    /** Added: the {@code published_year} of the row's {@code document_id}. */
    DOCUMENT_YEAR,
    /** Added: the {@code year} of the row's fact ({@code fact_id}, or {@code record_id}). */
    FACT_YEAR
  }

  private static final ImmutableMap<String, YearPartition> BY_TABLE =
      ImmutableMap.<String, YearPartition>builder()
          .put("documents", new YearPartition("published_year", Origin.OWN_COLUMN, ""))
          .put("facts", new YearPartition("year", Origin.OWN_COLUMN, ""))
          .put("actors", new YearPartition("published_year", Origin.DOCUMENT_YEAR, "document_id"))
          .put("agreements", new YearPartition("year", Origin.OWN_COLUMN, ""))
          .put("participants", new YearPartition("year", Origin.FACT_YEAR, "fact_id"))
          .put("exercises", new YearPartition("start_year", Origin.OWN_COLUMN, ""))
          .put("transfers", new YearPartition("year", Origin.OWN_COLUMN, ""))
          .put("statements", new YearPartition("year", Origin.OWN_COLUMN, ""))
          .put("relations", new YearPartition("first_year", Origin.OWN_COLUMN, ""))
          .put("evidence", new YearPartition("published_year", Origin.DOCUMENT_YEAR, "document_id"))
          .put("lifecycle", new YearPartition("year", Origin.OWN_COLUMN, ""))
          .put("disagreements", new YearPartition("year", Origin.FACT_YEAR, "record_id"))
          .buildOrThrow();

  /**
   * Returns the partition of the table {@code name}.
   *
   * @throws IllegalArgumentException if the table is not one of {@code CorpusTables}'
   */
  static YearPartition of(String table) {
    YearPartition partition = BY_TABLE.get(table);
    checkArgument(partition != null, "no year partition for the table \"%s\"; the tables are %s", table,
        BY_TABLE.keySet());
    return partition;
  }

  /** Returns whether the column is added to the table's own. */
  boolean isAdded() {
    return origin != Origin.OWN_COLUMN;
  }
}
