package dev.entente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ParallelMapTest {

  /** Busy work whose length varies from item to item, so later items often finish first. */
  private static int slowSquare(int x) {
    long spin = 0;
    for (int i = 0; i < (x * 7919) % 5_000; i++) {
      spin += i ^ x;
    }
    return spin == -1 ? 0 : x * x;
  }

  /** An endless input that counts how many items were taken from it. */
  private static final class CountingInput implements Iterator<Integer> {
    final AtomicInteger taken = new AtomicInteger();

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public Integer next() {
      return taken.getAndIncrement();
    }
  }

  @Test
  void results_comeInTheOrderOfTheInput() {
    List<Integer> input = IntStream.range(0, 2_000).boxed().toList();

    List<Integer> out;
    try (Stream<Integer> results = ParallelMap.of(4, 16).stream(input.iterator(), ParallelMapTest::slowSquare)) {
      out = results.toList();
    }

    assertEquals(input.stream().map(x -> x * x).toList(), out);
  }

  @Test
  void manyThreads_giveWhatOneThreadGives() {
    List<Integer> input = IntStream.range(0, 500).boxed().toList();

    List<Integer> one = ParallelMap.of(1, 1).stream(input.iterator(), ParallelMapTest::slowSquare).toList();
    List<Integer> many = ParallelMap.ofThreads(3).stream(input.iterator(), ParallelMapTest::slowSquare).toList();

    assertEquals(one, many);
  }

  @ParameterizedTest(name = "window {0}")
  @ValueSource(ints = {2, 3, 8, 17})
  void itemsHeldAtOnce_neverExceedTheWindow(int window) {
    AtomicInteger held = new AtomicInteger(); // started by a worker, not yet done by the consumer
    AtomicInteger most = new AtomicInteger();
    List<Integer> input = IntStream.range(0, 1_000).boxed().toList();

    try (Stream<Integer> results =
        ParallelMap.of(2, window).stream(input.iterator(), x -> {
          most.accumulateAndGet(held.incrementAndGet(), Math::max);
          return slowSquare(x);
        })) {
      results.forEach(x -> held.decrementAndGet());
    }

    assertTrue(most.get() <= window, "held " + most.get() + " items at once, window " + window);
    assertEquals(0, held.get());
  }

  @Test
  void consumerStoppingEarly_stopsReadingTheInput() {
    CountingInput input = new CountingInput();
    AtomicInteger worked = new AtomicInteger();
    ParallelMap map = ParallelMap.of(2, 8);

    List<Integer> firstFive;
    try (Stream<Integer> results = map.stream(input, x -> {
      worked.incrementAndGet();
      return x;
    })) {
      firstFive = results.limit(5).toList();
    }

    assertEquals(List.of(0, 1, 2, 3, 4), firstFive);
    assertTrue(input.taken.get() <= 5 + map.window(), "took " + input.taken.get() + " items of an endless input");
    assertTrue(worked.get() <= input.taken.get(), "worked on " + worked.get() + " items");
  }

  @Test
  void findFirst_onAnEndlessInput_returns() {
    CountingInput input = new CountingInput();

    try (Stream<Integer> results = ParallelMap.of(2, 4).stream(input, x -> x + 1)) {
      assertEquals(1, results.findFirst().orElseThrow());
    }
    assertTrue(input.taken.get() <= 4, "took " + input.taken.get() + " items");
  }

  @Test
  void failingWork_throwsItsExceptionAtItsItem_afterTheItemsBefore() {
    List<Integer> seen = new ArrayList<>();
    Iterator<Integer> input = IntStream.range(0, 100).iterator();

    IllegalStateException thrown;
    try (Stream<Integer> results = ParallelMap.of(2, 4).stream(input, x -> {
      if (x == 7) {
        throw new IllegalStateException("item " + x + " is bad");
      }
      return x;
    })) {
      thrown = assertThrows(IllegalStateException.class, () -> results.forEach(seen::add));
    }

    assertEquals("item 7 is bad", thrown.getMessage());
    assertEquals(IntStream.range(0, 7).boxed().toList(), seen);
  }

  @Test
  void emptyInput_givesNothing() {
    assertEquals(List.of(), ParallelMap.ofThreads(2).stream(List.<Integer>of().iterator(), x -> x).toList());
  }

  @Nested
  final class Arguments {

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {0, -1, ParallelMap.MAX_THREADS + 1})
    void threadsOutOfRange_throw(int threads) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParallelMap.ofThreads(threads));
      assertTrue(e.getMessage().contains("got " + threads), e.getMessage());
    }

    @Test
    void windowSmallerThanThreads_throws() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParallelMap.of(4, 3));
      assertTrue(e.getMessage().contains("got 3"), e.getMessage());
    }

    @Test
    void ofThreads_holdsEightItemsPerThread() {
      assertEquals(List.of(3, 24), List.of(ParallelMap.ofThreads(3).threads(), ParallelMap.ofThreads(3).window()));
    }

    @Test
    void toString_namesThreadsAndWindow() {
      assertEquals("ParallelMap[threads=2, window=5]", ParallelMap.of(2, 5).toString());
    }
  }

  @Test
  void results_areNotRecomputed() {
    AtomicInteger calls = new AtomicInteger();
    List<Integer> input = IntStream.range(0, 50).boxed().toList();

    String joined = ParallelMap.of(2, 3).stream(input.iterator(), x -> {
      calls.incrementAndGet();
      return x;
    }).map(String::valueOf).collect(Collectors.joining(","));

    assertEquals(50, calls.get());
    assertEquals(input.stream().map(String::valueOf).collect(Collectors.joining(",")), joined);
  }
}
