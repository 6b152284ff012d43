package dev.entente.model;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers shared by the fact records; package-private. */
final class Facts {

  private Facts() {}

  /** Returns every unordered pair of distinct states among {@code states}. */
  static ImmutableSet<CountryPair> pairsOf(ImmutableSet<Country> states) {
    ImmutableSet.Builder<CountryPair> pairs = ImmutableSet.builder();
    List<Country> list = states.asList();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        pairs.add(CountryPair.of(list.get(i), list.get(j)));
      }
    }
    return pairs.build();
  }

  /** Returns the alpha-3 codes of {@code states}, joined by commas. */
  static String codes(Iterable<Country> states) {
    return java.util.stream.StreamSupport.stream(states.spliterator(), false)
        .map(Country::alpha3)
        .collect(Collectors.joining(",", "{", "}"));
  }
}
