package dev.entente.model;

import com.google.common.collect.ImmutableSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small helpers shared by the fact records; package-private. */
final class Facts {

  private Facts() {}

  /** Returns every unordered pair of distinct states among {@code states}. */
  static ImmutableSet<CountryPair> pairsOf(ImmutableSet<Country> states) {
    if (states.size() == 2) { // most agreements and exercises: no builder, no list
      Iterator<Country> two = states.iterator();
      return ImmutableSet.of(CountryPair.of(two.next(), two.next()));
    }
    ImmutableSet.Builder<CountryPair> pairs = ImmutableSet.builder();
    List<Country> list = states.asList();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        pairs.add(CountryPair.of(list.get(i), list.get(j)));
      }
    }
    return pairs.build();
  }

  /**
   * Returns whether {@code fact.pairs()} contains {@code pair}, without building that set: the
   * check {@link Relation} makes of each of its facts, a million times when a corpus is built.
   */
  static boolean links(Fact fact, CountryPair pair) {
    if (fact instanceof Agreement agreement) {
      return agreement.parties().contains(pair.first())
          && agreement.parties().contains(pair.second());
    }
    if (fact instanceof JointExercise exercise) {
      return exercise.participants().contains(pair.first())
          && exercise.participants().contains(pair.second());
    }
    if (fact instanceof ArmsTransfer transfer) {
      return pair.equals(CountryPair.of(transfer.supplier(), transfer.recipient()));
    }
    Statement statement = (Statement) fact;
    Optional<Country> own = statement.speaker().country();
    return own.isPresent()
        && (own.get() == pair.first() && statement.about().contains(pair.second())
            || own.get() == pair.second() && statement.about().contains(pair.first()));
  }

  /** Returns the alpha-3 codes of {@code states}, joined by commas. */
  static String codes(Iterable<Country> states) {
    return codes(states, ImmutableSet.of());
  }

  /**
   * Returns the alpha-3 codes of {@code states}, then the {@linkplain Organization#label() labels}
   * of {@code organizations}, joined by commas: {@code {IND,UE}}.
   */
  static String codes(Iterable<Country> states, ImmutableSet<Organization> organizations) {
    return Stream.concat(
            java.util.stream.StreamSupport.stream(states.spliterator(), false)
                .map(Country::alpha3),
            organizations.stream().map(Organization::label))
        .collect(Collectors.joining(",", "{", "}"));
  }

  /**
   * Returns the parties as a message shows them: the states as their constants, then the
   * organizations' labels, such as {@code [INDIA, UE]}. With no organization this is the set of
   * states itself, which prints so only if the message is built: a message's arguments are
   * evaluated even when the check passes.
   */
  static Object parties(ImmutableSet<Country> states, ImmutableSet<Organization> organizations) {
    if (organizations.isEmpty()) {
      return states;
    }
    return Stream.concat(
            states.stream().map(Country::toString), organizations.stream().map(Organization::label))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** Returns {@code organizations} in {@link Organization#ORDER}, as an immutable set. */
  static ImmutableSet<Organization> ordered(ImmutableSet<Organization> organizations) {
    return organizations.size() < 2
        ? ImmutableSet.copyOf(organizations)
        : ImmutableSet.copyOf(organizations.stream().sorted(Organization.ORDER).iterator());
  }
}
