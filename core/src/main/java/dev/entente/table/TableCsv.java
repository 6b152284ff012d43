package dev.entente.table;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a {@link DataTable} as CSV with Jackson's CSV module: RFC 4180, CRLF, UTF-8. */
final class TableCsv {

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TableCsv() {}

  static void write(DataTable table, OutputStream out, boolean bom) throws IOException {
    if (bom) {
      out.write(BOM); // Jackson has no BOM option; Excel needs it to read UTF-8
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
    for (Column column : table.columns()) {
      schema.addColumn(
          column.name(),
          column.type() == ColumnType.INTEGER || column.type() == ColumnType.DOUBLE
              ? CsvSchema.ColumnType.NUMBER
              : CsvSchema.ColumnType.STRING);
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (SequenceWriter rows = MAPPER.writerFor(List.class).with(schema.build()).writeValues(writer)) {
      for (Object[] row : table.rawRows()) {
        List<Object> cells = new ArrayList<>(row.length);
        for (Object value : row) {
          cells.add(value instanceof List<?> list ? String.join(CorpusTables.LIST_SEPARATOR, (List<String>) list) : value);
        }
        rows.write(cells);
      }
    }
    writer.flush();
  }
}
