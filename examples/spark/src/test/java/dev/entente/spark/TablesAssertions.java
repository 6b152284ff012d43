package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Reading;
import dev.entente.query.Corpus;
import dev.entente.table.CorpusTables;
import dev.entente.table.DataTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** Compares the job's Parquet tables with those of one corpus on one machine, row by row. */
final class TablesAssertions {

  private TablesAssertions() {}

  /**
   * Asserts that every table under {@code out} holds the rows of {@code CorpusTables} of the corpus
   * of {@code readings} in id order (each table's rows sorted), and that each added year partition
   * holds the year of the row's document or fact; returns the single machine's tables.
   */
  static CorpusTables assertTablesEqual(Path out, List<Reading> readings) {
    List<Reading> sorted = new ArrayList<>(readings);
    sorted.sort(Comparator.comparing(Reading::id));
    CorpusTables expected = CorpusTables.of(Corpus.of(sorted));
    Map<String, Long> documentYears = column(expected.documents(), "document_id", "published_year");
    Map<String, Long> factYears = column(expected.facts(), "fact_id", "year");
    for (DataTable table : expected.all()) {
      List<Row> rows =
          LocalSpark.get().read().schema(SparkTables.written(table)).parquet(out.resolve(table.name()).toString())
              .collectAsList();
      assertEquals(sorted(expectedRows(table)), sorted(actualRows(rows, table)), table.name());
      YearPartition partition = YearPartition.of(table.name());
      if (partition.isAdded()) {
        boolean ofFact = partition.origin() == YearPartition.Origin.FACT_YEAR;
        Map<String, Long> years = ofFact ? factYears : documentYears;
        for (Row row : rows) {
          assertEquals(years.get(row.<String>getAs(partition.key())), row.getAs(partition.column()),
              table.name() + " " + row);
        }
      }
    }
    return expected;
  }

  private static List<List<Object>> expectedRows(DataTable table) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      List<Object> row = new ArrayList<>();
      table.row(i).forEach(v -> row.add(v.orElse(null)));
      rows.add(row);
    }
    return rows;
  }

  private static List<List<Object>> actualRows(List<Row> read, DataTable table) {
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : read) {
      List<Object> row = new ArrayList<>();
      for (int i = 0; i < table.columns().size(); i++) {
        row.add(SparkTables.fromSpark(r.get(r.fieldIndex(table.columns().get(i).name()))));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> sorted(List<List<Object>> rows) {
    return rows.stream().map(Object::toString).sorted().toList();
  }

  private static Map<String, Long> column(DataTable table, String key, String value) {
    Map<String, Long> values = new HashMap<>();
    for (int i = 0; i < table.size(); i++) {
      values.put((String) table.value(i, key).orElseThrow(), (Long) table.value(i, value).orElse(null));
    }
    return values;
  }
}
