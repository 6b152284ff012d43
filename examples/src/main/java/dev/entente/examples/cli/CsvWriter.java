package dev.entente.examples.cli;

import dev.entente.examples.Table;
import java.io.PrintStream;
import java.util.List;

/**
 * Writes a {@link Table} as CSV after RFC 4180: a header line of the column names as given, then
 * one line per row, lines ended by CRLF; a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes, a double quote inside it doubled.
 */
final class CsvWriter {

  private CsvWriter() {}

  /** Writes {@code table} to {@code out}, cells whole (a table's column widths do not apply). */
  static void write(Table table, PrintStream out) {
    writeHeader(table, out);
    writeRows(table, out);
  }

  /** Writes the header line of {@code table}. */
  static void writeHeader(Table table, PrintStream out) {
    writeLine(table.headers(), out);
  }

  /** Writes the rows of {@code table}, without a header: to go on after {@link #writeHeader}. */
  static void writeRows(Table table, PrintStream out) {
    for (List<String> row : table.rows()) {
      writeLine(row, out);
    }
  }

  private static void writeLine(List<String> fields, PrintStream out) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(fields.get(i)));
    }
    out.print(line.append("\r\n"));
  }

  /** Returns {@code field} as RFC 4180 writes it. */
  static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\r') < 0
        && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
