package dev.entente.duckdb;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.entente.table.Column;
import dev.entente.table.CorpusTables;
import dev.entente.table.DataTable;
import dev.entente.table.ForeignKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes the {@link CorpusTables} of a corpus into an embedded DuckDB database, with its primary
 * and foreign keys and a comment on every table and column, or as one Parquet file per table.
 * Rows go in through DuckDB's appender, which is some fifty times faster than batches of JDBC
 * inserts.
 *
 * <pre>{@code
 * DuckDbExport.write(CorpusTables.of(corpus), Path.of("entente.duckdb"));
 * DuckDbExport.writeParquet(CorpusTables.of(corpus), Path.of("parquet"));
 * }</pre>
 *
 * <p>Column types: {@code TEXT} is {@code VARCHAR}, {@code INTEGER} is {@code BIGINT}, {@code
 * DOUBLE} is {@code DOUBLE}, {@code TEXT_LIST} is {@code VARCHAR[]}.
 */
public final class DuckDbExport {

  private DuckDbExport() {}

  /**
   * Writes {@code tables} into a new DuckDB database file {@code file}, replacing the file if there
   * is one: the database is written beside it and moved into place once complete, so a failure
   * leaves the old file whole.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if the database cannot be written
   */
  public static void write(CorpusTables tables, Path file) throws IOException {
    checkNotNull(tables, "tables");
    checkNotNull(file, "file");
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = folder.resolve("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    Path log = Path.of(temporary + ".wal");
    Files.deleteIfExists(temporary);
    try {
      try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + temporary)) {
        load(tables, connection, true);
        try (Statement statement = connection.createStatement()) {
          statement.execute("CHECKPOINT");
        }
      } catch (SQLException e) {
        throw new IOException(file + ": cannot write the DuckDB database: " + e.getMessage(), e);
      }
      Files.deleteIfExists(log);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
      Files.deleteIfExists(log);
    }
  }

  /**
   * Writes each of {@code tables} as {@code folder/NAME.parquet}, creating the folder if needed,
   * and returns the files written. Parquet has no keys; the tables keep their columns and types.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<Path> writeParquet(CorpusTables tables, Path folder) throws IOException {
    checkNotNull(tables, "tables");
    checkNotNull(folder, "folder");
    Files.createDirectories(folder);
    ImmutableList.Builder<Path> written = ImmutableList.builder();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      load(tables, connection, false);
      try (Statement statement = connection.createStatement()) {
        for (DataTable table : tables.all()) {
          Path file = folder.resolve(table.name() + ".parquet");
          statement.execute(
              "COPY " + quoted(table.name()) + " TO " + literal(file.toAbsolutePath().toString())
                  + " (FORMAT PARQUET)");
          written.add(file);
        }
      }
    } catch (SQLException e) {
      throw new IOException(folder + ": cannot write the Parquet files: " + e.getMessage(), e);
    }
    return written.build();
  }

  /** Creates each table (with its keys, if {@code keys}) and appends its rows. */
  static void load(CorpusTables tables, Connection connection, boolean keys) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (DataTable table : tables.all()) {
        statement.execute(createTable(table, keys));
        statement.execute("COMMENT ON TABLE " + quoted(table.name()) + " IS " + literal(table.description()));
        for (Column column : table.columns()) {
          statement.execute(
              "COMMENT ON COLUMN " + quoted(table.name()) + "." + quoted(column.name()) + " IS "
                  + literal(column.description()));
        }
      }
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    for (DataTable table : tables.all()) {
      append(table, duck);
    }
  }

  /** Returns the {@code CREATE TABLE} statement of {@code table}. */
  static String createTable(DataTable table, boolean keys) {
    List<String> parts = new ArrayList<>();
    for (Column column : table.columns()) {
      parts.add(quoted(column.name()) + " " + sqlType(column) + (column.nullable() ? "" : " NOT NULL"));
    }
    if (keys && !table.primaryKey().isEmpty()) {
      parts.add("PRIMARY KEY (" + String.join(", ", table.primaryKey().stream().map(DuckDbExport::quoted).toList()) + ")");
    }
    if (keys) {
      for (ForeignKey key : table.foreignKeys()) {
        parts.add("FOREIGN KEY (" + quoted(key.column()) + ") REFERENCES " + quoted(key.table())
            + " (" + quoted(key.referencedColumn()) + ")");
      }
    }
    return "CREATE TABLE " + quoted(table.name()) + " (" + String.join(", ", parts) + ")";
  }

  private static void append(DataTable table, DuckDBConnection connection) throws SQLException {
    try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name())) {
      SQLException[] failure = {null};
      table.forEachRow(
          row -> {
            if (failure[0] != null) {
              return;
            }
            try {
              appender.beginRow();
              for (Object value : row) {
                if (value == null) {
                  appender.appendNull();
                } else if (value instanceof String text) {
                  appender.append(text);
                } else if (value instanceof Long number) {
                  appender.append(number.longValue());
                } else if (value instanceof Double number) {
                  appender.append(number.doubleValue());
                } else if (value instanceof List<?> list) {
                  appender.append(list);
                }
              }
              appender.endRow();
            } catch (SQLException e) {
              failure[0] = e;
            }
          });
      if (failure[0] != null) {
        throw new SQLException("table " + table.name() + ": " + failure[0].getMessage(), failure[0]);
      }
      appender.flush();
    }
  }

  private static String sqlType(Column column) {
    return switch (column.type()) {
      case TEXT -> "VARCHAR";
      case INTEGER -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case TEXT_LIST -> "VARCHAR[]";
    };
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
