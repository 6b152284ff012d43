package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The closed classes of French, loaded once from {@code lexicon/function-words.tsv}: at each token,
 * the longest function word or phrase that starts there, with every class it can have.
 */
final class FunctionWords {

  /**
   * One reading of a function word.
   *
   * @param tag its class
   * @param feature the determiner's kind or the preposition's role marker; empty for others
   */
  record Reading(Tag tag, String feature) {}

  private final PhraseTable<Reading> table;

  private FunctionWords(PhraseTable<Reading> table) {
    this.table = table;
  }

  /**
   * Returns the bundled function words.
   *
   * @throws LexiconException naming the line of a broken entry
   */
  static FunctionWords bundled(Tokenizer tokenizer) {
    PhraseTable.Builder<Reading> table = PhraseTable.builder(tokenizer);
    for (LexiconLine line : LexiconLine.read("lexicon/function-words.tsv")) {
      String[] f = line.fields(2);
      Tag tag = line.enumValue(Tag.class, f[1]);
      if (f.length > 2 && (tag == Tag.PREP || tag == Tag.PREP_DET) && f[2].isBlank()) {
        throw line.error("a preposition needs its role marker in the third field");
      }
      table.add(f[0], new Reading(tag, f.length > 2 ? f[2] : ""));
    }
    return new FunctionWords(table.build());
  }

  /** Returns the longest function word or phrase starting at token {@code at}, with its readings. */
  Optional<PhraseTable.Match<Reading>> at(List<Token> tokens, int at) {
    return table.longestAt(tokens, at);
  }

  /** Returns the readings of one folded word on its own, empty if it is no function word. */
  ImmutableList<Reading> readingsOf(String folded) {
    return table.single(folded);
  }
}
