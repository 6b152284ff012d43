package dev.entente.identity;

import dev.entente.model.PartialDate;
import dev.entente.model.PartialDate.Precision;
import java.util.Comparator;
import java.util.Optional;

/** How identity rules compare the partial dates of two mentions. */
final class PartialDates {

  /** Of two dates, the more precise first: a tie between two values goes to it. */
  static final Comparator<PartialDate> MORE_PRECISE_FIRST =
      Comparator.comparing(PartialDate::precision).reversed();

  private PartialDates() {}

  /** Returns whether the dates do not conflict: one is unknown, or they share a day. */
  static boolean compatible(Optional<PartialDate> a, Optional<PartialDate> b) {
    return a.isEmpty() || b.isEmpty() || a.get().overlaps(b.get());
  }

  /** Returns whether both are known, share a day and are both given at least to the month. */
  static boolean agreeToTheMonth(Optional<PartialDate> a, Optional<PartialDate> b) {
    return a.isPresent()
        && b.isPresent()
        && a.get().precision() != Precision.YEAR
        && b.get().precision() != Precision.YEAR
        && a.get().overlaps(b.get());
  }

  /**
   * Returns whether a step dated {@code earlier} can come before one dated {@code later}: one is
   * unknown, or {@code earlier} does not start after {@code later} ends.
   */
  static boolean inOrder(Optional<PartialDate> earlier, Optional<PartialDate> later) {
    return earlier.isEmpty()
        || later.isEmpty()
        || !earlier.get().firstDay().isAfter(later.get().lastDay());
  }

  /** Returns the month of a date given at least to the month, as {@code 2024-05}; else empty. */
  static Optional<String> month(Optional<PartialDate> date) {
    return date.filter(d -> d.precision() != Precision.YEAR)
        .map(d -> d.year() + "-" + d.month().orElseThrow());
  }
}
