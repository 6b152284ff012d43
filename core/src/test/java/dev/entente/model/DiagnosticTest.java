package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DiagnosticTest {

  @Test
  void of_isAboutTheWholeArticle() {
    assertEquals(
        Optional.empty(),
        Diagnostic.of(Severity.INFO, DiagnosticCode.EMPTY_TEXT, "vide").span());
  }

  @Test
  void at_isAboutOnePlace() {
    Diagnostic diagnostic =
        Diagnostic.at(Severity.WARNING, DiagnosticCode.UNRESOLVED_SPEAKER, Span.of(10, 42), "qui ?");
    assertEquals(Optional.of(Span.of(10, 42)), diagnostic.span());
    assertEquals("WARNING UNRESOLVED_SPEAKER [10, 42): qui ?", diagnostic.toString());
  }

  @Test
  void nullMessage_throwsNamingIt() {
    assertEquals(
        "message",
        assertThrows(
                NullPointerException.class,
                () -> Diagnostic.of(Severity.INFO, DiagnosticCode.EMPTY_TEXT, null))
            .getMessage());
  }
}
