package dev.entente.examples.cli;

import java.io.PrintStream;

/**
 * The {@code read N/M files} line on standard error. On a terminal it is one line redrawn in place
 * (at most ten times a second), cleared before a problem is printed and left showing the final
 * count; elsewhere (when forced with {@code --progress}) it is a line at every tenth of the files
 * and one at the end, so a log stays short.
 */
final class Progress {

  /** When to show progress, as {@code --progress} and {@code --no-progress} choose. */
  enum Mode {
    /** When standard error is a terminal and more than {@link #AUTO_THRESHOLD} files are read. */
    AUTO,
    /** Always: {@code --progress}. */
    ALWAYS,
    /** Never: {@code --no-progress}. */
    NEVER
  }

  /** The number of files above which progress shows by itself on a terminal. */
  static final int AUTO_THRESHOLD = 10;

  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream err;
  private final boolean shown;
  private final boolean inPlace;
  private final int total;
  private final int step;
  private long lastDraw;
  private int done;
  private int drawn;

  private Progress(PrintStream err, boolean shown, boolean inPlace, int total) {
    this.err = err;
    this.shown = shown;
    this.inPlace = inPlace;
    this.total = total;
    this.step = Math.max(1, total / 10);
  }

  /** Returns the progress of reading {@code total} files, shown or not as {@code mode} says. */
  static Progress start(Mode mode, Output output, int total) {
    boolean shown =
        switch (mode) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> output.errIsTerminal() && total > AUTO_THRESHOLD;
        };
    return new Progress(output.err(), shown, output.errIsTerminal(), total);
  }

  /** Records that one more file was read (or failed). */
  void advance() {
    done++;
    if (!shown) {
      return;
    }
    if (inPlace) {
      long now = System.nanoTime();
      if (done == total || now - lastDraw >= REDRAW_NANOS) {
        lastDraw = now;
        String line = line();
        err.print("\r" + line);
        err.flush();
        drawn = line.length();
      }
    } else if (done % step == 0 || done == total) {
      err.println(line());
    }
  }

  /** Clears the line drawn in place, if any, so that a message can be printed. */
  void interrupt() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      drawn = 0;
    }
  }

  /** Ends the line drawn in place, if any. */
  void finish() {
    if (drawn > 0) {
      err.println();
      drawn = 0;
    }
  }

  private String line() {
    return "read " + done + "/" + total + " files";
  }
}
