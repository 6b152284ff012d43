package dev.entente.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.entente.model.Reading;
import dev.entente.query.Corpus;
import org.junit.jupiter.api.AssertionFailureBuilder;

/**
 * Assertions that readings match the frozen snapshot of the seed corpus, or any expected
 * readings, failing with a per-document account of what was ADDED, LOST and CHANGED.
 *
 * <pre>{@code
 * @Test
 * void parserStillReadsTheSeedsTheSameWay() {
 *   assertMatchesSnapshot(Seeds.corpus());
 * }
 * }</pre>
 *
 * <p>A failure is an {@code AssertionFailedError} whose message is {@link SnapshotDiff#report()}
 * and whose expected and actual values are both sides written out line by line, which an IDE shows
 * side by side.
 */
public final class SnapshotAssertions {

  /** The command, run in the Entente build, that rewrites the seed snapshot from today's parser. */
  static final String REGENERATE =
      "mvn -q -pl src-test-fixtures -am -Pwrite-snapshot process-test-classes";

  private SnapshotAssertions() {}

  /**
   * Asserts that {@code actual}'s readings equal the seed snapshot, {@link SeedCorpus#snapshot()}.
   *
   * @throws NullPointerException if {@code actual} is null
   * @throws org.opentest4j.AssertionFailedError if they differ; the message lists the differences
   *     per document
   */
  public static void assertMatchesSnapshot(Corpus actual) {
    checkNotNull(actual, "actual");
    assertMatchesSnapshot(actual.readings());
  }

  /**
   * Asserts that {@code actual} equals the seed snapshot, {@link SeedCorpus#snapshot()}: the same
   * documents in the same order, each with equal metadata, actors, facts, relations and
   * diagnostics, in the same order.
   *
   * @throws NullPointerException if {@code actual} or a reading is null
   * @throws IllegalArgumentException if a document id occurs twice in {@code actual}
   * @throws org.opentest4j.AssertionFailedError if they differ; the message lists the differences
   *     per document
   */
  public static void assertMatchesSnapshot(Iterable<Reading> actual) {
    checkNotNull(actual, "actual");
    check(
        SeedCorpus.get().snapshot(),
        actual,
        "the readings do not match the seed snapshot " + SeedCorpus.SNAPSHOT_RESOURCE,
        "if the parser change is intended, regenerate the snapshot in the Entente build with\n  "
            + REGENERATE
            + "\nand review its diff");
  }

  /**
   * Asserts that {@code actual} equals {@code expected}, as {@link #assertMatchesSnapshot(Iterable)}
   * does with the seed snapshot.
   *
   * @throws NullPointerException if an argument or a reading is null
   * @throws IllegalArgumentException if a document id occurs twice on one side
   * @throws org.opentest4j.AssertionFailedError if they differ; the message lists the differences
   *     per document
   */
  public static void assertMatches(Iterable<Reading> expected, Iterable<Reading> actual) {
    checkNotNull(expected, "expected");
    checkNotNull(actual, "actual");
    check(expected, actual, "the readings do not match the expected ones", "");
  }

  private static void check(
      Iterable<Reading> expected, Iterable<Reading> actual, String headline, String advice) {
    SnapshotDiff diff = SnapshotDiff.between(expected, actual);
    if (diff.isEmpty()) {
      return;
    }
    AssertionFailureBuilder.assertionFailure()
        .message(headline + ": " + diff.report() + advice)
        .expected(SnapshotDiff.render(expected))
        .actual(SnapshotDiff.render(actual))
        .includeValuesInMessage(false)
        .buildAndThrow();
  }
}
