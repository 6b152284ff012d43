package dev.entente.examples.cli;

/** The exit codes of the command line, which scripts can rely on; {@code --help} lists them. */
enum ExitCode {
  /** Everything asked for was read and written. */
  SUCCESS(0),
  /** Some files could not be read; the others were, and the output covers them. */
  SOME_FILES_FAILED(1),
  /** The command line is wrong: unknown command or option, missing or malformed value. */
  USAGE(2),
  /** Nothing could be read, or reading or writing failed. */
  FAILURE(3);

  private final int value;

  ExitCode(int value) {
    this.value = value;
  }

  /** Returns the process exit status. */
  int value() {
    return value;
  }
}
