package dev.entente.parse;

import dev.entente.text.FrenchText;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned text into sentences: at every line end, and after {@code . ! ? …} when the next
 * word starts a sentence (an upper-case letter, a digit, or an opening quote), except after an
 * abbreviation ("M.", "déc.") or an initial ("J."). A sentence longer than {@code maxChars} is cut
 * at a space, so no later stage ever sees more than that at once.
 *
 * <p>Expects the text of {@link BoilerplateStripper}. Guarantees sentences in order, covering every
 * non-blank part of the text, with tokens whose offsets are into the cleaned text. Linear time.
 */
final class SentenceSplitter {

  private final ImmutableSet<String> abbreviations;
  private final Tokenizer tokenizer;
  private final int maxChars;

  SentenceSplitter(ImmutableList<LexiconLine> abbreviations, Tokenizer tokenizer, int maxChars) {
    this.abbreviations = LexiconLine.foldedWords(abbreviations);
    this.tokenizer = tokenizer;
    this.maxChars = maxChars;
  }

  /** Returns the sentences of {@code clean}, in order. */
  ImmutableList<Sentence> split(CleanText clean) {
    String text = clean.text();
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      splitLine(text, lineStart, lineEnd, paragraph, sentences);
      paragraph++;
      lineStart = lineEnd + 1;
    }
    return ImmutableList.copyOf(sentences);
  }

  private void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int cut = i + 1;
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int j = i + 1;
        while (j < to && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?'
            || text.charAt(j) == '»' || text.charAt(j) == '"' || text.charAt(j) == ')' || text.charAt(j) == '”')) {
          j++;
        }
        int k = j;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        boolean nextStarts = k > j && k < to && startsSentence(text.charAt(k));
        if (nextStarts && !(c == '.' && isAbbreviation(text, start, i))) {
          end = true;
          cut = j;
          i = j - 1;
        } else if (!nextStarts) {
          // every mark of the run [i, j) would see the same next word: skip it, or a long run of
          // "!?!?" would be scanned again from each of its marks, in quadratic time
          i = j - 1;
        }
      } else if (i - start >= maxChars && Character.isWhitespace(c)) {
        end = true;
        cut = i;
      }
      if (end) {
        add(text, start, cut, paragraph, out);
        start = cut;
      }
    }
    add(text, start, to, paragraph, out);
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '"' || c == '“' || c == '—' || c == '–';
  }

  private boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (w == dot) {
      return false;
    }
    if (dot - w == 1 && Character.isUpperCase(text.charAt(w))) {
      return true; // an initial, "J. Smith"
    }
    return abbreviations.contains(FrenchText.fold(text.substring(w, dot)));
  }

  private void add(String text, int from, int to, int paragraph, List<Sentence> out) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    while (true) {
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      if (from >= to) {
        return;
      }
      int end = to;
      if (end - from > maxChars) {
        // no space late enough, or a full stop far away: cut hard so no sentence exceeds the
        // bound, but never between the two halves of a surrogate pair
        end = from + maxChars;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
          end--;
        }
      }
      int last = end;
      while (last > from && Character.isWhitespace(text.charAt(last - 1))) {
        last--;
      }
      out.add(
          new Sentence(
              out.size(), Span.of(from, last), text.substring(from, last), tokenizer.tokenize(text, from, last), paragraph));
      from = end;
    }
  }
}
