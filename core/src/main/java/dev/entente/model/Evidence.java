package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a fact was read: the document, the character span of the words that carry it, the
 * sentence around them, the rule that read it and how confident that rule is.
 *
 * @param documentId the id of the document the fact was read from
 * @param span the half-open character span, in the document's cleaned text, of the words that
 *     carry the fact
 * @param sentence the sentence that contains the span, as it reads in the cleaned text
 * @param rule the name of the rule that produced the fact, such as {@code "AgreementRule"}
 * @param confidence the rule's confidence, between 0 and 1
 */
public record Evidence(String documentId, Span span, String sentence, String rule, double confidence) {

  /**
   * Checks every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id or rule is blank or the confidence is outside [0, 1]
   */
  public Evidence {
    checkNotNull(documentId, "documentId");
    checkNotNull(span, "span");
    checkNotNull(sentence, "sentence");
    checkNotNull(rule, "rule");
    checkArgument(!documentId.isBlank(), "evidence needs a document id, got \"%s\"", documentId);
    checkArgument(!rule.isBlank(), "evidence needs a rule name, got \"%s\"", rule);
    checkArgument(
        confidence >= 0.0 && confidence <= 1.0,
        "confidence must be between 0 and 1, got %s",
        confidence);
  }

  /** Returns evidence with the given document, span, sentence and rule, at full confidence. */
  public static Evidence of(String documentId, Span span, String sentence, String rule) {
    return new Evidence(documentId, span, sentence, rule, 1.0);
  }

  @Override
  public String toString() {
    return documentId + span + " " + rule + " " + confidence + ": " + sentence;
  }
}
