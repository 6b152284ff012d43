package dev.entente.json;

import static dev.entente.json.Fields.required;

import dev.entente.model.Evidence;
import dev.entente.model.Span;
import java.util.List;

/** An evidence object: {@code {"document", "span", "sentence", "rule", "confidence"}}. */
record EvidenceDto(
    String document, List<Integer> span, String sentence, String rule, Double confidence) {

  static EvidenceDto from(Evidence evidence) {
    return new EvidenceDto(
        evidence.documentId(),
        Fields.bounds(evidence.span()),
        evidence.sentence(),
        evidence.rule(),
        evidence.confidence());
  }

  Evidence toModel(FieldPath at) {
    String documentId = required(document, at.field("document"));
    Span where = Fields.span(span, at.field("span"));
    String words = required(sentence, at.field("sentence"));
    String ruleName = required(rule, at.field("rule"));
    double value = required(confidence, at.field("confidence"));
    if (!(value >= 0.0 && value <= 1.0)) { // the model's rule, checked here to name the field
      throw new FieldException(
          at.field("confidence"), "a confidence must be between 0 and 1, got " + value);
    }
    return Fields.build(() -> new Evidence(documentId, where, words, ruleName, value), at);
  }
}
