package dev.entente.json;

import dev.entente.identity.StatusStep;
import dev.entente.model.PartialDate;
import java.util.List;

/**
 * A lifecycle step: {@code {"status", "date", "quantity", "documents"}}. Steps are derived from
 * the mentions, so the reader checks them rather than reads them.
 */
record StepDto(String status, String date, Integer quantity, List<String> documents) {

  static StepDto from(StatusStep step) {
    return new StepDto(
        step.status().name(),
        Fields.orNull(step.date(), PartialDate::toString),
        step.quantity().isPresent() ? step.quantity().getAsInt() : null,
        List.copyOf(step.documents()));
  }
}
