package dev.entente.spark;

import com.google.common.collect.ImmutableList;
import dev.entente.query.Corpus;
import dev.entente.table.Column;
import dev.entente.table.CorpusTables;
import dev.entente.table.DataTable;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The typed tables of {@link CorpusTables} as Spark sees them: a struct type per table, from its
 * columns (their names, types, nullability, and descriptions as comments), and the values of its
 * cells. {@code TEXT} is a string, {@code INTEGER} a long, {@code DOUBLE} a double, {@code
 * TEXT_LIST} an array of strings, as in the command line's Parquet export.
 */
final class SparkTables {

  private SparkTables() {}

  /** Returns the tables' definitions (columns, no rows), in the order of {@link CorpusTables#all}. */
  static ImmutableList<DataTable> definitions() {
    return CorpusTables.of(Corpus.empty()).all();
  }

  /** Returns the type of a row of {@code table} as the job writes it: its year partition added. */
  static StructType written(DataTable table) {
    StructType type = of(table);
    YearPartition partition = YearPartition.of(table.name());
    return partition.isAdded() ? type.add(partition.column(), DataTypes.LongType, true) : type;
  }

  /** Returns the type of a row of {@code table}: one field per column, in order. */
  static StructType of(DataTable table) {
    StructType type = new StructType();
    for (Column column : table.columns()) {
      type = type.add(new StructField(column.name(), type(column), column.nullable(), comment(column)));
    }
    return type;
  }

  private static DataType type(Column column) {
    return switch (column.type()) {
      case TEXT -> DataTypes.StringType;
      case INTEGER -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case TEXT_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
    };
  }

  private static Metadata comment(Column column) {
    return new MetadataBuilder().putString("comment", column.description()).build();
  }

  /** Returns a cell of a {@link DataTable} as a Spark row holds it (a list as an array). */
  static Object toSpark(Object value) {
    return value instanceof List<?> list ? list.toArray(String[]::new) : value;
  }

  /** Returns a value of a Spark row as a {@link DataTable} cell holds it (an array as a list). */
  static Object fromSpark(Object value) {
    if (value instanceof scala.collection.Seq<?> seq) {
      return ImmutableList.copyOf(scala.jdk.javaapi.CollectionConverters.asJava(seq).stream()
          .map(String.class::cast).iterator());
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String.class::cast).collect(ImmutableList.toImmutableList());
    }
    return value;
  }
}
