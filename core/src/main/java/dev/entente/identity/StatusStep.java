package dev.entente.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Evidence;
import dev.entente.model.PartialDate;
import dev.entente.model.TransferStatus;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step of an agreement's or a transfer's lifecycle: a status the sources report it reached,
 * when, and where they say so ("signé le 17 janvier 2025", "livré en 2021").
 *
 * @param status an {@link AgreementStatus} or a {@link TransferStatus}
 * @param date when the step was reached, the best-supported date its mentions give
 * @param quantity for a transfer, how many the step concerns (a delivery in parts), where stated;
 *     never for an agreement
 * @param documents the documents that report the step, in id order
 * @param evidence where the step was read; at least one
 */
public record StatusStep(
    Enum<?> status,
    Optional<PartialDate> date,
    OptionalInt quantity,
    ImmutableSortedSet<String> documents,
    ImmutableList<Evidence> evidence) {

  /**
   * Checks every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the status is of neither status type, or there is no
   *     evidence
   */
  public StatusStep {
    checkNotNull(status, "status");
    checkNotNull(date, "date");
    checkNotNull(quantity, "quantity");
    checkNotNull(documents, "documents");
    checkNotNull(evidence, "evidence");
    checkArgument(
        status instanceof AgreementStatus || status instanceof TransferStatus,
        "a step's status is an AgreementStatus or a TransferStatus, got %s",
        status);
    checkArgument(!evidence.isEmpty(), "the step %s needs evidence", status);
  }

  /** Returns whether the step is in {@code year}. */
  public boolean isIn(int year) {
    return date.map(d -> d.year() == year).orElse(false);
  }

  @Override
  public String toString() {
    return status
        + date.map(d -> " " + d).orElse("")
        + (quantity.isPresent() ? " x" + quantity.getAsInt() : "")
        + " "
        + documents;
  }
}
