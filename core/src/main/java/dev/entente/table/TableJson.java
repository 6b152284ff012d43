package dev.entente.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a {@link DataTable} as a JSON array of objects, or as JSON Lines of them. */
final class TableJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private TableJson() {}

  static void write(DataTable table, Writer out, boolean lines) throws IOException {
    List<Column> columns = table.columns();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(new MinimalPrettyPrinter(lines ? "\n" : ""));
      if (!lines) {
        json.writeRaw('[');
      }
      boolean first = true;
      for (Object[] row : table.rawRows()) {
        if (!lines && !first) {
          json.writeRaw(",\n");
        } else if (!lines) {
          json.writeRaw('\n');
        }
        first = false;
        json.writeStartObject();
        for (int i = 0; i < row.length; i++) {
          json.writeFieldName(columns.get(i).name());
          Object value = row[i];
          if (value == null) {
            json.writeNull();
          } else if (value instanceof String text) {
            json.writeString(text);
          } else if (value instanceof Long number) {
            json.writeNumber(number);
          } else if (value instanceof Double number) {
            json.writeNumber(number);
          } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
              json.writeString((String) item);
            }
            json.writeEndArray();
          }
        }
        json.writeEndObject();
      }
      json.flush();
      out.write(lines ? (table.isEmpty() ? "" : "\n") : (table.isEmpty() ? "]\n" : "\n]\n"));
    }
    out.flush();
  }
}
