package dev.entente.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Relation;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The relations of a corpus, ordered by pair then domain ({@link Relation#ORDER}), indexed by pair
 * and by state. Indexes hold positions in the list, ascending, so any candidate list read from them
 * is already in order.
 */
final class RelationTable {

  private static final int COUNTRIES = Country.values().length;

  private final ImmutableList<Relation> relations;
  private final ImmutableMap<CountryPair, ImmutableIntArray> byPair;
  private final ImmutableIntArray[] byCountry; // indexed by Country.ordinal(); never null

  private RelationTable(
      ImmutableList<Relation> relations,
      ImmutableMap<CountryPair, ImmutableIntArray> byPair,
      ImmutableIntArray[] byCountry) {
    this.relations = relations;
    this.byPair = byPair;
    this.byCountry = byCountry;
  }

  /** Returns the table of {@code relations}, which must be in {@link Relation#ORDER}. */
  static RelationTable of(ImmutableList<Relation> relations) {
    Map<CountryPair, ImmutableIntArray.Builder> pairs = new HashMap<>();
    ImmutableIntArray.Builder[] countries = new ImmutableIntArray.Builder[COUNTRIES];
    for (int i = 0; i < relations.size(); i++) {
      CountryPair pair = relations.get(i).pair();
      pairs.computeIfAbsent(pair, p -> ImmutableIntArray.builder(2)).add(i);
      for (Country country : new Country[] {pair.first(), pair.second()}) {
        if (countries[country.ordinal()] == null) {
          countries[country.ordinal()] = ImmutableIntArray.builder();
        }
        countries[country.ordinal()].add(i);
      }
    }
    ImmutableMap.Builder<CountryPair, ImmutableIntArray> byPair =
        ImmutableMap.builderWithExpectedSize(pairs.size());
    pairs.forEach((pair, positions) -> byPair.put(pair, positions.build().trimmed()));
    ImmutableIntArray[] byCountry = new ImmutableIntArray[COUNTRIES];
    for (int c = 0; c < COUNTRIES; c++) {
      byCountry[c] = countries[c] == null ? ImmutableIntArray.of() : countries[c].build().trimmed();
    }
    return new RelationTable(relations, byPair.buildOrThrow(), byCountry);
  }

  /** Returns every relation, in order. */
  ImmutableList<Relation> all() {
    return relations;
  }

  /** Returns the positions of the relations of {@code pair}, one per domain at most. */
  ImmutableIntArray of(CountryPair pair) {
    return byPair.getOrDefault(pair, ImmutableIntArray.of());
  }

  /** Returns the positions of the relations that involve any of {@code countries}. */
  ImmutableIntArray involvingAny(Collection<Country> countries) {
    return Positions.union(countries.stream().map(c -> byCountry[c.ordinal()]).toList());
  }

  @Override
  public String toString() {
    return "RelationTable[" + relations.size() + " relations, " + byPair.size() + " pairs]";
  }
}
