package dev.entente.model;

/** Small valid values that model tests build on. */
final class Samples {

  static final String DOCUMENT_ID = "001_test";

  private Samples() {}

  /** Returns evidence from {@link #DOCUMENT_ID}. */
  static Evidence evidence() {
    return evidence(DOCUMENT_ID);
  }

  /** Returns evidence from {@code documentId}. */
  static Evidence evidence(String documentId) {
    return Evidence.of(documentId, Span.of(0, 10), "Une phrase.", "TestRule");
  }

  /** Returns other evidence from {@link #DOCUMENT_ID}. */
  static Evidence otherEvidence() {
    return new Evidence(DOCUMENT_ID, Span.of(50, 80), "Une autre phrase.", "OtherRule", 0.5);
  }
}
