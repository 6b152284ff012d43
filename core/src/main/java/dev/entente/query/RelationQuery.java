package dev.entente.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import com.google.common.primitives.ImmutableIntArray;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.Fact;
import dev.entente.model.Relation;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A query of a corpus's relations: narrow it, then run it. The shared dimensions and the terminals
 * come from {@link CorpusQuery}, where a relation is not a fact but is derived from facts.
 *
 * <p>{@link #between}, {@link #involving} and {@link #inDomain} select relations. The dates,
 * {@link #inDocument} and {@link #involvingOrganization} narrow each relation to its facts that
 * meet them and drop the relations left with none: the relation of a pair "during 2017" is the
 * relation made of that pair's facts dated in 2017. Results come in {@link Relation#ORDER}.
 *
 * <pre>{@code
 * long n = corpus.relations()
 *     .between(RUSSIA, CHINA).inDomain(MILITARY).during(Year.of(2017))
 *     .count();
 * }</pre>
 */
public final class RelationQuery extends CorpusQuery<RelationQuery, Relation> {

  RelationQuery(Corpus corpus, Criteria criteria) {
    super(corpus, criteria, RelationQuery::new);
  }

  /**
   * Returns the number of relations selected per pair, the most linked pairs first (ties in pair
   * order).
   */
  public ImmutableMap<CountryPair, Long> countByPair() {
    Map<CountryPair, Long> counts = new LinkedHashMap<>();
    scan().stream().forEach(r -> counts.merge(r.pair(), 1L, Long::sum));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<CountryPair, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Returns the number of relations selected per domain, in domain order, omitting zeros. */
  public ImmutableMap<Domain, Long> countByDomain() {
    Map<Domain, Long> counts = new EnumMap<>(Domain.class);
    scan().stream().forEach(r -> counts.merge(r.domain(), 1L, Long::sum));
    return Maps.immutableEnumMap(counts);
  }

  /**
   * Returns the number of relations selected per year: a relation counts once in each year in which
   * one of its (selected) facts is dated. Undated facts count in no year.
   */
  public ImmutableSortedMap<Integer, Long> countByYear() {
    Map<Integer, Long> counts = new TreeMap<>();
    scan().stream().forEach(r -> r.years().forEach(year -> counts.merge(year, 1L, Long::sum)));
    return ImmutableSortedMap.copyOf(counts);
  }

  /**
   * Returns the undirected graph of the relations selected: its nodes are the states with at least
   * one relation, in alpha-3 order, and the value of the edge between two states is the set of
   * domains of their relations.
   */
  public ImmutableValueGraph<Country, ImmutableSet<Domain>> graph() {
    Map<CountryPair, EnumSet<Domain>> domains = new LinkedHashMap<>();
    EnumSet<Country> nodes = EnumSet.noneOf(Country.class);
    scan().stream()
        .forEach(
            r -> {
              domains.computeIfAbsent(r.pair(), p -> EnumSet.noneOf(Domain.class)).add(r.domain());
              nodes.add(r.pair().first());
              nodes.add(r.pair().second());
            });
    ImmutableValueGraph.Builder<Country, ImmutableSet<Domain>> graph =
        ValueGraphBuilder.undirected().immutable();
    nodes.forEach(graph::addNode);
    domains.forEach(
        (pair, set) -> graph.putEdgeValue(pair.first(), pair.second(), Sets.immutableEnumSet(set)));
    return graph.build();
  }

  @Override
  Scan<Relation> scan() {
    RelationTable table = corpus.relationTable();
    Optional<ImmutableIntArray> candidates = Optional.empty();
    Predicate<Relation> test = r -> true;
    Optional<CountryPair> between = criteria.get(Dimension.BETWEEN);
    if (between.isPresent()) {
      CountryPair pair = between.get();
      candidates = Optional.of(table.of(pair));
      test = test.and(r -> r.pair().equals(pair));
    }
    Optional<ImmutableSet<Country>> involving = criteria.get(Dimension.INVOLVING);
    if (involving.isPresent()) {
      ImmutableSet<Country> anyOf = involving.get();
      if (candidates.isEmpty()) {
        candidates = Optional.of(table.involvingAny(anyOf));
      }
      test = test.and(r -> anyOf.contains(r.pair().first()) || anyOf.contains(r.pair().second()));
    }
    Optional<ImmutableSet<Domain>> inDomain = criteria.get(Dimension.IN_DOMAIN);
    if (inDomain.isPresent()) {
      ImmutableSet<Domain> anyOf = inDomain.get();
      test = test.and(r -> anyOf.contains(r.domain()));
    }
    UnaryOperator<Relation> narrowing = r -> r;
    if (!criteria.keepsEveryFactOfARelation()) {
      Predicate<Fact> keep = criteria.factTest();
      test = test.and(r -> anyMatch(r.facts(), keep));
      narrowing = r -> narrow(r, keep);
    }
    return new Scan<>(table.all(), candidates, test, narrowing);
  }

  private static boolean anyMatch(ImmutableList<Fact> facts, Predicate<Fact> keep) {
    for (Fact fact : facts) {
      if (keep.test(fact)) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code relation} made of its facts that {@code keep} accepts, at least one. */
  private static Relation narrow(Relation relation, Predicate<Fact> keep) {
    ImmutableList<Fact> kept =
        relation.facts().stream().filter(keep).collect(ImmutableList.toImmutableList());
    return kept.size() == relation.facts().size()
        ? relation
        : new Relation(relation.pair(), relation.domain(), kept);
  }

  @Override
  String root() {
    return "relations()";
  }
}
