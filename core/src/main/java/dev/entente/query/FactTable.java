package dev.entente.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import dev.entente.model.Country;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one kind in a corpus, in corpus order, indexed by the states they involve and the
 * documents that report them. Indexes hold positions in the list, ascending, so any candidate list
 * read from them is already in corpus order.
 *
 * @param <F> the kind of fact
 */
final class FactTable<F extends Fact> {

  private static final int COUNTRIES = Country.values().length;

  private final ImmutableList<F> facts;
  private final ImmutableIntArray[] byCountry; // indexed by Country.ordinal(); never null
  private final ImmutableMap<String, ImmutableIntArray> byDocument;

  private FactTable(
      ImmutableList<F> facts,
      ImmutableIntArray[] byCountry,
      ImmutableMap<String, ImmutableIntArray> byDocument) {
    this.facts = facts;
    this.byCountry = byCountry;
    this.byDocument = byDocument;
  }

  /** Returns the table of {@code facts}, which must be distinct and in corpus order. */
  static <F extends Fact> FactTable<F> of(ImmutableList<F> facts) {
    ImmutableIntArray.Builder[] countries = new ImmutableIntArray.Builder[COUNTRIES];
    Map<String, ImmutableIntArray.Builder> documents = new HashMap<>();
    String lastId = null; // facts come in runs from one document: look each run up once
    ImmutableIntArray.Builder lastPositions = null;
    for (int i = 0; i < facts.size(); i++) {
      F fact = facts.get(i);
      for (Country country : fact.states()) {
        int slot = country.ordinal();
        if (countries[slot] == null) {
          countries[slot] = ImmutableIntArray.builder();
        }
        countries[slot].add(i);
      }
      List<Evidence> evidence = fact.evidence();
      for (int e = 0; e < evidence.size(); e++) {
        String id = evidence.get(e).documentId();
        if (!reportedEarlier(evidence, e, id)) {
          if (!id.equals(lastId)) {
            lastId = id;
            lastPositions = documents.computeIfAbsent(id, d -> ImmutableIntArray.builder(4));
          }
          lastPositions.add(i);
        }
      }
    }
    ImmutableIntArray[] byCountry = new ImmutableIntArray[COUNTRIES];
    for (int c = 0; c < COUNTRIES; c++) {
      byCountry[c] = countries[c] == null ? ImmutableIntArray.of() : countries[c].build().trimmed();
    }
    ImmutableMap.Builder<String, ImmutableIntArray> byDocument =
        ImmutableMap.builderWithExpectedSize(documents.size());
    documents.forEach((id, positions) -> byDocument.put(id, positions.build().trimmed()));
    return new FactTable<>(facts, byCountry, byDocument.buildOrThrow());
  }

  /** Returns whether {@code id} names the document of one of the first {@code end} pieces. */
  private static boolean reportedEarlier(List<Evidence> evidence, int end, String id) {
    for (int e = 0; e < end; e++) {
      if (evidence.get(e).documentId().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** Returns every fact, in corpus order. */
  ImmutableList<F> all() {
    return facts;
  }

  /** Returns the positions of the facts that involve {@code country}. */
  ImmutableIntArray involving(Country country) {
    return byCountry[country.ordinal()];
  }

  /** Returns the positions of the facts that involve any of {@code countries}. */
  ImmutableIntArray involvingAny(Collection<Country> countries) {
    return Positions.union(countries.stream().map(this::involving).toList());
  }

  /** Returns the positions of the facts that involve every one of {@code countries}. */
  ImmutableIntArray involvingAll(Collection<Country> countries) {
    return Positions.intersection(countries.stream().map(this::involving).toList());
  }

  /** Returns the positions of the facts reported by any of the documents {@code ids}. */
  ImmutableIntArray reportedInAny(Collection<String> ids) {
    return Positions.union(
        ids.stream().map(id -> byDocument.getOrDefault(id, ImmutableIntArray.of())).toList());
  }

  @Override
  public String toString() {
    return "FactTable[" + facts.size() + " facts, " + byDocument.size() + " documents]";
  }
}
