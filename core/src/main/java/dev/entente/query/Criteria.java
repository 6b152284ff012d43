package dev.entente.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.text.FrenchText;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The values a query has been narrowed by, one per {@link Dimension}, in the order they were set.
 *
 * <p>Equality ignores that order: filters commute, so {@code between(a, b).inDomain(d)} and {@code
 * inDomain(d).between(a, b)} select the same things. The order is kept only so that {@link #chain}
 * prints the calls as they were made.
 */
final class Criteria {

  static final Criteria NONE = new Criteria(ImmutableMap.of());

  private final ImmutableMap<Dimension, Object> values;

  private Criteria(ImmutableMap<Dimension, Object> values) {
    this.values = values;
  }

  /**
   * Returns these criteria with {@code dimension} set to {@code value}.
   *
   * @throws IllegalStateException if {@code dimension} is already set
   */
  Criteria with(Dimension dimension, Object value) {
    Object old = values.get(dimension);
    checkState(old == null, "%s is already set to %s", dimension, describe(old));
    return new Criteria(
        ImmutableMap.<Dimension, Object>builderWithExpectedSize(values.size() + 1)
            .putAll(values)
            .put(dimension, value)
            .buildOrThrow());
  }

  /** Returns the value of {@code dimension}, which the caller knows the type of, if set. */
  @SuppressWarnings("unchecked") // a query type sets each dimension through one typed method
  <T> Optional<T> get(Dimension dimension) {
    return Optional.ofNullable((T) values.get(dimension));
  }

  /** Returns whether any of {@code dimensions} is set. */
  boolean hasAny(Dimension... dimensions) {
    for (Dimension dimension : dimensions) {
      if (values.containsKey(dimension)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the test of the date dimensions ({@code during}, {@code since}, {@code until}), which
   * rejects undated facts, or empty if none is set.
   */
  Optional<Predicate<Fact>> dateTest() {
    Predicate<Fact> test = null;
    Optional<PartialDate> during = get(Dimension.DURING);
    if (during.isPresent()) {
      PartialDate period = during.get();
      test = and(test, f -> f.date().map(period::overlaps).orElse(false));
    }
    Optional<PartialDate> since = get(Dimension.SINCE);
    if (since.isPresent()) {
      LocalDate first = since.get().firstDay();
      test = and(test, f -> f.date().map(d -> !d.lastDay().isBefore(first)).orElse(false));
    }
    Optional<PartialDate> until = get(Dimension.UNTIL);
    if (until.isPresent()) {
      LocalDate last = until.get().lastDay();
      test = and(test, f -> f.date().map(d -> !d.firstDay().isAfter(last)).orElse(false));
    }
    return Optional.ofNullable(test);
  }

  private static Predicate<Fact> and(Predicate<Fact> a, Predicate<Fact> b) {
    return a == null ? b : a.and(b);
  }

  /**
   * Returns the test of {@code involvingOrganization}: whether one of a fact's organizations is
   * called by the name set, or empty if it is not set.
   */
  Optional<Predicate<Fact>> organizationTest() {
    return this.<String>get(Dimension.INVOLVING_ORGANIZATION)
        .map(Criteria::folded)
        .map(name -> f -> involvesOrganization(f, name));
  }

  /**
   * Returns the test of the dimensions that narrow the facts of a relation rather than select
   * relations: {@code during}, {@code since}, {@code until}, {@code inDocument} and {@code
   * involvingOrganization}.
   */
  Predicate<Fact> factTest() {
    Predicate<Fact> test = dateTest().orElse(f -> true);
    Optional<ImmutableSet<String>> documents = get(Dimension.IN_DOCUMENT);
    if (documents.isPresent()) {
      ImmutableSet<String> ids = documents.get();
      test = test.and(f -> reportedIn(f, ids));
    }
    Optional<Predicate<Fact>> organization = organizationTest();
    if (organization.isPresent()) {
      test = test.and(organization.get());
    }
    return test;
  }

  /** Returns whether {@link #factTest()} would accept every fact. */
  boolean keepsEveryFactOfARelation() {
    return !hasAny(
        Dimension.DURING,
        Dimension.SINCE,
        Dimension.UNTIL,
        Dimension.IN_DOCUMENT,
        Dimension.INVOLVING_ORGANIZATION);
  }

  /** Returns {@code text} as name filters compare it: folded, then stripped. */
  static String folded(String text) {
    return FrenchText.fold(text).strip();
  }

  /**
   * Returns whether one of {@code fact}'s organizations has the {@linkplain #folded folded} name,
   * acronym or alias {@code name}.
   */
  static boolean involvesOrganization(Fact fact, String name) {
    for (Organization organization : fact.organizations()) {
      if (folded(organization.name()).equals(name)
          || organization.acronym().map(a -> folded(a).equals(name)).orElse(false)) {
        return true;
      }
      for (String alias : organization.aliases()) {
        if (folded(alias).equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns whether the two sets share an element. */
  static <T> boolean intersects(ImmutableSet<T> a, ImmutableSet<T> b) {
    ImmutableSet<T> small = a.size() <= b.size() ? a : b;
    ImmutableSet<T> large = small == a ? b : a;
    for (T t : small) {
      if (large.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether any of {@code documentIds} reports {@code fact}. */
  static boolean reportedIn(Fact fact, ImmutableSet<String> documentIds) {
    for (Evidence evidence : fact.evidence()) {
      if (documentIds.contains(evidence.documentId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the arguments of a varargs narrowing call as a set, in the order given.
   *
   * @throws NullPointerException if the array or one of its elements is null
   * @throws IllegalArgumentException if the array is empty
   */
  @SafeVarargs
  static <T> ImmutableSet<T> anyOf(Dimension dimension, T... values) {
    checkNotNull(values, "%s needs values, got null", dimension);
    checkArgument(values.length > 0, "%s needs at least one value", dimension);
    for (T value : values) {
      checkNotNull(value, "%s does not take null values", dimension);
    }
    return ImmutableSet.copyOf(values);
  }

  /** Returns the query chain, such as {@code relations().between(CHN, RUS).inDomain(MILITARY)}. */
  String chain(String root) {
    StringBuilder chain = new StringBuilder(root);
    values.forEach(
        (dimension, value) ->
            chain.append('.').append(dimension).append('(').append(argument(value)).append(')'));
    return chain.toString();
  }

  /** Returns the value as a message shows it: a pair as {@code CHN-RUS}, a state as alpha-3. */
  private static String describe(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Country country) {
      return country.alpha3();
    }
    if (value instanceof String text) {
      return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(Criteria::describe).collect(Collectors.joining(", "));
    }
    return value.toString(); // CountryPair prints CHN-RUS; enums their name; dates ISO text
  }

  /** Returns the value as the arguments of the call that set it: a pair as {@code CHN, RUS}. */
  private static String argument(Object value) {
    if (value instanceof CountryPair pair) {
      return pair.first().alpha3() + ", " + pair.second().alpha3();
    }
    return describe(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Criteria that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return chain("");
  }
}
