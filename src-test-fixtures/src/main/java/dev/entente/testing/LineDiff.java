package dev.entente.testing;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The line-by-line difference between an expected and an actual text: a shortest edit script of
 * kept, lost and added lines, printed like a unified diff.
 *
 * <pre>{@code
 * LineDiff diff = LineDiff.of(List.of("a", "b", "c"), List.of("a", "c", "d"));
 * diff.lines();     // ["  a", "- b", "  c", "+ d"]
 * diff.toString();  // "@@ -1,3 +1,3 @@\n  a\n- b\n  c\n+ d\n"
 * }</pre>
 *
 * <p>It uses Myers' algorithm after setting aside the common first and last lines. When the texts
 * differ by more than {@value #MAX_EDITS} lines, the middle is reported as wholly lost and wholly
 * added rather than aligned line by line, which keeps time and memory bounded.
 */
public final class LineDiff {

  /** The most lost and added lines aligned line by line; beyond it, the middle is replaced whole. */
  public static final int MAX_EDITS = 2_000;

  /** How many unchanged lines {@link #toString()} shows around each change. */
  private static final int CONTEXT = 2;

  private enum Op {
    KEEP("  "),
    LOSE("- "),
    ADD("+ ");

    final String prefix;

    Op(String prefix) {
      this.prefix = prefix;
    }
  }

  /** One line of the script, with its 0-based line numbers in the expected and actual texts. */
  private record Edit(Op op, String line, int expected, int actual) {}

  private final ImmutableList<Edit> edits;

  private LineDiff(ImmutableList<Edit> edits) {
    this.edits = edits;
  }

  /**
   * Returns the difference between the lines {@code expected} and {@code actual}.
   *
   * @throws NullPointerException if a list or a line is null
   */
  public static LineDiff of(List<String> expected, List<String> actual) {
    checkNotNull(expected, "expected");
    checkNotNull(actual, "actual");
    ImmutableList<String> a = ImmutableList.copyOf(expected);
    ImmutableList<String> b = ImmutableList.copyOf(actual);
    return new LineDiff(script(a, b));
  }

  /**
   * Returns the difference between the lines of {@code expected} and of {@code actual}, split at
   * {@code \n}, {@code \r\n} or {@code \r}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static LineDiff of(String expected, String actual) {
    checkNotNull(expected, "expected");
    checkNotNull(actual, "actual");
    return of(expected.lines().toList(), actual.lines().toList());
  }

  /** Returns whether the two texts have the same lines. */
  public boolean isEmpty() {
    return edits.stream().allMatch(e -> e.op == Op.KEEP);
  }

  /** Returns the number of actual lines the expected text lacks. */
  public int added() {
    return (int) edits.stream().filter(e -> e.op == Op.ADD).count();
  }

  /** Returns the number of expected lines the actual text lacks. */
  public int lost() {
    return (int) edits.stream().filter(e -> e.op == Op.LOSE).count();
  }

  /**
   * Returns the whole script, one entry per line: kept lines start with two spaces, lost lines
   * with {@code "- "}, added lines with {@code "+ "}.
   */
  public ImmutableList<String> lines() {
    return edits.stream().map(e -> e.op.prefix + e.line).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the changes with two unchanged lines around each, in hunks headed {@code @@ -l,n +l,n
   * @@} as in a unified diff, each line ending with {@code \n}; {@code "no differences\n"} when
   * there are none.
   */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "no differences\n";
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op == Op.KEEP) {
        i++;
        continue;
      }
      int from = Math.max(0, i - CONTEXT);
      int to = i; // exclusive end of the hunk
      int quiet = 0;
      for (int j = i; j < edits.size() && quiet <= 2 * CONTEXT; j++) {
        if (edits.get(j).op == Op.KEEP) {
          quiet++;
        } else {
          quiet = 0;
          to = j + 1;
        }
      }
      to = Math.min(edits.size(), to + CONTEXT);
      appendHunk(out, edits.subList(from, to));
      i = to;
    }
    return out.toString();
  }

  private static void appendHunk(StringBuilder out, List<Edit> hunk) {
    int expectedStart = -1;
    int actualStart = -1;
    int expectedCount = 0;
    int actualCount = 0;
    for (Edit edit : hunk) {
      if (edit.op != Op.ADD) {
        expectedStart = expectedStart < 0 ? edit.expected : expectedStart;
        expectedCount++;
      }
      if (edit.op != Op.LOSE) {
        actualStart = actualStart < 0 ? edit.actual : actualStart;
        actualCount++;
      }
    }
    // A side with no line in the hunk is numbered, as in a unified diff, by the line before it.
    out.append("@@ -")
        .append(expectedCount == 0 ? hunk.get(0).expected : expectedStart + 1)
        .append(',')
        .append(expectedCount)
        .append(" +")
        .append(actualCount == 0 ? hunk.get(0).actual : actualStart + 1)
        .append(',')
        .append(actualCount)
        .append(" @@\n");
    for (Edit edit : hunk) {
      out.append(edit.op.prefix).append(edit.line).append('\n');
    }
  }

  // ---- the edit script

  private static ImmutableList<Edit> script(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> midA = a.subList(prefix, a.size() - suffix);
    List<String> midB = b.subList(prefix, b.size() - suffix);
    ImmutableList.Builder<Edit> edits = ImmutableList.builder();
    for (int i = 0; i < prefix; i++) {
      edits.add(new Edit(Op.KEEP, a.get(i), i, i));
    }
    List<Edit> middle = myers(midA, midB);
    if (middle == null) { // too different to align: the whole middle is replaced
      middle = new ArrayList<>();
      for (int i = 0; i < midA.size(); i++) {
        middle.add(new Edit(Op.LOSE, midA.get(i), i, 0));
      }
      for (int j = 0; j < midB.size(); j++) {
        middle.add(new Edit(Op.ADD, midB.get(j), midA.size(), j));
      }
    }
    for (Edit edit : middle) {
      edits.add(new Edit(edit.op, edit.line, edit.expected + prefix, edit.actual + prefix));
    }
    for (int s = suffix; s > 0; s--) {
      edits.add(new Edit(Op.KEEP, a.get(a.size() - s), a.size() - s, b.size() - s));
    }
    return edits.build();
  }

  /**
   * Returns a shortest edit script from {@code a} to {@code b}, or null when it needs more than
   * {@link #MAX_EDITS} edits. Keeps the furthest-reaching x of each diagonal for each number of
   * edits d (an array of 2d + 1), then walks back from the end.
   */
  private static List<Edit> myers(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    List<int[]> trace = new ArrayList<>();
    int edits = -1;
    for (int d = 0; d <= Math.min(n + m, MAX_EDITS) && edits < 0; d++) {
      int[] v = new int[2 * d + 1];
      int[] previous = d == 0 ? null : trace.get(d - 1);
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (d == 0) {
          x = 0;
        } else if (k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1])) {
          x = previous[k + 1 + d - 1]; // down: a line of b added
        } else {
          x = previous[k - 1 + d - 1] + 1; // right: a line of a lost
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[k + d] = x;
        if (x >= n && y >= m) {
          edits = d;
        }
      }
      trace.add(v);
    }
    if (edits < 0) {
      return null;
    }
    List<Edit> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = edits; d > 0; d--) {
      int[] previous = trace.get(d - 1);
      int k = x - y;
      boolean down = k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]);
      int previousK = down ? k + 1 : k - 1;
      int previousX = previous[previousK + d - 1];
      int previousY = previousX - previousK;
      while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
        x--;
        y--;
        reversed.add(new Edit(Op.KEEP, a.get(x), x, y));
      }
      if (down) {
        reversed.add(new Edit(Op.ADD, b.get(previousY), previousX, previousY));
      } else {
        reversed.add(new Edit(Op.LOSE, a.get(previousX), previousX, previousY));
      }
      x = previousX;
      y = previousY;
    }
    while (x > 0 && y > 0) {
      x--;
      y--;
      reversed.add(new Edit(Op.KEEP, a.get(x), x, y));
    }
    checkState(x == 0 && y == 0, "edit script did not reach the start: %s, %s", x, y);
    Collections.reverse(reversed);
    return reversed;
  }
}
