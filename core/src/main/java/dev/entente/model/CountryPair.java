package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Two distinct states, unordered: {@code of(RUSSIA, CHINA)} equals {@code of(CHINA, RUSSIA)}.
 *
 * <p>The components are kept in alpha-3 order, so {@code first()} of {@code of(RUSSIA, CHINA)} is
 * {@code CHINA}.
 *
 * @param first the state whose alpha-3 code comes first
 * @param second the other state
 */
public record CountryPair(Country first, Country second) implements Comparable<CountryPair> {

  /**
   * Checks and orders the pair.
   *
   * @throws NullPointerException if a state is null
   * @throws IllegalArgumentException if both are the same state
   */
  public CountryPair {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkArgument(first != second, "a pair needs two distinct countries, got %s twice", first);
    if (first.compareTo(second) > 0) { // canonical order, so record equality is pair equality
      Country swap = first;
      first = second;
      second = swap;
    }
  }

  /** Returns the unordered pair of {@code a} and {@code b}. */
  public static CountryPair of(Country a, Country b) {
    return new CountryPair(a, b);
  }

  /** Returns whether {@code country} is one of the two. */
  public boolean contains(Country country) {
    return first == country || second == country;
  }

  /**
   * Returns the state of the pair that is not {@code country}.
   *
   * @throws IllegalArgumentException if {@code country} is not in the pair
   */
  public Country other(Country country) {
    checkArgument(contains(country), "%s is not in the pair %s", country, this);
    return first == country ? second : first;
  }

  @Override
  public int compareTo(CountryPair other) {
    int byFirst = first.compareTo(other.first);
    return byFirst != 0 ? byFirst : second.compareTo(other.second);
  }

  @Override
  public String toString() {
    return first.alpha3() + "-" + second.alpha3();
  }
}
