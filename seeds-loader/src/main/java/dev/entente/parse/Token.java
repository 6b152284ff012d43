package dev.entente.parse;

import dev.entente.text.FrenchText;

/**
 * A word, a number or a punctuation mark of the cleaned text, with its folded form for matching.
 *
 * @param folded the folded text ({@link FrenchText#fold})
 * @param start the offset of its first character in the cleaned text
 * @param end the offset just past its last character
 * @param type what it is
 * @param capitalized whether its first character is an upper-case letter
 */
record Token(String folded, int start, int end, Type type, boolean capitalized) {

  /** What a token is. */
  enum Type {
    WORD,
    NUMBER,
    PUNCTUATION
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isNumber() {
    return type == Type.NUMBER;
  }

  boolean is(String foldedText) {
    return folded.equals(foldedText);
  }
}
