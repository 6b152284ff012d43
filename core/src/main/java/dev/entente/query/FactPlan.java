package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.ImmutableIntArray;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * How a fact query runs: the conditions its criteria impose, some with the index list of the facts
 * that may meet them. The run reads the shortest such list (every fact if there is none) and tests
 * each fact it reads against the conditions, but for the one whose list it reads when that list
 * holds exactly the facts that meet it. Built and used within one terminal call.
 *
 * @param <F> the kind of fact
 */
final class FactPlan<F extends Fact> {

  /** A condition, and the positions of the facts that may meet it, if an index gives them. */
  private record Condition<F>(Predicate<? super F> test, ImmutableIntArray index, boolean exact) {}

  private final FactTable<F> table;
  private final Criteria criteria;
  private final List<Condition<F>> conditions = new ArrayList<>();

  /**
   * Starts the plan of {@code criteria} over {@code table} with the dimensions every kind shares:
   * {@code between}, {@code involving}, {@code inDomain}, the dates, {@code inDocument} and {@code
   * involvingOrganization}.
   */
  FactPlan(FactTable<F> table, Criteria criteria) {
    this.table = table;
    this.criteria = criteria;
    Optional<CountryPair> between = criteria.get(Dimension.BETWEEN);
    if (between.isPresent()) {
      CountryPair pair = between.get();
      // The facts that involve both hold those that link them (a statement links its speaker's
      // state only to the states it is about).
      require(
          f -> f.pairs().contains(pair), table.involvingAll(List.of(pair.first(), pair.second())));
    }
    Optional<ImmutableSet<Country>> involving = criteria.get(Dimension.INVOLVING);
    if (involving.isPresent()) {
      ImmutableSet<Country> anyOf = involving.get();
      requireExactly(f -> Criteria.intersects(f.states(), anyOf), table.involvingAny(anyOf));
    }
    Optional<ImmutableSet<Domain>> inDomain = criteria.get(Dimension.IN_DOMAIN);
    if (inDomain.isPresent()) {
      ImmutableSet<Domain> anyOf = inDomain.get();
      require(f -> Criteria.intersects(f.domains(), anyOf));
    }
    criteria.dateTest().ifPresent(this::require);
    Optional<ImmutableSet<String>> inDocument = criteria.get(Dimension.IN_DOCUMENT);
    if (inDocument.isPresent()) {
      ImmutableSet<String> ids = inDocument.get();
      requireExactly(f -> Criteria.reportedIn(f, ids), table.reportedInAny(ids));
    }
    criteria.organizationTest().ifPresent(this::require);
  }

  /**
   * Adds, if the text dimension {@code dimension} is set, the condition that a fact's {@code field}
   * contains its text once both are {@code normalized}; facts without the field fail it.
   */
  void requireContains(
      Dimension dimension,
      UnaryOperator<String> normalized,
      Function<? super F, Optional<String>> field) {
    Optional<String> text = criteria.<String>get(dimension).map(normalized);
    if (text.isPresent()) {
      String wanted = text.get();
      require(f -> field.apply(f).map(v -> normalized.apply(v).contains(wanted)).orElse(false));
    }
  }

  /** Adds a condition every result meets. */
  void require(Predicate<? super F> test) {
    conditions.add(new Condition<>(test, null, false));
  }

  /** Adds a condition every result meets, and the positions of every fact that may meet it. */
  void require(Predicate<? super F> test, ImmutableIntArray mayMeet) {
    conditions.add(new Condition<>(test, mayMeet, false));
  }

  /** Adds a condition every result meets, and the positions of exactly the facts that meet it. */
  void requireExactly(Predicate<? super F> test, ImmutableIntArray meet) {
    conditions.add(new Condition<>(test, meet, true));
  }

  /** Returns the run: the shortest index list (or every fact), tested as the plan says. */
  Scan<F> scan() {
    Condition<F> read = null;
    for (Condition<F> condition : conditions) {
      if (condition.index() != null
          && (read == null
              || condition.index().length() < read.index().length()
              || condition.index().length() == read.index().length() && condition.exact())) {
        read = condition;
      }
    }
    Predicate<F> test = null; // null: every fact read is a result
    for (Condition<F> condition : conditions) {
      if (condition != read || !condition.exact()) {
        Predicate<? super F> next = condition.test();
        test = test == null ? next::test : test.and(next);
      }
    }
    return new Scan<>(table.all(), Optional.ofNullable(read).map(Condition::index), test, f -> f);
  }
}
