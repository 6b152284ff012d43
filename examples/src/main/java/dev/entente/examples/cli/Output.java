package dev.entente.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command writes: results to {@code out}, problems and progress to {@code err}.
 *
 * @param in standard input, which the path {@code -} reads
 * @param out standard output: results only
 * @param err standard error: problems, warnings and progress
 * @param errIsTerminal whether {@code err} is a terminal, so that progress can redraw one line
 */
record Output(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {

  Output {
    checkNotNull(in, "in");
    checkNotNull(out, "out");
    checkNotNull(err, "err");
  }

  /** Prints {@code message} on standard error, prefixed by the tool's name. */
  void problem(String message) {
    err.println("entente: " + message);
  }
}
