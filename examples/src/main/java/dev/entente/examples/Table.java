package dev.entente.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/**
 * Rows of text under named columns, printed as aligned columns by {@link #toString()}.
 *
 * <p>Cells are single lines: runs of whitespace (line breaks included) become one space. A column
 * may cap its width, in which case longer cells are cut and end in {@code ...}. Columns are
 * separated by two spaces; the header is in upper case, and there is no rule or border, so the
 * output stays easy to read with {@code awk} or {@code cut}. An empty table prints its header only.
 *
 * <pre>{@code
 * Table table = Table.builder()
 *     .column("PAIR").column("FACTS", Table.Align.RIGHT)
 *     .row("CHN-RUS", "8")
 *     .build();
 * System.out.println(table);
 * }</pre>
 *
 * <p>Immutable. {@link Tables} builds tables of relations, facts and counts.
 */
public final class Table {

  /** How a column's cells sit in its width. */
  public enum Align {
    /** Padded on the right: text. */
    LEFT,
    /** Padded on the left: numbers. */
    RIGHT
  }

  private static final String GAP = "  ";
  private static final String ELLIPSIS = "...";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final ImmutableList<Column> columns;
  private final ImmutableList<ImmutableList<String>> rows;

  private Table(ImmutableList<Column> columns, ImmutableList<ImmutableList<String>> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the column headers, in order, as given; {@link #lines()} prints them in upper case. */
  public ImmutableList<String> headers() {
    return columns.stream().map(Column::header).collect(ImmutableList.toImmutableList());
  }

  /** Returns the rows, each with one cell per column, as given (after whitespace folding). */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** Returns the number of rows, the header excluded. */
  public int size() {
    return rows.size();
  }

  /** Returns whether the table has no row. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Returns the printed lines: the header, then one line per row, without trailing spaces and
   * without line terminators.
   */
  public ImmutableList<String> lines() {
    int[] widths = new int[columns.size()];
    List<List<String>> shown = new ArrayList<>();
    shown.add(
        columns.stream()
            .map(c -> c.header().toUpperCase(Locale.ROOT))
            .collect(ImmutableList.toImmutableList()));
    for (ImmutableList<String> row : rows) {
      List<String> cells = new ArrayList<>(row.size());
      for (int i = 0; i < row.size(); i++) {
        cells.add(columns.get(i).fit(row.get(i)));
      }
      shown.add(cells);
    }
    for (List<String> cells : shown) {
      for (int i = 0; i < cells.size(); i++) {
        widths[i] = Math.max(widths[i], cells.get(i).length());
      }
    }
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (List<String> cells : shown) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          line.append(GAP);
        }
        String cell = cells.get(i);
        line.append(
            columns.get(i).align() == Align.RIGHT
                ? StringUtils.leftPad(cell, widths[i])
                : StringUtils.rightPad(cell, widths[i]));
      }
      lines.add(StringUtils.stripEnd(line.toString(), " "));
    }
    return lines.build();
  }

  /** Returns the aligned table, lines separated by {@code \n}, with no final line break. */
  @Override
  public String toString() {
    return String.join("\n", lines());
  }

  private record Column(String header, Align align, int maxWidth) {
    String fit(String cell) {
      return cell.length() <= maxWidth ? cell : StringUtils.abbreviate(cell, ELLIPSIS, maxWidth);
    }
  }

  /** Collects the columns, then the rows, of a {@link Table}. */
  public static final class Builder {
    private final List<Column> columns = new ArrayList<>();
    private final List<ImmutableList<String>> rows = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a left-aligned column of unlimited width.
     *
     * @throws IllegalStateException if a row was already added
     */
    public Builder column(String header) {
      return column(header, Align.LEFT);
    }

    /**
     * Adds a column of unlimited width.
     *
     * @throws IllegalStateException if a row was already added
     */
    public Builder column(String header, Align align) {
      return column(header, align, Integer.MAX_VALUE);
    }

    /**
     * Adds a column whose cells are cut to {@code maxWidth} characters, the last three of a cut
     * cell being {@code ...}.
     *
     * @throws NullPointerException if {@code header} or {@code align} is null
     * @throws IllegalArgumentException if {@code header} is blank or {@code maxWidth} is below 4
     * @throws IllegalStateException if a row was already added
     */
    public Builder column(String header, Align align, int maxWidth) {
      checkNotNull(header, "header");
      checkNotNull(align, "align");
      checkArgument(!header.isBlank(), "a column needs a header, got \"%s\"", header);
      checkArgument(
          maxWidth > ELLIPSIS.length(), "a column's width must be at least 4, got %s", maxWidth);
      checkState(
          rows.isEmpty(), "add every column before the rows; column %s came after a row", header);
      columns.add(new Column(clean(header), align, maxWidth));
      return this;
    }

    /**
     * Adds a row, one cell per column.
     *
     * @throws NullPointerException if a cell is null
     * @throws IllegalArgumentException if the number of cells is not the number of columns
     */
    public Builder row(String... cells) {
      checkNotNull(cells, "cells");
      return row(Arrays.asList(cells));
    }

    /**
     * Adds a row, one cell per column.
     *
     * @throws NullPointerException if a cell is null
     * @throws IllegalArgumentException if the number of cells is not the number of columns
     */
    public Builder row(Iterable<String> cells) {
      checkNotNull(cells, "cells");
      ImmutableList.Builder<String> row = ImmutableList.builder();
      for (String cell : cells) {
        row.add(clean(checkNotNull(cell, "a cell is null in row %s", rows.size() + 1)));
      }
      ImmutableList<String> built = row.build();
      checkArgument(
          built.size() == columns.size(),
          "row %s has %s cells for %s columns",
          rows.size() + 1,
          built.size(),
          columns.size());
      rows.add(built);
      return this;
    }

    /**
     * Returns the table.
     *
     * @throws IllegalStateException if no column was added
     */
    public Table build() {
      checkState(!columns.isEmpty(), "a table needs at least one column");
      return new Table(ImmutableList.copyOf(columns), ImmutableList.copyOf(rows));
    }

    private static String clean(String text) {
      return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
  }
}
