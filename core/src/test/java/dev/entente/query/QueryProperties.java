package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import com.google.common.graph.ImmutableValueGraph;
import dev.entente.identity.FactRecord;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Relation;
import dev.entente.model.Statement;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import java.lang.reflect.InvocationTargetException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Properties of the queries over random corpora: every query, whatever its filters and their order,
 * returns what a plain filter over {@code corpus.facts()} (and {@link Relation#derive} of the kept
 * facts, for relations) returns, in the same order.
 *
 * <p>The seed comes from the system property {@code entente.seed}, or from the clock; every failure
 * message starts with it, so {@code mvn verify -Dentente.seed=...} replays a failure.
 */
final class QueryProperties {

  private static final long SEED = Long.getLong("entente.seed", System.nanoTime());
  private static final int CORPORA = 200;
  private static final int QUERIES_PER_CORPUS = 15;

  /**
   * One narrowing call: the method and its arguments, and the plain filter it must agree with. For
   * relations, {@code onFacts} tells whether the filter narrows each relation's facts rather than
   * selecting relations.
   */
  private record Step<T>(String method, Object[] arguments, Predicate<T> oracle, boolean onFacts) {

    Object applyTo(Object query) {
      Class<?>[] types = new Class<?>[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        types[i] =
            arguments[i] instanceof Object[] array ? array.getClass() : argumentType(arguments[i]);
      }
      try {
        return query.getClass().getMethod(method, types).invoke(query, arguments);
      } catch (InvocationTargetException e) {
        throw new AssertionError(method + " threw", e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(query.getClass().getSimpleName() + " lacks " + method, e);
      }
    }

    private static Class<?> argumentType(Object argument) {
      return argument instanceof Enum<?> e ? e.getDeclaringClass() : argument.getClass();
    }
  }

  private static String context(int corpus, Object query) {
    return "seed=" + SEED + ", corpus " + corpus + ": " + query;
  }

  // ---------------------------------------------------------------- the plain filters

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replace("œ", "oe").strip();
  }

  private static boolean overlaps(Optional<PartialDate> date, LocalDate first, LocalDate last) {
    return date.isPresent()
        && !date.get().lastDay().isBefore(first)
        && !date.get().firstDay().isAfter(last);
  }

  private static final LocalDate DAWN = LocalDate.of(1, 1, 1);
  private static final LocalDate DUSK = LocalDate.of(9999, 12, 31);

  /** Returns the steps every kind of query shares, those on facts marked so. */
  private static <F extends Fact> List<Step<F>> sharedSteps(
      CorpusGenerator generator, Corpus corpus, boolean forRelations) {
    Random random = generator.random();
    List<Step<F>> steps = new ArrayList<>();
    List<Country> pair = generator.states(2);
    CountryPair canonical = CountryPair.of(pair.get(0), pair.get(1));
    steps.add(
        new Step<>(
            "between",
            new Object[] {pair.get(0), pair.get(1)},
            f -> f.pairs().contains(canonical),
            false));
    Country[] involving = generator.states(1 + random.nextInt(2)).toArray(Country[]::new);
    Set<Country> anyOf = Set.of(involving);
    steps.add(
        new Step<>(
            "involving",
            new Object[] {involving},
            f -> !Collections.disjoint(f.states(), anyOf),
            false));
    Domain[] domains = generator.domains().toArray(Domain[]::new);
    Set<Domain> inDomain = Set.of(domains);
    steps.add(
        new Step<>(
            "inDomain",
            new Object[] {domains},
            f -> !Collections.disjoint(f.domains(), inDomain),
            false));
    PartialDate period = Optional.ofNullable(generator.date()).orElse(PartialDate.ofYear(2017));
    if (random.nextBoolean()) {
      steps.add(
          new Step<>(
              "during",
              new Object[] {period},
              f -> overlaps(f.date(), period.firstDay(), period.lastDay()),
              true));
    } else {
      Year year = Year.of(period.year());
      steps.add(
          new Step<>(
              "during",
              new Object[] {year},
              f ->
                  f.date()
                      .map(
                          d ->
                              d.year() == year.getValue()
                                  || overlaps(
                                      f.date(), year.atDay(1), year.atMonth(12).atEndOfMonth()))
                      .orElse(false),
              true));
    }
    PartialDate since = Optional.ofNullable(generator.date()).orElse(PartialDate.ofYear(2016));
    steps.add(
        new Step<>(
            "since", new Object[] {since}, f -> overlaps(f.date(), since.firstDay(), DUSK), true));
    PartialDate until = Optional.ofNullable(generator.date()).orElse(PartialDate.ofYear(2018));
    steps.add(
        new Step<>(
            "until", new Object[] {until}, f -> overlaps(f.date(), DAWN, until.lastDay()), true));
    List<String> ids = new ArrayList<>(corpus.readings().stream().map(r -> r.id()).toList());
    ids.add("doc-99"); // a document the corpus does not have
    String[] documents =
        random
            .ints(1 + random.nextInt(2), 0, ids.size())
            .mapToObj(ids::get)
            .distinct()
            .toArray(String[]::new);
    Set<String> inDocument = Set.of(documents);
    steps.add(
        new Step<>(
            "inDocument",
            new Object[] {documents},
            f -> f.evidence().stream().map(Evidence::documentId).anyMatch(inDocument::contains),
            true));
    String organization =
        generator.pick(
            List.of(
                "UE",
                " union europeenne ",
                "EU",
                "ocs",
                "Organisation de coopération de Shanghai",
                "sco",
                "OTAN",
                "Ministère russe de la défense",
                "Shanghai", // part of a name only: matches nothing
                "nulle part"));
    steps.add(
        new Step<>(
            "involvingOrganization",
            new Object[] {organization},
            f -> f.organizations().stream().anyMatch(o -> isCalled(o, organization)),
            true));
    return steps;
  }

  /** Returns a random subset of {@code steps} in random order. */
  private static <T> List<Step<T>> someOf(List<Step<T>> steps, Random random) {
    List<Step<T>> chosen = new ArrayList<>();
    for (Step<T> step : steps) {
      if (random.nextInt(3) == 0) {
        chosen.add(step);
      }
    }
    Collections.shuffle(chosen, random);
    return chosen;
  }

  /** Checks that the terminals of {@code query} agree with {@code expected} and each other. */
  private static <T> void checkTerminals(String context, Object query, List<T> expected) {
    List<?> list = (List<?>) call(query, "list");
    assertEquals(expected, list, context + ": list()");
    assertEquals(
        expected,
        ((java.util.stream.Stream<?>) call(query, "stream")).toList(),
        context + ": stream()");
    assertEquals((long) list.size(), call(query, "count"), context + ": count() vs list().size()");
    assertEquals(!list.isEmpty(), call(query, "exists"), context + ": exists() vs count() > 0");
    assertEquals(list.stream().findFirst(), call(query, "first"), context + ": first()");
    assertThrows(
        UnsupportedOperationException.class, list::clear, context + ": list() is immutable");
  }

  private static Object call(Object query, String terminal) {
    try {
      return query.getClass().getMethod(terminal).invoke(query);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(terminal, e);
    }
  }

  /** Runs {@code checks} on {@link #CORPORA} random corpora, all drawn from one seed. */
  private static void forEachCorpus(CorpusCheck check) {
    CorpusGenerator generator = new CorpusGenerator(new Random(SEED));
    for (int i = 0; i < CORPORA; i++) {
      Corpus corpus;
      try {
        corpus = generator.corpus();
      } catch (RuntimeException e) {
        throw new AssertionError("seed=" + SEED + ", corpus " + i + ": could not build", e);
      }
      check.run(i, corpus, generator);
    }
  }

  private interface CorpusCheck {
    void run(int index, Corpus corpus, CorpusGenerator generator);
  }

  // ---------------------------------------------------------------- properties

  @Test
  void relationQueries_agreeWithDerivingTheFilteredFacts() {
    forEachCorpus(
        (index, corpus, generator) -> {
          for (int q = 0; q < QUERIES_PER_CORPUS; q++) {
            List<Step<Fact>> steps =
                someOf(
                    QueryProperties.<Fact>sharedSteps(generator, corpus, true), generator.random());
            Object query = corpus.relations();
            Predicate<Fact> onFacts = f -> true;
            List<Predicate<Relation>> onRelations = new ArrayList<>();
            for (Step<Fact> step : steps) {
              query = step.applyTo(query);
              if (step.onFacts()) {
                onFacts = onFacts.and(step.oracle());
              } else {
                onRelations.add(relationOracle(step));
              }
            }
            List<Fact> kept = corpus.facts().stream().filter(onFacts).toList();
            List<Relation> expected =
                Relation.derive(kept).stream()
                    .filter(r -> onRelations.stream().allMatch(p -> p.test(r)))
                    .toList();
            checkTerminals(context(index, query), query, expected);
            checkSummaries(context(index, query), (RelationQuery) query, expected);
          }
        });
  }

  /** Returns the relation-level meaning of a shared step that selects relations. */
  private static Predicate<Relation> relationOracle(Step<Fact> step) {
    Object[] arguments = step.arguments();
    return switch (step.method()) {
      case "between" -> {
        CountryPair pair = CountryPair.of((Country) arguments[0], (Country) arguments[1]);
        yield r -> r.pair().equals(pair);
      }
      case "involving" -> {
        Set<Country> anyOf = Set.of((Country[]) arguments[0]);
        yield r -> anyOf.contains(r.pair().first()) || anyOf.contains(r.pair().second());
      }
      case "inDomain" -> {
        Set<Domain> anyOf = Set.of((Domain[]) arguments[0]);
        yield r -> anyOf.contains(r.domain());
      }
      default -> throw new AssertionError("not a relation-level step: " + step.method());
    };
  }

  private static void checkSummaries(
      String context, RelationQuery query, List<Relation> relations) {
    Map<CountryPair, Long> byPair =
        relations.stream().collect(Collectors.groupingBy(Relation::pair, Collectors.counting()));
    assertEquals(byPair, query.countByPair(), context + ": countByPair()");
    List<Long> counts = List.copyOf(query.countByPair().values());
    List<Long> sorted = new ArrayList<>(counts);
    sorted.sort(Collections.reverseOrder());
    assertEquals(sorted, counts, context + ": countByPair() most linked first");
    Map<Domain, Long> byDomain = new EnumMap<>(Domain.class);
    relations.forEach(r -> byDomain.merge(r.domain(), 1L, Long::sum));
    assertEquals(
        List.copyOf(byDomain.entrySet()),
        List.copyOf(query.countByDomain().entrySet()),
        context + ": countByDomain()");
    Map<Integer, Long> byYear = new java.util.TreeMap<>();
    relations.forEach(
        r ->
            r.facts().stream()
                .flatMap(f -> f.date().stream())
                .map(PartialDate::year)
                .distinct()
                .forEach(y -> byYear.merge(y, 1L, Long::sum)));
    assertEquals(byYear, query.countByYear(), context + ": countByYear()");
    Set<Country> nodes = new LinkedHashSet<>();
    Map<CountryPair, Set<Domain>> edges = new java.util.HashMap<>();
    for (Relation r : relations) {
      nodes.add(r.pair().first());
      nodes.add(r.pair().second());
      edges.computeIfAbsent(r.pair(), p -> EnumSet.noneOf(Domain.class)).add(r.domain());
    }
    ImmutableValueGraph<Country, ImmutableSet<Domain>> graph = query.graph();
    assertEquals(nodes, graph.nodes(), context + ": graph() nodes");
    assertEquals(
        edges,
        graph.edges().stream()
            .collect(
                Collectors.toMap(
                    e -> CountryPair.of(e.nodeU(), e.nodeV()),
                    e -> graph.edgeValue(e).orElseThrow())),
        context + ": graph() edges");
  }

  @Test
  void agreementQueries_agreeWithAPlainFilter() {
    checkFactQueries(
        Agreement.class,
        Corpus::agreements,
        (generator, corpus) -> {
          Random random = generator.random();
          Country[] parties = generator.states(1 + random.nextInt(2)).toArray(Country[]::new);
          AgreementKind[] kinds = {
            generator.pick(AgreementKind.values()), generator.pick(AgreementKind.values())
          };
          AgreementStatus[] statuses = {generator.pick(AgreementStatus.values())};
          return List.of(
              new Step<Agreement>(
                  "withParty",
                  new Object[] {parties},
                  a -> a.parties().containsAll(List.of(parties)),
                  false),
              new Step<Agreement>(
                  "ofKind", new Object[] {kinds}, a -> List.of(kinds).contains(a.kind()), false),
              new Step<Agreement>(
                  "withStatus",
                  new Object[] {statuses},
                  a -> reachedAny(corpus, a, a.status(), statuses),
                  false));
        });
  }

  @Test
  void exerciseQueries_agreeWithAPlainFilter() {
    checkFactQueries(
        JointExercise.class,
        Corpus::exercises,
        (generator, corpus) -> {
          String name =
              generator.pick(
                  List.of(
                      "MISSION DE PAIX", "vostok", "coopération", "COOPERATION", "2018", "sea"));
          return List.of(
              new Step<JointExercise>(
                  "named",
                  new Object[] {name},
                  e -> e.name().map(n -> fold(n).contains(fold(name))).orElse(false),
                  false));
        });
  }

  @Test
  void transferQueries_agreeWithAPlainFilter() {
    checkFactQueries(
        ArmsTransfer.class,
        Corpus::armsTransfers,
        (generator, corpus) -> {
          Country from = generator.pick(CorpusGenerator.STATES);
          Country to = generator.pick(CorpusGenerator.STATES);
          TransferStatus[] statuses = {
            generator.pick(TransferStatus.values()), generator.pick(TransferStatus.values())
          };
          SystemCategory[] categories = {generator.pick(SystemCategory.values())};
          String system =
              generator.pick(List.of("s400", "S-400", "su 30", "SU30MKI", "rafale", "j-10"));
          Function<String, String> squash = s -> fold(s).replaceAll("[\\s-]", "");
          return List.of(
              new Step<ArmsTransfer>("from", new Object[] {from}, t -> t.supplier() == from, false),
              new Step<ArmsTransfer>("to", new Object[] {to}, t -> t.recipient() == to, false),
              new Step<ArmsTransfer>(
                  "withStatus",
                  new Object[] {statuses},
                  t -> reachedAny(corpus, t, t.status(), statuses),
                  false),
              new Step<ArmsTransfer>(
                  "ofCategory",
                  new Object[] {categories},
                  t -> t.category().map(List.of(categories)::contains).orElse(false),
                  false),
              new Step<ArmsTransfer>(
                  "ofSystem",
                  new Object[] {system},
                  t ->
                      Stream.concat(t.system().stream(), t.canonicalSystem().stream())
                          .anyMatch(s -> squash.apply(s).contains(squash.apply(system))),
                  false));
        });
  }

  @Test
  void statementQueries_agreeWithAPlainFilter() {
    checkFactQueries(
        Statement.class,
        Corpus::statements,
        (generator, corpus) -> {
          Country by = generator.pick(CorpusGenerator.STATES);
          Country[] about =
              generator.states(1 + generator.random().nextInt(2)).toArray(Country[]::new);
          String speaker =
              generator.pick(
                  List.of(
                      "poutine",
                      "Vladimir Poutine",
                      "XI JINPING",
                      "jinping",
                      "Macron",
                      "russie",
                      "OCS",
                      "Organisation de coopération de Shanghai"));
          return List.of(
              new Step<Statement>(
                  "by",
                  new Object[] {by},
                  s -> s.speaker().country().equals(Optional.of(by)),
                  false),
              new Step<Statement>(
                  "about",
                  new Object[] {about},
                  s -> !Collections.disjoint(s.about(), List.of(about)),
                  false),
              new Step<Statement>(
                  "bySpeaker", new Object[] {speaker}, s -> isCalled(s.speaker(), speaker), false));
        });
  }

  /** Returns whether {@code name} is the organization's name, acronym or an alias, folded. */
  private static boolean isCalled(Organization organization, String name) {
    return Stream.concat(
            Stream.of(organization.name()),
            Stream.concat(organization.acronym().stream(), organization.aliases().stream()))
        .anyMatch(n -> fold(n).equals(fold(name)));
  }

  private static boolean isCalled(Actor speaker, String name) {
    return fold(speaker.name()).equals(fold(name))
        || speaker instanceof Person p && fold(p.surname()).equals(fold(name));
  }

  /** What withStatus promises: the record's status, or any step of its lifecycle, is one of {@code statuses}. */
  private static boolean reachedAny(Corpus corpus, Fact fact, Enum<?> status, Enum<?>[] statuses) {
    return List.of(statuses).contains(status)
        || corpus.recordOf(fact).map(r -> Stream.of(statuses).anyMatch(r::reached)).orElse(false);
  }

  private <F extends Fact> void checkFactQueries(
      Class<F> kind,
      Function<Corpus, Object> root,
      java.util.function.BiFunction<CorpusGenerator, Corpus, List<Step<F>>> kindSteps) {
    forEachCorpus(
        (index, corpus, generator) -> {
          for (int q = 0; q < QUERIES_PER_CORPUS; q++) {
            List<Step<F>> all =
                new ArrayList<>(QueryProperties.<F>sharedSteps(generator, corpus, false));
            all.addAll(kindSteps.apply(generator, corpus));
            Object query = root.apply(corpus);
            Predicate<F> oracle = f -> true;
            for (Step<F> step : someOf(all, generator.random())) {
              query = step.applyTo(query);
              oracle = oracle.and(step.oracle());
            }
            List<F> expected =
                corpus.facts().stream()
                    .filter(kind::isInstance)
                    .map(kind::cast)
                    .filter(oracle)
                    .toList();
            checkTerminals(context(index, query), query, expected);
          }
        });
  }

  @Test
  void between_isUnordered_forEveryKind() {
    forEachCorpus(
        (index, corpus, generator) -> {
          List<Country> pair = generator.states(2);
          Country a = pair.get(0);
          Country b = pair.get(1);
          List<Object> roots =
              List.of(
                  corpus.relations(),
                  corpus.agreements(),
                  corpus.exercises(),
                  corpus.armsTransfers(),
                  corpus.statements());
          for (Object root : roots) {
            Object ab =
                new Step<Fact>("between", new Object[] {a, b}, f -> true, false).applyTo(root);
            Object ba =
                new Step<Fact>("between", new Object[] {b, a}, f -> true, false).applyTo(root);
            String context = context(index, ab);
            assertEquals(ab, ba, context + ": between(a, b) equals between(b, a)");
            assertEquals(ab.hashCode(), ba.hashCode(), context + ": hashCode");
            assertEquals(ab.toString(), ba.toString(), context + ": toString is canonical");
            assertEquals(call(ab, "list"), call(ba, "list"), context + ": results");
          }
        });
  }

  @Test
  void corpusFacts_areRecordsOfEveryMention_andKeepEveryPieceOfEvidence() {
    forEachCorpus(
        (index, corpus, generator) -> {
          String context = "seed=" + SEED + ", corpus " + index;
          List<Fact> reported =
              corpus.readings().stream().flatMap(r -> r.facts().stream()).toList();
          int mentions = 0;
          for (FactRecord<? extends Fact> record : corpus.records()) {
            mentions += record.mentions().size();
            List<Evidence> evidence =
                record.mentions().stream().flatMap(m -> m.evidence().stream()).distinct().toList();
            assertEquals(evidence, record.fact().evidence(), context + ": evidence of " + record.id());
          }
          assertEquals(
              reported.stream().distinct().count(), mentions, context + ": each mention once");
          for (Fact fact : reported) {
            FactRecord<Fact> record = corpus.recordOf(fact).orElseThrow();
            assertTrue(record.mentions().contains(fact), context + ": record of " + fact.id());
            for (Fact same : reported) {
              if (same.id().equals(fact.id())) {
                assertEquals(record, corpus.recordOf(same).orElseThrow(), context + ": equal ids merge");
              }
            }
          }
          assertEquals(
              corpus.records().stream().map(FactRecord::id).distinct().count(),
              corpus.records().size(),
              context + ": record ids are unique");
          assertEquals(
              Relation.derive(corpus.facts()), corpus.relations().list(), context + ": relations");
        });
  }

}
