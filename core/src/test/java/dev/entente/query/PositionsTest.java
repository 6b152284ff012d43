package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class PositionsTest {

  private static ImmutableIntArray of(int... positions) {
    return ImmutableIntArray.copyOf(positions);
  }

  @Test
  void union_isSortedWithoutRepeats() {
    assertEquals(of(1, 2, 3, 5, 8), Positions.union(List.of(of(1, 3, 8), of(2, 3, 5), of())));
  }

  @Test
  void intersection_walksListsOfLikeLength() {
    assertEquals(of(3, 8), Positions.intersection(of(1, 3, 8, 9), of(2, 3, 5, 8)));
  }

  @Test
  void intersection_looksUpAShortListInALongOne() {
    ImmutableIntArray evens = ImmutableIntArray.copyOf(IntStream.range(0, 1000).map(i -> 2 * i));
    assertEquals(of(4, 998), Positions.intersection(of(3, 4, 5, 998, 2001), evens));
    assertEquals(of(4, 998), Positions.intersection(evens, of(3, 4, 5, 998, 2001)));
  }

  @Test
  void intersection_ofManyLists() {
    assertEquals(of(3), Positions.intersection(List.of(of(1, 3, 5), of(3, 5), of(0, 3))));
    assertEquals(of(), Positions.intersection(List.of(of(1), of(), of(1))));
  }

  @Test
  void combinations_agreeWithSets_onRandomLists() {
    long seed = Long.getLong("entente.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int round = 0; round < 500; round++) {
      TreeSet<Integer> a = randomSet(random);
      TreeSet<Integer> b = randomSet(random);
      TreeSet<Integer> both = new TreeSet<>(a);
      both.retainAll(b);
      TreeSet<Integer> either = new TreeSet<>(a);
      either.addAll(b);
      ImmutableIntArray pa = ImmutableIntArray.copyOf(a);
      ImmutableIntArray pb = ImmutableIntArray.copyOf(b);
      assertEquals(ImmutableIntArray.copyOf(both), Positions.intersection(pa, pb), "seed=" + seed);
      assertEquals(
          ImmutableIntArray.copyOf(either), Positions.union(List.of(pa, pb)), "seed=" + seed);
    }
  }

  private static TreeSet<Integer> randomSet(Random random) {
    TreeSet<Integer> set = new TreeSet<>();
    int size = random.nextInt(random.nextBoolean() ? 5 : 400);
    int bound = 1 + random.nextInt(1000);
    for (int i = 0; i < size; i++) {
      set.add(random.nextInt(bound));
    }
    return set;
  }
}
