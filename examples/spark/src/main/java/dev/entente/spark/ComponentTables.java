package dev.entente.spark;

import com.google.common.collect.ImmutableList;
import dev.entente.json.CorpusJson;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import dev.entente.query.Corpus;
import dev.entente.table.CorpusTables;
import dev.entente.table.DataTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Resolves one component of documents on one executor, exactly as a {@link Corpus} of all the
 * documents would resolve its facts (no fact of another component shares a key with these), and
 * lays it out as {@link CorpusTables}: one row of {@link #schema()} per component, holding the
 * component's rows of every table, with their year partition, and the blocking keys of its
 * records, by which the job checks that no record of it could merge with another component's.
 *
 * <p>The documents are taken in id order, so the facts come in the order a corpus of every
 * document in id order gives them; each relation row lists, beside its fact ids, where each fact
 * comes in that order (the id of its first document, its position here), which {@link
 * RelationRows} needs to put together a relation reported in several components.
 */
final class ComponentTables implements MapGroupsFunction<String, Row, Row> {

  private static final long serialVersionUID = 1L;

  /** The name of the field of a relation row that places each of its facts. */
  static final String FACT_ORDER = "fact_order";

  /** Where a fact comes: its first document's id, then its position among that component's. */
  static final StructType PLACE =
      new StructType().add("document", DataTypes.StringType, false).add("position", DataTypes.LongType, false);

  /**
   * Returns the type of the rows: the component's name, the keys of its records, and a list of
   * rows for each table, by the table's name.
   */
  static StructType schema() {
    StructType type =
        new StructType()
            .add("component", DataTypes.StringType, false)
            .add("record_keys", DataTypes.createArrayType(DataTypes.StringType, false), false);
    for (DataTable table : SparkTables.definitions()) {
      StructType row = SparkTables.written(table);
      if (table.name().equals("relations")) {
        row = row.add(FACT_ORDER, DataTypes.createArrayType(PLACE, false), false);
      }
      type = type.add(table.name(), DataTypes.createArrayType(row, false), false);
    }
    return type;
  }

  /** Takes rows of {@code (component, document_id, reading)}. */
  @Override
  public Row call(String component, Iterator<Row> documents) {
    List<Reading> readings = new ArrayList<>();
    documents.forEachRemaining(row -> readings.add(CorpusJson.read(row.getString(2))));
    readings.sort(Comparator.comparing(Reading::id));
    Corpus corpus = Corpus.of(readings);
    CorpusTables tables = CorpusTables.of(corpus);

    Map<String, Long> documentYears = new HashMap<>();
    for (Reading reading : readings) {
      documentYears.put(reading.id(), year(reading.document().published()));
    }
    Map<String, Long> factYears = new HashMap<>();
    Map<String, Row> places = new HashMap<>();
    ImmutableList<Fact> facts = corpus.facts();
    for (int i = 0; i < facts.size(); i++) {
      Fact fact = facts.get(i);
      String id = fact.id();
      factYears.put(id, year(fact.date()));
      String first = fact.evidence().stream().map(Evidence::documentId).min(Comparator.naturalOrder()).orElseThrow();
      places.put(id, RowFactory.create(first, (long) i));
    }

    List<Object> out = new ArrayList<>();
    out.add(component);
    out.add(BlockingKeys.ofRecords(corpus).toArray(String[]::new));
    for (DataTable table : tables.all()) {
      out.add(rows(table, documentYears, factYears, places));
    }
    return RowFactory.create(out.toArray());
  }

  private static Row[] rows(
      DataTable table, Map<String, Long> documentYears, Map<String, Long> factYears, Map<String, Row> places) {
    YearPartition partition = YearPartition.of(table.name());
    boolean relations = table.name().equals("relations");
    int documentId = partition.origin() == YearPartition.Origin.DOCUMENT_YEAR ? table.indexOf(partition.key()) : -1;
    int factId = partition.origin() == YearPartition.Origin.FACT_YEAR ? table.indexOf(partition.key()) : -1;
    int factIds = relations ? table.indexOf("fact_ids") : -1;
    List<Row> rows = new ArrayList<>(table.size());
    table.forEachRow(
        cells -> {
          List<Object> values = new ArrayList<>(cells.length + 1);
          for (Object cell : cells) {
            values.add(SparkTables.toSpark(cell));
          }
          if (documentId >= 0) {
            values.add(documentYears.get((String) cells[documentId]));
          } else if (factId >= 0) {
            values.add(factYears.get((String) cells[factId]));
          }
          if (relations) {
            List<?> ids = (List<?>) cells[factIds];
            values.add(ids.stream().map(places::get).toArray(Row[]::new));
          }
          rows.add(RowFactory.create(values.toArray()));
        });
    return rows.toArray(Row[]::new);
  }

  /** Returns the year of {@code date}, if any, as a table cell holds it. */
  private static Long year(Optional<PartialDate> date) {
    return date.map(d -> (long) d.year()).orElse(null);
  }
}
