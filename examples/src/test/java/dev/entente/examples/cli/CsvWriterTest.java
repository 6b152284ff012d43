package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.examples.Table;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvWriterTest {

  @Test
  void plainFields_areWrittenAsThey_are() {
    assertEquals("RUS -> IND: AK-203 x600", CsvWriter.quote("RUS -> IND: AK-203 x600"));
    assertEquals("", CsvWriter.quote(""));
  }

  @Test
  void commasQuotesAndLineBreaks_areQuoted() {
    assertEquals("\"a, b\"", CsvWriter.quote("a, b"));
    assertEquals("\"« x » \"\"y\"\"\"", CsvWriter.quote("« x » \"y\""));
    assertEquals("\"a\nb\"", CsvWriter.quote("a\nb"));
    assertEquals("\"a\rb\"", CsvWriter.quote("a\rb"));
  }

  @Test
  void write_headerAsGiven_thenRows_crlf() {
    Table table = Table.builder().column("id").column("summary").row("x", "a, \"b\"").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CsvWriter.write(table, new PrintStream(out, true, UTF_8));

    assertEquals("id,summary\r\nx,\"a, \"\"b\"\"\"\r\n", out.toString(UTF_8));
  }

  /** Splits one CSV line (no line break inside a field) into its fields, after RFC 4180. */
  static List<String> parse(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
