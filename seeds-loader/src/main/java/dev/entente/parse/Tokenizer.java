package dev.entente.parse;

import dev.entente.text.FrenchText;
import com.google.common.collect.ImmutableList;

/**
 * Cuts text into tokens: runs of letters, runs of digits, and single other visible characters.
 * Apostrophes and hyphens are tokens of their own, so "l'Inde" is {@code l ' inde} and
 * "sino-russe" is {@code sino - russe}. Runs in linear time.
 */
final class Tokenizer {

  /** Returns the tokens of {@code text[from, to)}, with offsets into {@code text}. */
  ImmutableList<Token> tokenize(String text, int from, int to) {
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetter(c) || Character.isDigit(c)) {
        boolean digits = Character.isDigit(c);
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          boolean continues =
              digits ? Character.isDigit(d) : Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK;
          if (!continues) {
            break;
          }
          j++;
        }
        tokens.add(
            new Token(
                FrenchText.fold(text, i, j),
                i,
                j,
                digits ? Token.Type.NUMBER : Token.Type.WORD,
                Character.isUpperCase(c)));
        i = j;
      } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        i++;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
        tokens.add(new Token(text.substring(i, i + 2), i, i + 2, Token.Type.PUNCTUATION, false));
        i += 2;
      } else {
        tokens.add(new Token(FrenchText.foldChar(c), i, i + 1, Token.Type.PUNCTUATION, false));
        i++;
      }
    }
    return tokens.build();
  }

  /** Returns the folded token texts of a gazetteer phrase, for building tables. */
  ImmutableList<String> keys(String phrase) {
    return tokenize(phrase, 0, phrase.length()).stream()
        .map(Token::folded)
        .collect(ImmutableList.toImmutableList());
  }
}
