package dev.entente.model;

/** What a {@link Diagnostic} reports. */
public enum DiagnosticCode {
  /** The article was longer than the parser's limit and only its beginning was read. */
  TEXT_TRUNCATED,
  /** The article has no text left once boilerplate is removed. */
  EMPTY_TEXT,
  /** Characters that cannot be text (control characters, unpaired surrogates) were replaced. */
  INVALID_CHARACTERS_REPLACED,
  /**
   * The text was not in Unicode NFC (decomposed accents, common from macOS) and was read in NFC;
   * evidence spans point into the normalized text.
   */
  TEXT_NORMALIZED,
  /**
   * A fact named more states than one fact keeps; it was kept with the first states it names and
   * the diagnostic lists the others.
   */
  TOO_MANY_STATES,
  /** A sentence was longer than the parser reads in one piece and was cut. */
  SENTENCE_TOO_LONG,
  /** A fact was seen but a state it needs could not be identified, so it was skipped. */
  UNRESOLVED_STATE,
  /** A quote was seen but its speaker could not be identified, so it was skipped. */
  UNRESOLVED_SPEAKER,
  /** A date expression could not be placed in time. */
  UNRESOLVED_DATE,
  /** The publication date could not be found. */
  NO_PUBLICATION_DATE
}
