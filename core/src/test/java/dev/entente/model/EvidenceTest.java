package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class EvidenceTest {

  private static final Span SPAN = Span.of(3, 9);

  @Test
  void of_isAtFullConfidence() {
    assertEquals(1.0, Evidence.of("000_x", SPAN, "La Russie.", "AgreementRule").confidence());
  }

  @Test
  void confidenceOutsideZeroToOne_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Evidence("000_x", SPAN, "s", "Rule", 1.5));
    assertEquals("confidence must be between 0 and 1, got 1.5", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new Evidence("000_x", SPAN, "s", "Rule", -0.1));
    assertThrows(
        IllegalArgumentException.class, () -> new Evidence("000_x", SPAN, "s", "Rule", Double.NaN));
  }

  @Test
  void blankDocumentOrRule_throwsShowingIt() {
    assertEquals(
        "evidence needs a document id, got \"\"",
        assertThrows(IllegalArgumentException.class, () -> Evidence.of("", SPAN, "s", "Rule"))
            .getMessage());
    assertEquals(
        "evidence needs a rule name, got \" \"",
        assertThrows(IllegalArgumentException.class, () -> Evidence.of("000_x", SPAN, "s", " "))
            .getMessage());
  }

  @Test
  void emptySentence_isAllowed() {
    assertEquals("", Evidence.of("000_x", SPAN, "", "Rule").sentence());
  }
}
