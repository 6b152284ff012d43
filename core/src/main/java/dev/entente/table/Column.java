package dev.entente.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A column of a {@link DataTable}.
 *
 * @param name its name in {@code snake_case}, as SQL and data frames want it
 * @param type the type of its values
 * @param nullable whether a row may have no value there (an empty cell, SQL {@code NULL})
 * @param description what a value means, for documentation
 */
public record Column(String name, ColumnType type, boolean nullable, String description) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the name is not {@code snake_case}
   */
  public Column {
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkNotNull(description, "description");
    checkArgument(name.matches("[a-z][a-z0-9_]*"), "a column name is snake_case, got \"%s\"", name);
  }

  static Column required(String name, ColumnType type, String description) {
    return new Column(name, type, false, description);
  }

  static Column optional(String name, ColumnType type, String description) {
    return new Column(name, type, true, description);
  }

  @Override
  public String toString() {
    return name + " " + type + (nullable ? "" : " NOT NULL");
  }
}
