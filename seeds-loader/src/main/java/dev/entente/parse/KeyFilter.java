package dev.entente.parse;

import java.util.Collection;

/**
 * A quick "surely not a key" test before a map lookup, for the many words of a text that no table
 * holds: one read of a small bit table indexed by the word's hash, which {@link String} caches.
 * A set bit means "maybe a key" and the map must be asked; a clear bit means the word is no key.
 * Immutable once built.
 */
final class KeyFilter {

  /** Bits per key: at 16, about one absent word in sixteen passes to the map. */
  private static final int BITS_PER_KEY = 16;
  private static final int MIN_BITS = 1 << 10;

  private final long[] bits;
  private final int mask;

  private KeyFilter(long[] bits, int mask) {
    this.bits = bits;
    this.mask = mask;
  }

  /** Returns a filter that lets through every one of {@code keys}. */
  static KeyFilter of(Collection<String> keys) {
    int size = Integer.highestOneBit(Math.max(MIN_BITS, keys.size() * BITS_PER_KEY - 1)) << 1;
    long[] bits = new long[size >>> 6];
    int mask = size - 1;
    for (String key : keys) {
      int h = slot(key, mask);
      bits[h >>> 6] |= 1L << h;
    }
    return new KeyFilter(bits, mask);
  }

  /** Returns false only if {@code key} is surely none of the keys the filter was built from. */
  boolean mayContain(String key) {
    int h = slot(key, mask);
    return (bits[h >>> 6] & (1L << h)) != 0;
  }

  private static int slot(String key, int mask) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
