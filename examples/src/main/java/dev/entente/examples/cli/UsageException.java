package dev.entente.examples.cli;

/**
 * Thrown when the command line is wrong. The message says what is wrong and, when possible, how to
 * fix it; {@link #command()} names the command whose {@code --help} explains the usage.
 */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String command;

  /**
   * Creates the exception.
   *
   * @param command the command line's words before the options, such as {@code "query
   *     relations"}, or empty for the tool itself
   * @param message what is wrong, lower case, naming the value and the fix
   */
  UsageException(String command, String message) {
    super(message);
    this.command = command;
  }

  /** Returns the command whose help explains the usage, such as {@code "query relations"}. */
  String command() {
    return command;
  }
}
