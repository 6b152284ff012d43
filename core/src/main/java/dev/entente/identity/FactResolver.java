package dev.entente.identity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.identity.IdentityRule.Scope;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves mentions of facts into records of real events: within one document, then across
 * documents.
 *
 * <p>Each kind of fact has its identity rule (see {@code AgreementIdentity}, {@code
 * ExerciseIdentity}, {@code TransferIdentity}, {@code StatementIdentity}): when two mentions
 * cannot be one event, how much they share, and the blocking keys that bring together the
 * mentions it may merge. Resolution runs in three steps, none of which depends on the order the
 * mentions come in:
 *
 * <ol>
 *   <li>the mentions are sorted in a canonical order: by document id, span, then content id;
 *   <li>within each document, mentions that share a document key (a pair of parties, a route, a
 *       speaker) and are compatible are merged, each joining the record it shares most with,
 *       provided it is compatible with every mention already there;
 *   <li>across documents, the records of each document are brought together by blocking key;
 *       compatible records that share a key form connected groups, and within each group,
 *       taken in canonical order, each record joins the one it shares most with, provided it is
 *       compatible with every record already there (with the first and the 31 latest, in an event
 *       of more than 32), among the 48 latest events of each key it holds. Within a block, each
 *       record is compared with the 48 before it in canonical order (a sorted neighbourhood), so a
 *       block of thousands costs linear time.
 *       Two records of one document never merge in this step: the step within the document kept
 *       them apart, and it knows more (see {@code IdentityRule.Scope}). Facts of identical content
 *       always merge.
 * </ol>
 *
 * <p>The connected groups are a property of the set of mentions, and within a group the order is
 * canonical, so the records and their ids are the same for any order of the input, on one machine
 * or in a distributed job that groups by {@link #blockingKeys} first.
 *
 * <pre>{@code
 * ImmutableList<FactRecord<? extends Fact>> records =
 *     FactResolver.standard().resolve(Iterables.concat(a.facts(), b.facts()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FactResolver {

  /** The most members of an event a unit is checked against (see {@link #checked}). */
  private static final int LINKED = 32;

  /** How many units of a block, or events of a key, in canonical order, each unit is compared with. */
  private static final int WINDOW = 48;

  private static final FactResolver STANDARD = new FactResolver(SubjectWords.bundled());

  private final AgreementIdentity agreements;
  private final ExerciseIdentity exercises = new ExerciseIdentity();
  private final TransferIdentity transfers = new TransferIdentity();
  private final StatementIdentity statements = new StatementIdentity();

  private FactResolver(SubjectWords words) {
    this.agreements = new AgreementIdentity(words);
  }

  /** Returns the resolver with the bundled identity rules. */
  public static FactResolver standard() {
    return STANDARD;
  }

  /** A mention, its content id, and its place in the input and in the canonical order. */
  private record Item<F extends Fact>(F fact, String id, int index, Evidence first) {

    static final Comparator<Item<?>> CANONICAL =
        Comparator.<Item<?>, String>comparing(i -> i.first().documentId())
            .thenComparing(i -> i.first().span())
            .thenComparing(Item::id)
            .thenComparing(i -> i.first().rule())
            .thenComparing(i -> i.first().sentence());

    static <F extends Fact> Item<F> of(F fact, int index) {
      Evidence first =
          fact.evidence().stream()
              .min(Comparator.comparing(Evidence::documentId).thenComparing(Evidence::span))
              .orElseThrow();
      return new Item<>(fact, fact.id(), index, first);
    }
  }

  /**
   * Mentions resolved so far into one event, the fact they make together and its id, the ids of
   * that fact and of every mention (units that share one are of identical content), and the
   * document of its first mention: the document of all of them until units of several documents
   * are united.
   */
  private record Unit<F extends Fact>(
      ImmutableList<Item<F>> items,
      F fact,
      String id,
      ImmutableSet<String> ids,
      Object profile,
      String document) {

    static <F extends Fact> Unit<F> of(IdentityRule<F> rule, ImmutableList<Item<F>> items, F fact) {
      String id = items.size() == 1 ? items.get(0).id() : fact.id();
      ImmutableSet.Builder<String> ids = ImmutableSet.<String>builder().add(id);
      items.forEach(i -> ids.add(i.id()));
      return new Unit<>(
          items, fact, id, ids.build(), rule.profile(fact), items.get(0).first().documentId());
    }
  }

  /**
   * Returns the records of {@code mentions}, ordered by their first mention in the input.
   *
   * @throws NullPointerException if {@code mentions} or one of them is null
   */
  public ImmutableList<FactRecord<? extends Fact>> resolve(Iterable<? extends Fact> mentions) {
    checkNotNull(mentions, "mentions");
    Map<Fact, Integer> distinct = new LinkedHashMap<>();
    for (Fact mention : mentions) {
      distinct.putIfAbsent(checkNotNull(mention, "mention"), distinct.size());
    }
    List<Item<Agreement>> deals = new ArrayList<>();
    List<Item<JointExercise>> drills = new ArrayList<>();
    List<Item<ArmsTransfer>> sales = new ArrayList<>();
    List<Item<Statement>> words = new ArrayList<>();
    distinct.forEach(
        (fact, index) -> {
          if (fact instanceof Agreement a) {
            deals.add(Item.of(a, index));
          } else if (fact instanceof JointExercise e) {
            drills.add(Item.of(e, index));
          } else if (fact instanceof ArmsTransfer t) {
            sales.add(Item.of(t, index));
          } else if (fact instanceof Statement s) {
            words.add(Item.of(s, index));
          }
        });
    List<Placed> all = new ArrayList<>(distinct.size());
    resolveKind(agreements, deals, all);
    resolveKind(exercises, drills, all);
    resolveKind(transfers, sales, all);
    resolveKind(statements, words, all);
    all.sort(Comparator.comparingInt(Placed::index));
    return all.stream().map(Placed::record).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the blocking keys of {@code fact} as text: a distributed job groups mentions by them
   * before resolving each connected group with {@link #resolve}.
   *
   * @throws NullPointerException if {@code fact} is null
   */
  public ImmutableSet<String> blockingKeys(Fact fact) {
    checkNotNull(fact, "fact");
    ImmutableSet<Object> keys;
    if (fact instanceof Agreement a) {
      keys = agreements.blockingKeys(a);
    } else if (fact instanceof JointExercise e) {
      keys = exercises.blockingKeys(e);
    } else if (fact instanceof ArmsTransfer t) {
      keys = transfers.blockingKeys(t);
    } else {
      keys = statements.blockingKeys((Statement) fact);
    }
    return ImmutableSet.<String>builder()
        .add(fact.factKind() + " id " + fact.id())
        .addAll(keys.stream().map(Object::toString).iterator())
        .build();
  }

  /** A record and the input position of its first mention. */
  private record Placed(FactRecord<? extends Fact> record, int index) {}

  private <F extends Fact> void resolveKind(IdentityRule<F> rule, List<Item<F>> items, List<Placed> out) {
    if (items.isEmpty()) {
      return;
    }
    items.sort(Item.CANONICAL);
    Map<String, List<Unit<F>>> byDocument = new TreeMap<>();
    for (Item<F> item : items) {
      byDocument
          .computeIfAbsent(item.first().documentId(), d -> new ArrayList<>())
          .add(Unit.of(rule, ImmutableList.of(item), item.fact()));
    }
    List<Unit<F>> local = new ArrayList<>();
    for (List<Unit<F>> units : byDocument.values()) {
      local.addAll(cluster(rule, units, Scope.SAME_DOCUMENT));
    }
    List<Unit<F>> global = cluster(rule, local, Scope.ACROSS_DOCUMENTS);
    for (Unit<F> unit : mergeEqualIds(rule, global)) {
      out.add(new Placed(record(rule, unit), unit.items().stream().mapToInt(Item::index).min().orElseThrow()));
    }
  }

  /** Returns the units (in canonical order) grouped into events, each in canonical order. */
  private <F extends Fact> List<Unit<F>> cluster(IdentityRule<F> rule, List<Unit<F>> units, Scope scope) {
    if (units.size() < 2) {
      return units;
    }
    int[] parent = new int[units.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Object, List<Integer>> blocks = new HashMap<>();
    Map<Unit<F>, List<Object>> keysOf = new IdentityHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Unit<F> unit = units.get(i);
      List<Object> keys = new ArrayList<>();
      unit.ids().forEach(id -> keys.add(List.of("id", id)));
      keys.addAll(
          scope == Scope.SAME_DOCUMENT
              ? rule.documentKeys(unit.fact())
              : rule.blockingKeys(unit.fact()));
      keysOf.put(unit, keys);
      for (Object key : keys) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    boolean any = false;
    for (List<Integer> block : blocks.values()) {
      // a sorted neighbourhood: each unit meets the WINDOW units before it in canonical order,
      // which bounds the work on a block of thousands (a popular pair and a common word)
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < Math.min(block.size(), x + 1 + WINDOW); y++) {
          int a = block.get(x);
          int b = block.get(y);
          if (root(parent, a) != root(parent, b) && affinity(rule, units.get(a), units.get(b), scope) >= 0) {
            parent[root(parent, a)] = root(parent, b);
            any = true;
          }
        }
      }
    }
    if (!any) {
      return units;
    }
    Map<Integer, List<Unit<F>>> groups = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(units.get(i));
    }
    List<Unit<F>> events = new ArrayList<>();
    for (List<Unit<F>> group : groups.values()) {
      events.addAll(group.size() == 1 ? group : linked(rule, group, keysOf, scope));
    }
    events.sort(Comparator.comparing((Unit<F> u) -> u.items().get(0), Item.CANONICAL));
    return events;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * Returns the units of one connected group merged into events: each, in canonical order, joins
   * the event it shares a blocking key with, whose every unit it is compatible with, and that it
   * shares most with (the first on a tie).
   */
  private <F extends Fact> List<Unit<F>> linked(
      IdentityRule<F> rule, List<Unit<F>> group, Map<Unit<F>, List<Object>> keysOf, Scope scope) {
    List<List<Unit<F>>> events = new ArrayList<>();
    Map<Object, List<Integer>> eventsByKey = new HashMap<>();
    Map<String, Integer> eventWithId = new HashMap<>(); // the first event holding a mention of each content id
    for (Unit<F> unit : group) {
      // a unit of identical content to a member joins its event (the first such event)
      int best = -1;
      int bestScore = -1;
      for (String id : unit.ids()) {
        Integer e = eventWithId.get(id);
        if (e != null && (best < 0 || e < best)) {
          best = e;
          bestScore = Integer.MAX_VALUE;
        }
      }
      // else the events it may join are the latest WINDOW of those it shares a blocking key with
      // (a sorted neighbourhood again, which bounds the work on a group of thousands)
      java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
      if (best < 0) {
        for (Object key : keysOf.get(unit)) {
          List<Integer> known = eventsByKey.getOrDefault(key, List.of());
          candidates.addAll(known.subList(Math.max(0, known.size() - WINDOW), known.size()));
        }
      }
      for (int e : candidates) {
        int score = 0;
        for (Unit<F> member : checked(events.get(e))) {
          int affinity = affinity(rule, unit, member, scope);
          if (affinity < 0) {
            score = -1;
            break;
          }
          score += affinity;
        }
        if (score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
      if (best < 0) {
        best = events.size();
        events.add(new ArrayList<>());
      }
      events.get(best).add(unit);
      for (String id : unit.ids()) {
        eventWithId.putIfAbsent(id, best);
      }
      for (Object key : keysOf.get(unit)) {
        List<Integer> known = eventsByKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (known.isEmpty() || known.get(known.size() - 1) != best) {
          known.add(best);
        }
      }
    }
    List<Unit<F>> merged = new ArrayList<>(events.size());
    for (List<Unit<F>> event : events) {
      merged.add(event.size() == 1 ? event.get(0) : unite(rule, event));
    }
    return merged;
  }

  /**
   * Returns the members of {@code event} a unit must be compatible with to join it: all of them up
   * to {@link #LINKED}, else the first and the latest, which bounds the work on the few events
   * that gather hundreds of mentions (one quote repeated by every newsroom).
   */
  private static <T> List<T> checked(List<T> event) {
    if (event.size() <= LINKED) {
      return event;
    }
    List<T> some = new ArrayList<>(LINKED);
    some.add(event.get(0));
    some.addAll(event.subList(event.size() - (LINKED - 1), event.size()));
    return some;
  }

  /**
   * Returns the affinity of two units: the highest for units of identical content; apart, across
   * documents, for two records of one document, which the step within that document kept apart
   * knowing more; else the rule's.
   */
  private static <F extends Fact> int affinity(IdentityRule<F> rule, Unit<F> a, Unit<F> b, Scope scope) {
    if (!Collections.disjoint(a.ids(), b.ids())) {
      return Integer.MAX_VALUE / 1024;
    }
    if (scope == Scope.ACROSS_DOCUMENTS && a.document().equals(b.document())) {
      return IdentityRule.APART;
    }
    return rule.affinity(a.fact(), a.profile(), b.fact(), b.profile(), scope);
  }

  /** Returns one unit of the mentions of {@code units}, in canonical order. */
  private static <F extends Fact> Unit<F> unite(IdentityRule<F> rule, List<Unit<F>> units) {
    List<Item<F>> items = new ArrayList<>();
    units.forEach(u -> items.addAll(u.items()));
    items.sort(Item.CANONICAL);
    ImmutableList<Item<F>> sorted = ImmutableList.copyOf(items);
    F fact = rule.merge(sorted.stream().map(Item::fact).collect(ImmutableList.toImmutableList()));
    return Unit.of(rule, sorted, fact);
  }

  /**
   * Returns the units with those that share a content merged, transitively: a unit that holds a
   * mention of identical content to one of another unit, or came to the same merged content, is
   * one event with it, so no two records share an id.
   */
  private static <F extends Fact> List<Unit<F>> mergeEqualIds(IdentityRule<F> rule, List<Unit<F>> units) {
    int[] parent = new int[units.size()];
    Map<String, Integer> firstWith = new HashMap<>();
    boolean any = false;
    for (int i = 0; i < units.size(); i++) {
      parent[i] = i;
      List<String> ids = new ArrayList<>(units.get(i).ids());
      ids.add(units.get(i).id());
      for (String id : ids) {
        Integer j = firstWith.putIfAbsent(id, i);
        if (j != null && root(parent, j) != root(parent, i)) {
          parent[root(parent, i)] = root(parent, j);
          any = true;
        }
      }
    }
    if (!any) {
      return units;
    }
    Map<Integer, List<Unit<F>>> groups = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(units.get(i));
    }
    List<Unit<F>> unique = new ArrayList<>(groups.size());
    groups.values().forEach(same -> unique.add(same.size() == 1 ? same.get(0) : unite(rule, same)));
    return mergeEqualIds(rule, unique); // a union can come to the content of another unit
  }

  private static <F extends Fact> FactRecord<F> record(IdentityRule<F> rule, Unit<F> unit) {
    ImmutableList<F> mentions = unit.items().stream().map(Item::fact).collect(ImmutableList.toImmutableList());
    return new FactRecord<>(
        unit.fact(),
        mentions,
        rule.lifecycle(mentions),
        mentions.size() == 1 ? ImmutableList.of() : rule.disagreements(mentions));
  }
}
