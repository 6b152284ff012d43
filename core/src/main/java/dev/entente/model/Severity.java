package dev.entente.model;

/** How much a {@link Diagnostic} matters to the reading it is attached to. */
public enum Severity {
  /** Something worth knowing; the reading is complete. */
  INFO,
  /** Something was read with doubt or skipped; the reading may miss facts. */
  WARNING,
  /** Part of the input could not be read at all. */
  ERROR
}
