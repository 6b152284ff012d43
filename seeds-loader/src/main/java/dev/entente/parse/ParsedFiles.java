package dev.entente.parse;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.entente.query.Corpus;

/**
 * The result of reading article files: the corpus of the files read, and every problem met.
 * Files seen = documents in the corpus + {@linkplain #failures() failures}, where each file holds
 * one article (a {@code .jsonl} file of articles holds one a line).
 *
 * @param corpus the corpus of the files that were read
 * @param problems every file problem, fatal or not, in file order
 * @param filesSeen how many files were found
 */
public record ParsedFiles(Corpus corpus, ImmutableList<FileProblem> problems, int filesSeen) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ParsedFiles {
    checkNotNull(corpus, "corpus");
    checkNotNull(problems, "problems");
  }

  /** Returns the problems of the files that were left out. */
  public ImmutableList<FileProblem> failures() {
    return problems.stream().filter(p -> p.kind().isFatal()).collect(ImmutableList.toImmutableList());
  }

  /** Returns whether every file was read. */
  public boolean isComplete() {
    return failures().isEmpty();
  }
}
