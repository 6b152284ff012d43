package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Span;

/**
 * One sentence of the cleaned text, with its tokens.
 *
 * @param index its position among the article's sentences, from 0
 * @param span where it lies in the cleaned text
 * @param text its text
 * @param tokens its tokens, with offsets into the cleaned text
 * @param paragraph the index of the paragraph (line) it belongs to
 */
record Sentence(int index, Span span, String text, ImmutableList<Token> tokens, int paragraph) {

  /** Returns the cleaned-text span from token {@code from} to token {@code to} (exclusive). */
  Span spanOf(int from, int to) {
    return Span.of(tokens.get(from).start(), tokens.get(Math.max(from, to - 1)).end());
  }

  /** Returns the text of tokens {@code [from, to)} as written. */
  String textOf(int from, int to) {
    if (from >= to) {
      return "";
    }
    int start = tokens.get(from).start() - span.start();
    int end = tokens.get(to - 1).end() - span.start();
    return text.substring(start, end);
  }
}
