package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Reading;

/**
 * What reading one file gave: its documents, the problems to print on standard error (in order,
 * without the tool's prefix), and how the file counts.
 *
 * @param readings the documents read, empty if none could be
 * @param problems the messages about the file, in the order they arose
 * @param skipped whether the file is not an article and a folder listed it: named, not a failure
 * @param partlyRead whether only some of the file was read (a .jsonl file's good lines)
 */
record FileOutcome(ImmutableList<Reading> readings, ImmutableList<String> problems, boolean skipped, boolean partlyRead) {

  /** Returns an outcome without documents, naming the problem. */
  static FileOutcome failed(String problem) {
    return new FileOutcome(ImmutableList.of(), ImmutableList.of(problem), false, false);
  }
}
