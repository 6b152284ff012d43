package dev.entente.parse;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.List;

/**
 * An immutable set of folded words asked once for nearly every token of a text, where most words
 * are not in it: a {@link KeyFilter} answers "surely not" for those with one array read, and only
 * the others reach the hash set.
 */
final class WordSet {

  private final ImmutableSet<String> words;
  private final KeyFilter filter;

  private WordSet(ImmutableSet<String> words) {
    this.words = words;
    this.filter = KeyFilter.of(words);
  }

  /** Returns the set of {@code words}. */
  static WordSet of(Collection<String> words) {
    return new WordSet(ImmutableSet.copyOf(words));
  }

  /** Returns whether the folded word {@code word} is in the set. */
  boolean contains(String word) {
    return filter.mayContain(word) && words.contains(word);
  }

  /** Returns whether the folded form of some token of {@code tokens} is in the set. */
  boolean containsAnyOf(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) { // by index: asked of every sentence
      if (contains(tokens.get(i).folded())) {
        return true;
      }
    }
    return false;
  }
}
