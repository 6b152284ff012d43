package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quick "no key" test: never wrong about a key, and usually right about other words. */
final class KeyFilterTest {

  @Test
  void everyKey_passes_andMostOtherWordsDoNot() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Set<String> keys = new HashSet<>();
    for (int i = random.nextInt(20_000); i > 0; i--) {
      keys.add(word(random));
    }
    KeyFilter filter = KeyFilter.of(keys);
    for (String key : keys) {
      assertTrue(filter.mayContain(key), "key " + key + " refused; seed " + seed);
    }
    int others = 0;
    int passed = 0;
    for (int i = 0; i < 20_000; i++) {
      String other = word(random) + "#";
      others++;
      if (filter.mayContain(other)) {
        passed++;
      }
    }
    assertTrue(passed < others / 5, passed + " of " + others + " other words passed; seed " + seed);
  }

  @Test
  void emptyFilter_refusesEverything() {
    KeyFilter filter = KeyFilter.of(List.of());
    assertFalse(filter.mayContain("accord"));
    assertFalse(filter.mayContain(""));
  }

  private static String word(Random random) {
    StringBuilder w = new StringBuilder();
    for (int n = 1 + random.nextInt(12); n > 0; n--) {
      w.append((char) ('a' + random.nextInt(26)));
    }
    return w.toString();
  }
}
