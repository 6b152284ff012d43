package dev.entente.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A doubt or a problem met while reading an article. The parser reports these instead of throwing
 * or logging.
 *
 * @param severity how much it matters
 * @param code what it is
 * @param span where in the cleaned text, when it concerns one place
 * @param message a human-readable explanation
 */
public record Diagnostic(Severity severity, DiagnosticCode code, Optional<Span> span, String message) {

  /**
   * Checks every component.
   *
   * @throws NullPointerException if a component is null
   */
  public Diagnostic {
    checkNotNull(severity, "severity");
    checkNotNull(code, "code");
    checkNotNull(span, "span");
    checkNotNull(message, "message");
  }

  /** Returns a diagnostic about the whole article. */
  public static Diagnostic of(Severity severity, DiagnosticCode code, String message) {
    return new Diagnostic(severity, code, Optional.empty(), message);
  }

  /** Returns a diagnostic about one place in the article. */
  public static Diagnostic at(Severity severity, DiagnosticCode code, Span span, String message) {
    return new Diagnostic(severity, code, Optional.of(span), message);
  }

  @Override
  public String toString() {
    return severity + " " + code + span.map(s -> " " + s).orElse("") + ": " + message;
  }
}
