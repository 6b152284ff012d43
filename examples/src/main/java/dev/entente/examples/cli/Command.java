package dev.entente.examples.cli;

import java.util.List;

/** One command of the command line, such as {@code extract} or {@code query relations}. */
interface Command {

  /** Returns the words that call the command, such as {@code "query relations"}. */
  String name();

  /** Returns one line saying what the command does, for the list of commands. */
  String summary();

  /** Returns the command's full help: usage, options, examples. */
  String help();

  /**
   * Returns whether the command's first word is a kind, such as {@code relations} after {@code
   * query}; such a command handles {@code --help} itself, since the help depends on the kind.
   */
  default boolean hasKinds() {
    return false;
  }

  /**
   * Runs the command on the words that follow its name; unless it {@linkplain #hasKinds() has
   * kinds}, {@code --help} has been handled.
   *
   * @throws UsageException if the words are wrong
   */
  ExitCode run(List<String> words, Output output) throws UsageException;
}
