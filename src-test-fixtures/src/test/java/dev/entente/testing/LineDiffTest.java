package dev.entente.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tests of {@link LineDiff}, by example and against a longest-common-subsequence count. */
final class LineDiffTest {

  @Test
  void equalTexts_haveNoDifferences() {
    LineDiff diff = LineDiff.of("a\nb\n", "a\r\nb");
    assertTrue(diff.isEmpty());
    assertEquals(List.of("  a", "  b"), diff.lines());
    assertEquals("no differences\n", diff.toString());
  }

  @Test
  void lostAndAddedLines_areMarked() {
    LineDiff diff = LineDiff.of(List.of("a", "b", "c"), List.of("a", "c", "d"));
    assertEquals(List.of("  a", "- b", "  c", "+ d"), diff.lines());
    assertEquals("@@ -1,3 +1,3 @@\n  a\n- b\n  c\n+ d\n", diff.toString());
    assertEquals(1, diff.added());
    assertEquals(1, diff.lost());
  }

  @Test
  void distantChanges_formTwoHunksWithTwoLinesOfContext() {
    List<String> expected = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    List<String> actual = List.of("1", "two", "3", "4", "5", "6", "7", "8", "nine", "10");
    assertEquals(
        "@@ -1,4 +1,4 @@\n  1\n- 2\n+ two\n  3\n  4\n"
            + "@@ -7,4 +7,4 @@\n  7\n  8\n- 9\n+ nine\n  10\n",
        LineDiff.of(expected, actual).toString());
  }

  @Test
  void fromEmpty_isAllAdded_numberedFromLineZero() {
    assertEquals("@@ -0,0 +1,2 @@\n+ a\n+ b\n", LineDiff.of(List.of(), List.of("a", "b")).toString());
  }

  @Test
  void toEmpty_isAllLost() {
    assertEquals("@@ -1,2 +0,0 @@\n- a\n- b\n", LineDiff.of(List.of("a", "b"), List.of()).toString());
  }

  @Test
  void beyondMaxEdits_theMiddleIsReplacedWhole() {
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    expected.add("same");
    actual.add("same");
    for (int i = 0; i < LineDiff.MAX_EDITS; i++) {
      expected.add("old " + i);
      actual.add("new " + i);
    }
    LineDiff diff = LineDiff.of(expected, actual);
    assertEquals(LineDiff.MAX_EDITS, diff.lost());
    assertEquals(LineDiff.MAX_EDITS, diff.added());
    assertEquals("  same", diff.lines().get(0));
  }

  /** Over random small texts: the script rebuilds both sides and its length is minimal. */
  @Test
  void script_isAShortestEditScript() {
    Random random = new Random(20_240_611L);
    for (int run = 0; run < 2_000; run++) {
      List<String> a = randomLines(random);
      List<String> b = randomLines(random);
      LineDiff diff = LineDiff.of(a, b);
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      for (String line : diff.lines()) {
        String text = line.substring(2);
        if (!line.startsWith("+ ")) {
          left.add(text);
        }
        if (!line.startsWith("- ")) {
          right.add(text);
        }
      }
      String where = "run " + run + ": " + a + " -> " + b;
      assertEquals(a, left, where);
      assertEquals(b, right, where);
      assertEquals(a.size() + b.size() - 2 * lcs(a, b), diff.added() + diff.lost(), where);
    }
  }

  private static List<String> randomLines(Random random) {
    List<String> lines = new ArrayList<>();
    for (int i = random.nextInt(9); i > 0; i--) {
      lines.add(String.valueOf((char) ('a' + random.nextInt(3))));
    }
    return lines;
  }

  private static int lcs(List<String> a, List<String> b) {
    int[][] table = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        table[i][j] =
            a.get(i).equals(b.get(j))
                ? table[i + 1][j + 1] + 1
                : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    return table[0][0];
  }
}
