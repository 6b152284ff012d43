package dev.entente.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a batch has gone: the items (articles, files) handed over out of all, their size in
 * bytes and the time since the batch started. Listeners receive one after each item, in order,
 * {@code done} going up by one to {@code total}.
 *
 * @param done the items handed over so far, from 1
 * @param total the items of the batch
 * @param documents the documents read from those items (an article is one; a file may hold more)
 * @param bytesDone the size of the items handed over, in bytes (UTF-8 for an article's text)
 * @param bytesTotal the size of all the items, in bytes, or 0 when unknown
 * @param elapsed the time since the batch started
 */
public record BatchProgress(
    int done, int total, long documents, long bytesDone, long bytesTotal, Duration elapsed) {

  /**
   * Checks every component.
   *
   * @throws NullPointerException if {@code elapsed} is null
   * @throws IllegalArgumentException if a count is negative or {@code done} exceeds {@code total}
   */
  public BatchProgress {
    checkNotNull(elapsed, "elapsed");
    checkArgument(done >= 0 && done <= total, "done must be between 0 and total (%s), got %s", total, done);
    checkArgument(documents >= 0 && bytesDone >= 0 && bytesTotal >= 0, "counts cannot be negative");
  }

  /** Returns whether every item has been handed over. */
  public boolean isComplete() {
    return done == total;
  }

  /** Returns the throughput so far in megabytes (10^6 bytes) per second, 0 before any time passed. */
  public double megabytesPerSecond() {
    long nanos = elapsed.toNanos();
    return nanos == 0 ? 0 : bytesDone * 1e3 / nanos;
  }

  /**
   * Returns the time left at the throughput so far, estimated by bytes when the total size is known
   * and by items otherwise; empty before anything was done.
   */
  public Optional<Duration> remaining() {
    if (isComplete()) {
      return Optional.of(Duration.ZERO);
    }
    double share = bytesTotal > 0 && bytesDone > 0
        ? (double) bytesDone / bytesTotal
        : (double) done / total;
    if (share <= 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos((long) (elapsed.toNanos() * (1 - share) / share)));
  }
}
