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
      boolean digits = isDigit(c);
      if (digits || isLetter(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          boolean continues = digits ? isDigit(d) : isLetter(d) || d >= 0x80 && Character.getType(d) == Character.NON_SPACING_MARK;
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

  /** {@link Character#isLetter}, without its table lookup for the ASCII letters of most text. */
  private static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** {@link Character#isDigit}, without its table lookup for ASCII. */
  private static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** Returns the folded token texts of a gazetteer phrase, for building tables. */
  ImmutableList<String> keys(String phrase) {
    return tokenize(phrase, 0, phrase.length()).stream()
        .map(Token::folded)
        .collect(ImmutableList.toImmutableList());
  }
}
