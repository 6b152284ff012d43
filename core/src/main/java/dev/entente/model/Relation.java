package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A link between two states in one domain, and the facts it derives from.
 *
 * <p>Relations are never read directly: {@link #derive} builds them from facts. Each fact links
 * each of its {@linkplain Fact#pairs() pairs} in the {@linkplain Fact#domainsOf domains of that
 * pair}: the parties of an agreement, the participants of an exercise, the two ends of a transfer,
 * in all of its domains; a statement's speaker and each state it addresses, in the domains it
 * speaks of that state in.
 *
 * @param pair the two states
 * @param domain the domain
 * @param facts the facts it derives from, in the order they were given; at least one
 */
public record Relation(CountryPair pair, Domain domain, ImmutableList<Fact> facts) {

  /** Orders relations by pair, then by domain. */
  public static final Comparator<Relation> ORDER =
      Comparator.comparing(Relation::pair).thenComparing(Relation::domain);

  /**
   * Checks every component and that each fact does link the pair in the domain.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there is no fact, or a fact does not link the pair in the
   *     domain
   */
  public Relation {
    checkNotNull(pair, "pair");
    checkNotNull(domain, "domain");
    checkNotNull(facts, "facts");
    checkArgument(!facts.isEmpty(), "a relation %s %s needs at least one fact", pair, domain);
    for (Fact fact : facts) {
      // Not checkArgument: its arguments are evaluated even when the check passes, and id()
      // hashes the fact's content, which made deriving a million relations take seconds.
      if (!fact.domainsOf(pair).contains(domain)) {
        throw new IllegalArgumentException(
            String.format("fact %s does not link %s in %s", fact.id(), pair, domain));
      }
    }
  }

  /**
   * Returns the relations the facts derive, ordered by pair then domain, each listing its facts
   * in the order given.
   */
  public static ImmutableList<Relation> derive(Iterable<? extends Fact> facts) {
    checkNotNull(facts, "facts");
    Map<CountryPair, Map<Domain, List<Fact>>> grouped = new LinkedHashMap<>();
    for (Fact fact : facts) {
      for (CountryPair pair : fact.pairs()) {
        Map<Domain, List<Fact>> byDomain = grouped.computeIfAbsent(pair, p -> new LinkedHashMap<>());
        for (Domain domain : fact.domainsOf(pair)) {
          byDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(fact);
        }
      }
    }
    List<Relation> relations = new ArrayList<>();
    grouped.forEach(
        (pair, byDomain) ->
            byDomain.forEach(
                (domain, list) -> relations.add(new Relation(pair, domain, ImmutableList.copyOf(list)))));
    relations.sort(ORDER);
    return ImmutableList.copyOf(relations);
  }

  /** Returns whether {@code country} is one of the two states. */
  public boolean involves(Country country) {
    return pair.contains(country);
  }

  /** Returns the earliest date among the facts, where any has one. */
  public Optional<PartialDate> firstDate() {
    return facts.stream().flatMap(f -> f.date().stream()).min(Comparator.naturalOrder());
  }

  /** Returns the years of the dated facts, in order. */
  public ImmutableSortedSet<Integer> years() {
    return facts.stream()
        .flatMap(f -> f.date().stream())
        .map(PartialDate::year)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Returns the number of mentions behind the relation: the pieces of evidence of its facts. A
   * relation counts each real event once in {@link #facts()}, however many articles report it;
   * this counts the reports.
   */
  public int mentionCount() {
    int mentions = 0;
    for (Fact fact : facts) {
      mentions += fact.evidence().size();
    }
    return mentions;
  }

  /** Returns every piece of evidence of every fact. */
  public ImmutableList<Evidence> evidence() {
    return facts.stream().flatMap(f -> f.evidence().stream()).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Relation[" + pair + " " + domain + ", " + facts.size() + (facts.size() == 1 ? " fact]" : " facts]");
  }
}
