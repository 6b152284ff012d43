package dev.entente.spark;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.entente.model.PartialDate;
import dev.entente.table.DataTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Puts together the rows of one relation (a pair of states and a domain) that several components
 * report, as {@link dev.entente.table.CorpusTables} computes the row from all the facts: the facts
 * add up, their ids come in corpus order (by first document id, then position), the first date is
 * the earliest of the rows' and the last the latest, each with its year.
 *
 * <p>Knows the columns of the relations table by name and checks, when built, that they are the
 * ones it puts together: a new column fails the job at its start rather than being dropped.
 */
final class RelationRows implements MapGroupsFunction<String, Row, Row> {

  private static final long serialVersionUID = 1L;

  private static final ImmutableList<String> COLUMNS =
      ImmutableList.of("state_a", "state_b", "domain", "facts", "fact_ids", "first_date", "last_date",
          "first_year", "last_year");

  /** A fact of the relation, and where it comes in the corpus. */
  private record Placed(String document, long position, String id) {
    static final Comparator<Placed> ORDER =
        Comparator.comparing(Placed::document).thenComparingLong(Placed::position);
  }

  /**
   * Returns the function for the relations table {@code relations}.
   *
   * @throws IllegalStateException if the table's columns are not those this class puts together
   */
  static RelationRows of(DataTable relations) {
    checkState(relations.columnNames().equals(COLUMNS),
        "the relations table has the columns %s; RelationRows puts together %s: teach it the new ones",
        relations.columnNames(), COLUMNS);
    return new RelationRows();
  }

  private RelationRows() {}

  /** Takes the rows of one relation, each with its {@value ComponentTables#FACT_ORDER} last. */
  @Override
  public Row call(String relation, Iterator<Row> rows) {
    Row first = null;
    Row last = null;
    Row any = null;
    long facts = 0;
    List<Placed> placed = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      any = row;
      facts += row.getLong(3);
      List<String> ids = row.getList(4);
      List<Row> places = row.getList(9);
      for (int i = 0; i < ids.size(); i++) {
        placed.add(new Placed(places.get(i).getString(0), places.get(i).getLong(1), ids.get(i)));
      }
      if (!row.isNullAt(5) && (first == null || date(row, 5).compareTo(date(first, 5)) < 0)) {
        first = row;
      }
      if (!row.isNullAt(6) && (last == null || date(row, 6).compareTo(date(last, 6)) > 0)) {
        last = row;
      }
    }
    checkState(any != null, "relation %s has no row", relation);
    placed.sort(Placed.ORDER);
    return RowFactory.create(
        any.getString(0), any.getString(1), any.getString(2), facts,
        placed.stream().map(Placed::id).toArray(String[]::new),
        first == null ? null : first.getString(5), last == null ? null : last.getString(6),
        first == null ? null : first.get(7), last == null ? null : last.get(8));
  }

  private static PartialDate date(Row row, int column) {
    return PartialDate.parse(row.getString(column));
  }
}
