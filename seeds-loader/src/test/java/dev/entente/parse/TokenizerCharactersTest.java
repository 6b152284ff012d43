package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer's quick tests of ASCII letters and digits agree with the JDK's for every character. */
final class TokenizerCharactersTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  @Test
  void aCharacterStartsAWordOrANumberExactlyWhenTheJdkSaysItIsALetterOrADigit() {
    for (char c = 0; c < 0xffff; c++) {
      if (Character.isSurrogate(c) || Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        continue;
      }
      List<Token> tokens = TOKENIZER.tokenize(String.valueOf(c), 0, 1);
      Token.Type expected = Character.isDigit(c) ? Token.Type.NUMBER
          : Character.isLetter(c) ? Token.Type.WORD : Token.Type.PUNCTUATION;
      char shown = c;
      assertEquals(expected, tokens.get(0).type(), () -> "U+" + Integer.toHexString(shown));
    }
  }

  @Test
  void aWordGoesOnExactlyOverLettersAndNonSpacingMarks() {
    for (char c = 0; c < 0xffff; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String text = "a" + c;
      boolean continues = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
      char shown = c;
      assertEquals(continues, TOKENIZER.tokenize(text, 0, 2).get(0).end() == 2, () -> "U+" + Integer.toHexString(shown));
      boolean digitContinues = Character.isDigit(c);
      assertEquals(digitContinues, TOKENIZER.tokenize("7" + c, 0, 2).get(0).end() == 2, () -> "after 7: U+" + Integer.toHexString(shown));
    }
  }
}
