package dev.entente.table;

/** The type of a {@link Column}'s values, as databases and data frames see it. */
public enum ColumnType {
  /** Text: ids, names, codes, enum constants, partial dates ({@code "2021-12"}). */
  TEXT,
  /** A whole number (a Java {@code Long}): years, quantities, offsets, counts. */
  INTEGER,
  /** A floating-point number (a Java {@code Double}): confidences. */
  DOUBLE,
  /**
   * A list of texts (a Java {@code ImmutableList<String>}): states, domains, fact ids. CSV writes
   * it as one cell, items separated by {@value CorpusTables#LIST_SEPARATOR}; JSON as an array;
   * DuckDB as {@code VARCHAR[]}.
   */
  TEXT_LIST
}
