package dev.entente.examples.cli;

import dev.entente.batch.BatchProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The {@code read N/M files, D documents, X MB/s, T left} line on standard error. On a terminal
 * it is one line redrawn in place (at most ten times a second), cleared before a problem is printed
 * and left showing the final count; elsewhere (when forced with {@code --progress}) it is a line at
 * every tenth of the files and one at the end, so a log stays short.
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
  private final long totalBytes;
  private final int step;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int done;
  private long documents;
  private long bytes;
  private int drawn;

  private Progress(PrintStream err, boolean shown, boolean inPlace, int total, long totalBytes) {
    this.err = err;
    this.shown = shown;
    this.inPlace = inPlace;
    this.total = total;
    this.totalBytes = totalBytes;
    this.step = Math.max(1, total / 10);
  }

  /**
   * Returns the progress of reading {@code total} files of {@code totalBytes} bytes in all, shown
   * or not as {@code mode} says.
   */
  static Progress start(Mode mode, Output output, int total, long totalBytes) {
    boolean shown =
        switch (mode) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> output.errIsTerminal() && total > AUTO_THRESHOLD;
        };
    return new Progress(output.err(), shown, output.errIsTerminal(), total, totalBytes);
  }

  /** Records that one more file, of {@code fileBytes} bytes, was read (or failed) into {@code fileDocuments} documents. */
  void advance(long fileBytes, int fileDocuments) {
    done++;
    bytes += fileBytes;
    documents += fileDocuments;
    if (!shown) {
      return;
    }
    if (inPlace) {
      long now = System.nanoTime();
      if (done == total || now - lastDraw >= REDRAW_NANOS) {
        lastDraw = now;
        String line = line(now);
        // spaces over what is left of a longer line drawn before
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
      }
    } else if (done % step == 0 || done == total) {
      err.println(line(System.nanoTime()));
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

  private String line(long now) {
    BatchProgress progress =
        new BatchProgress(done, total, documents, bytes, totalBytes, Duration.ofNanos(now - start));
    String line =
        String.format(
            Locale.ROOT,
            progress.megabytesPerSecond() < 10 ? "read %d/%d files, %d %s, %.2f MB/s" : "read %d/%d files, %d %s, %.1f MB/s",
            done,
            total,
            documents,
            documents == 1 ? "document" : "documents",
            progress.megabytesPerSecond());
    return progress.isComplete()
        ? line + ", " + clock(progress.elapsed()) + " in all"
        : line + progress.remaining().map(left -> ", " + clock(left) + " left").orElse("");
  }

  /** Returns {@code 1:05} for 65 seconds, {@code 1:02:03} past an hour. */
  static String clock(Duration duration) {
    long seconds = Math.round(duration.toMillis() / 1000.0);
    long hours = seconds / 3600;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
