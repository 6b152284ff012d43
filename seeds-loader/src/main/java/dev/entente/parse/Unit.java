package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One tagged unit of a sentence: a word, a function phrase ("auprès de", "par ailleurs") or a
 * gazetteer mention ("ministère russe de la Défense", "Su-35"), tokens {@code [from, to)}.
 *
 * @param from its first token
 * @param to the token after its last
 * @param tag its class
 * @param feature for a preposition its role marker ("à", "de", "par", "auprès de"), for a
 *     determiner its kind ("DEFINITE", "DEMONSTRATIVE"); empty otherwise
 * @param verbForms the verb analyses that fit its tag, for a verbal unit; empty otherwise
 * @param mention the gazetteer mention it is, if any
 */
record Unit(int from, int to, Tag tag, String feature, ImmutableList<VerbForm> verbForms, Optional<Mention> mention) {

  /** Returns the lemma of a verbal unit, or an empty string. */
  String lemma() {
    return verbForms.isEmpty() ? "" : verbForms.get(0).lemma();
  }

  /** Returns whether one of its analyses has {@code tense}. */
  boolean hasTense(VerbForm.Tense tense) {
    for (VerbForm f : verbForms) {
      if (f.tense() == tense) {
        return true;
      }
    }
    return false;
  }
}
