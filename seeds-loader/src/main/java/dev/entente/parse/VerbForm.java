package dev.entente.parse;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One grammatical reading of a French verb form: the verb's lemma, the tense or mood, the person and
 * the number. A written form often has several ("finissent" is present and subjunctive); {@link
 * VerbLexicon#analyses} lists them all.
 *
 * <p>Finite forms (the indicative tenses, the conditional, the present subjunctive, the imperative)
 * have a person from 1 to 3 and a number; the infinitive and the participles have person 0. Past
 * participles keep their number ("livrés" is plural) but not their gender; the infinitive and the
 * present participle are never plural.
 *
 * @param lemma the infinitive as the dictionary writes it, with its accents ("acquérir")
 * @param tense the tense or mood
 * @param person 1, 2 or 3 for a finite form, 0 otherwise
 * @param plural whether the form is plural; only finite forms and past participles can be
 */
record VerbForm(String lemma, Tense tense, int person, boolean plural) {

  /**
   * The tenses and moods the lexicon tells apart. {@code SUBJUNCTIVE} is the present subjunctive;
   * the imperfect subjunctive and the compound tenses (built by the parser from an auxiliary and a
   * past participle) are not forms of their own.
   */
  enum Tense {
    INFINITIVE,
    PRESENT,
    IMPERFECT,
    SIMPLE_PAST,
    FUTURE,
    CONDITIONAL,
    SUBJUNCTIVE,
    IMPERATIVE,
    PAST_PARTICIPLE,
    PRESENT_PARTICIPLE;

    /** Returns whether forms of this tense have a person and a number. */
    boolean isFinite() {
      return this != INFINITIVE && this != PAST_PARTICIPLE && this != PRESENT_PARTICIPLE;
    }
  }

  VerbForm {
    checkNotNull(lemma, "lemma");
    checkNotNull(tense, "tense");
    checkArgument(!lemma.isBlank(), "a verb form needs a lemma, got a blank one");
    if (tense.isFinite()) {
      checkArgument(person >= 1 && person <= 3, "a %s form has a person from 1 to 3, got %s", tense, person);
    } else {
      checkArgument(person == 0, "a %s form has person 0, got %s", tense, person);
      checkArgument(!plural || tense == Tense.PAST_PARTICIPLE, "a %s form is never plural", tense);
    }
  }

  /** Returns whether this form has a person and a number (indicative, conditional, subjunctive, imperative). */
  boolean isFinite() {
    return tense.isFinite();
  }

  /** Returns whether this form is a past or present participle. */
  boolean isParticiple() {
    return tense == Tense.PAST_PARTICIPLE || tense == Tense.PRESENT_PARTICIPLE;
  }
}
