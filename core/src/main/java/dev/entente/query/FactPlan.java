package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.ImmutableIntArray;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How a fact query runs: the conditions its criteria impose and, among the index lists that hold
 * every fact meeting them, the shortest to read. Built and used within one terminal call.
 *
 * @param <F> the kind of fact
 */
final class FactPlan<F extends Fact> {

  private final FactTable<F> table;
  private final List<ImmutableIntArray> candidates = new ArrayList<>();
  private Predicate<F> test;

  /**
   * Starts the plan of {@code criteria} over {@code table} with the dimensions every kind shares:
   * {@code between}, {@code involving}, {@code inDomain}, the dates and {@code inDocument}.
   */
  FactPlan(FactTable<F> table, Criteria criteria) {
    this.table = table;
    Predicate<Fact> shared = criteria.sharedFactTest();
    this.test = shared::test;
    criteria
        .<CountryPair>get(Dimension.BETWEEN)
        .ifPresent(
            pair -> {
              require(f -> f.pairs().contains(pair), table.involvingRarest(pairAsList(pair)));
            });
    criteria
        .<ImmutableSet<Country>>get(Dimension.INVOLVING)
        .ifPresent(
            anyOf ->
                require(f -> Criteria.intersects(f.states(), anyOf), table.involvingAny(anyOf)));
    criteria
        .<ImmutableSet<String>>get(Dimension.IN_DOCUMENT)
        .ifPresent(ids -> candidates.add(table.reportedInAny(ids)));
  }

  private static List<Country> pairAsList(CountryPair pair) {
    return List.of(pair.first(), pair.second());
  }

  /** Adds a condition every result meets. */
  void require(Predicate<? super F> condition) {
    test = test.and(condition);
  }

  /** Adds a condition every result meets, and the index list that holds every fact meeting it. */
  void require(Predicate<? super F> condition, ImmutableIntArray holdingEveryMatch) {
    require(condition);
    candidates.add(holdingEveryMatch);
  }

  /** Returns the run: the shortest candidate list (or every fact), filtered by every condition. */
  Scan<F> scan() {
    return new Scan<>(table.all(), FactTable.shortest(candidates), test, f -> f);
  }
}
