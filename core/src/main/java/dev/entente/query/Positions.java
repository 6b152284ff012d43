package dev.entente.query;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import java.util.List;

/**
 * Combines the lists of positions the indexes hold: ascending, without repeats, so that the
 * combination of two is computed by walking them, and stays in corpus order.
 */
final class Positions {

  private Positions() {}

  /** Returns the positions in any of {@code lists}. */
  static ImmutableIntArray union(List<ImmutableIntArray> lists) {
    if (lists.size() == 1) {
      return lists.get(0);
    }
    int[] all = lists.stream().flatMapToInt(ImmutableIntArray::stream).toArray();
    Arrays.sort(all);
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[n++] = all[i];
      }
    }
    return ImmutableIntArray.copyOf(Arrays.copyOf(all, n));
  }

  /** Returns the positions in every one of {@code lists}, which must not be empty. */
  static ImmutableIntArray intersection(List<ImmutableIntArray> lists) {
    ImmutableIntArray result = lists.get(0);
    for (int i = 1; i < lists.size() && !result.isEmpty(); i++) {
      result = intersection(result, lists.get(i));
    }
    return result;
  }

  /**
   * Returns the positions in both {@code a} and {@code b}: by looking each position of the shorter
   * up in the longer when that is much longer, by walking both otherwise.
   */
  static ImmutableIntArray intersection(ImmutableIntArray a, ImmutableIntArray b) {
    ImmutableIntArray small = a.length() <= b.length() ? a : b;
    ImmutableIntArray large = small == a ? b : a;
    int[] found = new int[small.length()];
    int n = 0;
    if ((long) small.length() * (32 - Integer.numberOfLeadingZeros(large.length()))
        < large.length()) {
      int from = 0;
      for (int i = 0; i < small.length(); i++) {
        int at = search(large, from, small.get(i));
        if (at >= 0) {
          found[n++] = small.get(i);
          from = at + 1;
        } else {
          from = -at - 1;
        }
      }
    } else {
      for (int i = 0, j = 0; i < small.length() && j < large.length(); ) {
        int x = small.get(i);
        int y = large.get(j);
        if (x == y) {
          found[n++] = x;
          i++;
          j++;
        } else if (x < y) {
          i++;
        } else {
          j++;
        }
      }
    }
    return ImmutableIntArray.copyOf(Arrays.copyOf(found, n));
  }

  /**
   * Returns the index of {@code key} in {@code list} from {@code from} on, as binarySearch does.
   */
  private static int search(ImmutableIntArray list, int from, int key) {
    int low = from;
    int high = list.length() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int value = list.get(mid);
      if (value < key) {
        low = mid + 1;
      } else if (value > key) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }
}
