package dev.entente.examples.cli;

import java.nio.file.Path;

/**
 * A file to read: the id its article gets, whether a folder listed it (so that a file which is not
 * an article is skipped, not failed) and its size in bytes for progress (0 when unknown).
 */
record InputFile(Path file, String id, boolean listed, long bytes) {

  /** Standard input, the path {@code -}. */
  static final InputFile STDIN = new InputFile(Path.of("-"), "stdin", false, 0);

  /** Returns whether this is standard input. */
  boolean isStdin() {
    return this == STDIN;
  }
}
