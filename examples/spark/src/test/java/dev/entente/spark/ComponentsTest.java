package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

final class ComponentsTest {

  private static final StructType DOCUMENTS = new StructType().add("document_id", DataTypes.StringType);
  private static final StructType EDGES =
      new StructType().add("document_id", DataTypes.StringType).add("key", DataTypes.StringType);

  @Test
  void chainIsolatedAndHub_eachComponentNamedByItsLeastDocument() {
    List<Row> documents = new ArrayList<>();
    List<Row> edges = new ArrayList<>();
    Map<String, String> expected = new TreeMap<>();
    for (int i = 0; i < 40; i++) { // a chain, linked backwards: d39 - d38 - ... - d00
      String id = String.format("d%02d", 39 - i);
      documents.add(RowFactory.create(id));
      edges.add(RowFactory.create(id, "chain-" + i));
      edges.add(RowFactory.create(id, "chain-" + (i + 1)));
      expected.put(id, "d00");
    }
    documents.add(RowFactory.create("lonely"));
    expected.put("lonely", "lonely");
    for (String id : List.of("x3", "x1", "x2")) { // a hub: one key for three
      documents.add(RowFactory.create(id));
      edges.add(RowFactory.create(id, "hub"));
      expected.put(id, "x1");
    }

    Dataset<Row> components =
        Components.of(LocalSpark.get().createDataFrame(documents, DOCUMENTS), LocalSpark.get().createDataFrame(edges, EDGES));

    Map<String, String> actual = new TreeMap<>();
    components.collectAsList().forEach(r -> actual.put(r.getString(0), r.getString(1)));
    assertEquals(expected, actual);
  }
}
