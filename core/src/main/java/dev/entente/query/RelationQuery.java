package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

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
import dev.entente.model.PartialDate;
import dev.entente.model.Relation;
import java.time.Year;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A query of a corpus's relations: narrow it, then run it.
 *
 * <p>Each narrowing method returns a new query and leaves this one as it was; each dimension can be
 * set once. {@link #between}, {@link #involving} and {@link #inDomain} select relations. The dates
 * and {@link #inDocument} narrow each relation to its facts that meet them and drop the relations
 * left with none: the relation of a pair "during 2017" is the relation made of that pair's facts
 * dated in 2017. Results come in {@link Relation#ORDER}.
 *
 * <pre>{@code
 * long n = corpus.relations()
 *     .between(RUSSIA, CHINA).inDomain(MILITARY).during(Year.of(2017))
 *     .count();
 * }</pre>
 *
 * <p>A query is a value: equal queries run on the same corpus with equal filters, and {@link
 * #toString()} prints the calls that built it, never the data.
 */
public final class RelationQuery {

  private final Corpus corpus;
  private final Criteria criteria;

  RelationQuery(Corpus corpus, Criteria criteria) {
    this.corpus = corpus;
    this.criteria = criteria;
  }

  private RelationQuery with(Dimension dimension, Object value) {
    return new RelationQuery(corpus, criteria.with(dimension, value));
  }

  /**
   * Returns this query narrowed to the relations between {@code a} and {@code b}, in either order.
   *
   * @throws NullPointerException if a state is null
   * @throws IllegalArgumentException if {@code a} is {@code b}
   * @throws IllegalStateException if the pair is already set
   */
  public RelationQuery between(Country a, Country b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return with(Dimension.BETWEEN, CountryPair.of(a, b));
  }

  /**
   * Returns this query narrowed to the relations of which any of {@code anyOf} is one state.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the states are already set
   */
  public RelationQuery involving(Country... anyOf) {
    return with(Dimension.INVOLVING, Criteria.anyOf(Dimension.INVOLVING, anyOf));
  }

  /**
   * Returns this query narrowed to the relations in any of the domains {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no domain is given
   * @throws IllegalStateException if the domains are already set
   */
  public RelationQuery inDomain(Domain... anyOf) {
    return with(Dimension.IN_DOMAIN, Criteria.anyOf(Dimension.IN_DOMAIN, anyOf));
  }

  /**
   * Returns this query narrowed to the facts dated in {@code year}, as {@link #during(PartialDate)}
   * does.
   *
   * @throws NullPointerException if {@code year} is null
   * @throws IllegalStateException if a period is already set
   */
  public RelationQuery during(Year year) {
    checkNotNull(year, "year");
    return during(PartialDate.ofYear(year.getValue()));
  }

  /**
   * Returns this query narrowed to the facts whose date shares a day with {@code period}; undated
   * facts are left out.
   *
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalStateException if a period is already set
   */
  public RelationQuery during(PartialDate period) {
    checkNotNull(period, "period");
    return with(Dimension.DURING, period);
  }

  /**
   * Returns this query narrowed to the facts whose date has a day on or after the first day of
   * {@code date}; undated facts are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if a start is already set
   */
  public RelationQuery since(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.SINCE, date);
  }

  /**
   * Returns this query narrowed to the facts whose date has a day on or before the last day of
   * {@code date}; undated facts are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if an end is already set
   */
  public RelationQuery until(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.UNTIL, date);
  }

  /**
   * Returns this query narrowed to the facts that any of the documents {@code ids} reports.
   *
   * @throws NullPointerException if {@code ids} or one of them is null
   * @throws IllegalArgumentException if no id is given
   * @throws IllegalStateException if the documents are already set
   */
  public RelationQuery inDocument(String... ids) {
    return with(Dimension.IN_DOCUMENT, Criteria.anyOf(Dimension.IN_DOCUMENT, ids));
  }

  /** Returns the relations this query selects, in {@link Relation#ORDER}. */
  public ImmutableList<Relation> list() {
    return scan().list();
  }

  /** Returns the relations this query selects, in {@link Relation#ORDER}, lazily. */
  public Stream<Relation> stream() {
    return scan().stream();
  }

  /** Returns the number of relations this query selects. */
  public long count() {
    return scan().count();
  }

  /** Returns whether this query selects any relation. */
  public boolean exists() {
    return scan().exists();
  }

  /** Returns the first relation this query selects, in {@link Relation#ORDER}, if any. */
  public Optional<Relation> first() {
    return scan().first();
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

  private Scan<Relation> scan() {
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
      Predicate<Fact> keep = criteria.dateAndDocumentTest();
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

  /** Returns whether {@code o} is a query of the same corpus with equal filters, in any order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RelationQuery that
        && corpus == that.corpus
        && criteria.equals(that.criteria);
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(corpus) + criteria.hashCode();
  }

  /** Returns the calls that built this query, such as {@code relations().between(CHN, RUS)}. */
  @Override
  public String toString() {
    return criteria.chain("relations()");
  }
}
