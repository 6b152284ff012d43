package dev.entente.table;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A column of one table whose values are the keys of another: {@code evidence.fact_id} references
 * {@code facts.fact_id}.
 *
 * @param column the column of the referencing table
 * @param table the referenced table
 * @param referencedColumn the referenced table's key column
 */
public record ForeignKey(String column, String table, String referencedColumn) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ForeignKey {
    checkNotNull(column, "column");
    checkNotNull(table, "table");
    checkNotNull(referencedColumn, "referencedColumn");
  }

  @Override
  public String toString() {
    return column + " -> " + table + "." + referencedColumn;
  }
}
