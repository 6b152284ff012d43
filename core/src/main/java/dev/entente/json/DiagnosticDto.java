package dev.entente.json;

import static dev.entente.json.Fields.constant;
import static dev.entente.json.Fields.optionalSpan;
import static dev.entente.json.Fields.orNull;
import static dev.entente.json.Fields.required;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Severity;
import java.util.List;

/** A diagnostic object: {@code {"severity", "code", "span", "message"}}. */
record DiagnosticDto(String severity, String code, List<Integer> span, String message) {

  static DiagnosticDto from(Diagnostic diagnostic) {
    return new DiagnosticDto(
        diagnostic.severity().name(),
        diagnostic.code().name(),
        orNull(diagnostic.span(), Fields::bounds),
        diagnostic.message());
  }

  Diagnostic toModel(FieldPath at) {
    var level = constant(Severity.class, severity, at.field("severity"));
    var what = constant(DiagnosticCode.class, code, at.field("code"));
    var where = optionalSpan(span, at.field("span"));
    String text = required(message, at.field("message"));
    return Fields.build(() -> new Diagnostic(level, what, where, text), at);
  }
}
