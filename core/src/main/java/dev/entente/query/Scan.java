package dev.entente.query;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The run of a query: the items of a list, at some positions or at all, that pass a test, each then
 * narrowed (a relation to its facts within the query's dates, say), in list order.
 *
 * <p>{@link #count()} and {@link #exists()} never narrow: the test must already reject every item
 * that narrowing would leave empty.
 *
 * @param <T> the type of item
 */
final class Scan<T> {

  private final ImmutableList<T> items;
  private final ImmutableIntArray positions; // null: every position
  private final Predicate<? super T> test; // null: every item read passes
  private final UnaryOperator<T> narrowing;

  /**
   * Returns the run over the {@code items} at {@code positions} (all if empty) that pass {@code
   * test} (all if null), each narrowed by {@code narrowing}.
   */
  Scan(
      ImmutableList<T> items,
      Optional<ImmutableIntArray> positions,
      Predicate<? super T> test,
      UnaryOperator<T> narrowing) {
    this.items = items;
    this.positions = positions.orElse(null);
    this.test = test;
    this.narrowing = narrowing;
  }

  private int size() {
    return positions == null ? items.size() : positions.length();
  }

  private T at(int i) {
    return items.get(positions == null ? i : positions.get(i));
  }

  private boolean passes(T item) {
    return test == null || test.test(item);
  }

  ImmutableList<T> list() {
    ImmutableList.Builder<T> result = ImmutableList.builder();
    for (int i = 0, n = size(); i < n; i++) {
      T item = at(i);
      if (passes(item)) {
        result.add(narrowing.apply(item));
      }
    }
    return result.build();
  }

  Stream<T> stream() {
    IntStream indexes = positions == null ? IntStream.range(0, items.size()) : positions.stream();
    return indexes.mapToObj(items::get).filter(this::passes).map(narrowing);
  }

  long count() {
    if (test == null) {
      return size();
    }
    long count = 0;
    for (int i = 0, n = size(); i < n; i++) {
      if (passes(at(i))) {
        count++;
      }
    }
    return count;
  }

  Optional<T> first() {
    for (int i = 0, n = size(); i < n; i++) {
      T item = at(i);
      if (passes(item)) {
        return Optional.of(narrowing.apply(item));
      }
    }
    return Optional.empty();
  }

  boolean exists() {
    if (test == null) {
      return size() > 0;
    }
    for (int i = 0, n = size(); i < n; i++) {
      if (passes(at(i))) {
        return true;
      }
    }
    return false;
  }
}
