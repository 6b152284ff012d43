package dev.entente.identity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.Organization;
import dev.entente.text.FrenchText;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties of an agreement or the participants of an exercise as identity compares them:
 * states by code, organizations by folded name, so the same body read with and without its
 * acronym is one party.
 */
final class Parties {

  private Parties() {}

  /** Returns the keys of the states and organizations, states first. */
  static ImmutableSet<String> keys(ImmutableSet<Country> states, ImmutableSet<Organization> bodies) {
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    states.forEach(c -> keys.add(c.alpha3()));
    bodies.forEach(o -> keys.add("org:" + FrenchText.fold(o.name()).strip()));
    return keys.build();
  }

  /** Returns whether one set holds the other: one article may name fewer parties. */
  static boolean nested(ImmutableSet<String> a, ImmutableSet<String> b) {
    return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
  }

  /**
   * Returns a key per unordered pair of parties: two nested sets of at least two parties always
   * share one, which is what the blocking of both kinds relies on.
   */
  static ImmutableList<String> pairs(ImmutableSet<String> keys) {
    List<String> sorted = keys.stream().sorted().toList();
    ImmutableList.Builder<String> pairs = ImmutableList.builder();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        pairs.add(sorted.get(i) + "+" + sorted.get(j));
      }
    }
    return pairs.build();
  }

  /**
   * Returns the organizations of every mention, each body once by folded name: where mentions
   * give it differently, the fullest form (with an acronym, then with more aliases) is kept.
   */
  static ImmutableSet<Organization> union(Iterable<ImmutableSet<Organization>> sets) {
    Comparator<Organization> fuller =
        Comparator.comparing((Organization o) -> o.acronym().isPresent())
            .thenComparingInt(o -> o.aliases().size())
            .thenComparing(o -> o.country().isPresent())
            .thenComparing(Organization.ORDER.reversed());
    Map<String, Organization> byName = new LinkedHashMap<>();
    for (ImmutableSet<Organization> set : sets) {
      for (Organization o : set) {
        byName.merge(
            FrenchText.fold(o.name()).strip(), o, (x, y) -> fuller.compare(x, y) >= 0 ? x : y);
      }
    }
    return ImmutableSet.copyOf(byName.values());
  }
}
