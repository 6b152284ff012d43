package dev.entente.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * What a run of {@link EntenteSparkJob} read and wrote.
 *
 * @param documents the documents read
 * @param problems how many sources were not read, or read in part (a file, a JSON line)
 * @param someProblems the first of those problems, in text order, at most {@value #SHOWN}
 * @param components the groups of documents resolved apart, none sharing a blocking key
 * @param rounds how many times the components were formed: one, plus one for each time the
 *     records of two components turned out to share a key
 * @param tables the folders written, one per table, under the output
 */
public record JobSummary(
    long documents,
    long problems,
    ImmutableList<String> someProblems,
    long components,
    int rounds,
    ImmutableList<String> tables) {

  /** The most problems a summary lists. */
  public static final int SHOWN = 20;

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public JobSummary {
    checkNotNull(someProblems, "someProblems");
    checkNotNull(tables, "tables");
  }

  @Override
  public String toString() {
    return String.format(
        "read %d documents (%d problems), resolved in %d components (%d rounds), wrote %s",
        documents, problems, components, rounds, tables);
  }
}
