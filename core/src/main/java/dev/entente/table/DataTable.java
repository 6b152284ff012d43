package dev.entente.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One typed table of a corpus: a name, documented and typed columns, a primary key, foreign keys
 * to other tables, and rows. Values are {@code String}, {@code Long}, {@code Double} or {@code
 * ImmutableList<String>} as the column's {@link ColumnType} says; a nullable column may have no
 * value. Immutable.
 *
 * <pre>{@code
 * DataTable transfers = CorpusTables.of(corpus).transfers();
 * transfers.value(0, "supplier");          // Optional[RUS]
 * transfers.writeCsv(out, false);          // RFC 4180, a header line then a line per row
 * }</pre>
 */
public final class DataTable {

  private final String name;
  private final String description;
  private final ImmutableList<Column> columns;
  private final ImmutableList<String> primaryKey;
  private final ImmutableList<ForeignKey> foreignKeys;
  private final ImmutableList<Object[]> rows;

  private DataTable(Builder builder) {
    this.name = builder.name;
    this.description = builder.description;
    this.columns = ImmutableList.copyOf(builder.columns);
    this.primaryKey = ImmutableList.copyOf(builder.primaryKey);
    this.foreignKeys = ImmutableList.copyOf(builder.foreignKeys);
    this.rows = ImmutableList.copyOf(builder.rows);
  }

  static Builder builder(String name, String description) {
    return new Builder(name, description);
  }

  /** Returns the table's name, such as {@code "transfers"}: a file name and an SQL table name. */
  public String name() {
    return name;
  }

  /** Returns what a row of the table is. */
  public String description() {
    return description;
  }

  /** Returns the columns, in order. */
  public ImmutableList<Column> columns() {
    return columns;
  }

  /** Returns the names of the columns, in order. */
  public ImmutableList<String> columnNames() {
    return columns.stream().map(Column::name).collect(ImmutableList.toImmutableList());
  }

  /** Returns the columns whose values identify a row, empty when the table has no key. */
  public ImmutableList<String> primaryKey() {
    return primaryKey;
  }

  /** Returns the columns that reference other tables' keys. */
  public ImmutableList<ForeignKey> foreignKeys() {
    return foreignKeys;
  }

  /** Returns the number of rows. */
  public int size() {
    return rows.size();
  }

  /** Returns whether the table has no row. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Returns the values of row {@code index}, one per column, empty where there is none.
   *
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public ImmutableList<Optional<Object>> row(int index) {
    checkElementIndex(index, rows.size(), "row");
    return Arrays.stream(rows.get(index)).map(Optional::ofNullable).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the value of {@code column} in row {@code index}, empty where there is none.
   *
   * @throws IndexOutOfBoundsException if there is no such row
   * @throws IllegalArgumentException if there is no such column
   */
  public Optional<Object> value(int index, String column) {
    checkElementIndex(index, rows.size(), "row");
    return Optional.ofNullable(rows.get(index)[indexOf(column)]);
  }

  /**
   * Returns the index of {@code column}.
   *
   * @throws IllegalArgumentException if there is no such column
   */
  public int indexOf(String column) {
    checkNotNull(column, "column");
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        String.format("table %s has no column \"%s\"; its columns are %s", name, column, columnNames()));
  }

  /** Returns the raw rows, nulls included, for the writers of this package and integrations. */
  ImmutableList<Object[]> rawRows() {
    return rows;
  }

  /**
   * Calls {@code consumer} with each row's values, one per column, {@code null} where there is
   * none: the fast path for a writer that copies the table elsewhere (a database's appender). The
   * array is a copy; changing it changes nothing here.
   *
   * @throws NullPointerException if {@code consumer} is null
   */
  public void forEachRow(java.util.function.Consumer<Object[]> consumer) {
    checkNotNull(consumer, "consumer");
    for (Object[] row : rows) {
      consumer.accept(row.clone());
    }
  }

  /**
   * Writes the table as CSV (RFC 4180: a header line of the column names, then a line per row,
   * lines ended by CRLF, fields quoted only where needed) in UTF-8; with {@code bom}, after the
   * UTF-8 byte order mark, so that spreadsheet programs read the accents right. An absent value is
   * an empty field; a list is one field, items separated by {@value CorpusTables#LIST_SEPARATOR}.
   * Does not close {@code out}.
   *
   * @throws NullPointerException if {@code out} is null
   * @throws IOException if {@code out} cannot be written
   */
  public void writeCsv(OutputStream out, boolean bom) throws IOException {
    TableCsv.write(this, checkNotNull(out, "out"), bom);
  }

  /**
   * Writes the table as one JSON array of objects, one per row, keyed by column name; an absent
   * value is {@code null}, a list an array, numbers are numbers. Does not close {@code out}.
   *
   * @throws NullPointerException if {@code out} is null
   * @throws IOException if {@code out} cannot be written
   */
  public void writeJson(Writer out) throws IOException {
    TableJson.write(this, checkNotNull(out, "out"), false);
  }

  /**
   * Writes the table as JSON Lines: the objects of {@link #writeJson}, one a line. Does not close
   * {@code out}.
   *
   * @throws NullPointerException if {@code out} is null
   * @throws IOException if {@code out} cannot be written
   */
  public void writeJsonLines(Writer out) throws IOException {
    TableJson.write(this, checkNotNull(out, "out"), true);
  }

  @Override
  public String toString() {
    return "DataTable[" + name + ": " + rows.size() + (rows.size() == 1 ? " row" : " rows") + ", " + columns + "]";
  }

  /** Collects the columns, then the rows, checking each value against its column. */
  static final class Builder {
    private final String name;
    private final String description;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    private Builder(String name, String description) {
      this.name = name;
      this.description = description;
    }

    Builder column(Column column) {
      columns.add(column);
      return this;
    }

    Builder primaryKey(String... names) {
      primaryKey.addAll(Arrays.asList(names));
      return this;
    }

    Builder foreignKey(String column, String table, String referenced) {
      foreignKeys.add(new ForeignKey(column, table, referenced));
      return this;
    }

    /** Adds a row; a value is a {@code String}, a {@code Long}, a {@code Double}, a list or null. */
    Builder row(Object... values) {
      checkArgument(
          values.length == columns.size(),
          "table %s: a row of %s values for %s columns",
          name,
          values.length,
          columns.size());
      for (int i = 0; i < values.length; i++) {
        Column column = columns.get(i);
        Object value = values[i];
        if (value == null) {
          checkArgument(column.nullable(), "table %s: column %s needs a value", name, column.name());
          continue;
        }
        boolean fits =
            switch (column.type()) {
              case TEXT -> value instanceof String;
              case INTEGER -> value instanceof Long;
              case DOUBLE -> value instanceof Double;
              case TEXT_LIST -> value instanceof ImmutableList;
            };
        checkArgument(fits, "table %s: column %s is %s, got %s", name, column.name(), column.type(), value.getClass().getSimpleName());
      }
      rows.add(values.clone());
      return this;
    }

    DataTable build() {
      return new DataTable(this);
    }
  }
}
