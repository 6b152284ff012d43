package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dictionary of phrases keyed by their folded tokens, answering "which is the longest phrase that
 * starts at this token?" in time bounded by the longest phrase. Immutable once built.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseTable<T> {

  /** A phrase found in a token list: tokens {@code [from, to)} and what it stands for. */
  record Match<T>(int from, int to, ImmutableList<T> values) {}

  private static final class Node<T> {
    final Map<String, Node<T>> children = new HashMap<>(4);
    final List<T> values = new java.util.ArrayList<>(1);
    /** The values, frozen once the table is built, so a lookup copies nothing. */
    ImmutableList<T> frozen = ImmutableList.of();

    void freeze() {
      frozen = ImmutableList.copyOf(values);
      children.values().forEach(Node::freeze);
    }
  }

  private final Node<T> root;
  private final int longest;
  /** The first words of the phrases: most tokens start none, and this says so without a lookup. */
  private final KeyFilter firstWords;

  private PhraseTable(Node<T> root, int longest) {
    this.root = root;
    this.longest = longest;
    this.firstWords = KeyFilter.of(root.children.keySet());
  }

  /** Returns the longest phrase starting at token {@code at}, if any. */
  Optional<Match<T>> longestAt(List<Token> tokens, int at) {
    if (at >= tokens.size() || !firstWords.mayContain(tokens.get(at).folded())) {
      return Optional.empty();
    }
    Node<T> node = root;
    int bestEnd = -1;
    Node<T> best = null;
    for (int i = at; i < tokens.size() && i - at < longest; i++) {
      Token token = tokens.get(i);
      if (i > at && !adjacentOrSpaced(tokens.get(i - 1), token)) {
        break;
      }
      node = node.children.get(token.folded());
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        bestEnd = i + 1;
        best = node;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new Match<>(at, bestEnd, best.frozen));
  }

  /** Tokens of one phrase are at most one space apart; a line break or a long gap ends it. */
  private static boolean adjacentOrSpaced(Token previous, Token next) {
    return next.start() - previous.end() <= 1;
  }

  /** Returns what the one-word phrase {@code folded} stands for; empty if it is no phrase. */
  ImmutableList<T> single(String folded) {
    Node<T> node = root.children.get(folded);
    return node == null ? ImmutableList.of() : node.frozen;
  }

  /** Returns whether some phrase of the table starts with the folded word {@code first}. */
  boolean startsWith(String first) {
    return root.children.containsKey(first);
  }

  /** Returns the folded words the phrases of the table start with. */
  Set<String> firstWords() {
    return Collections.unmodifiableSet(root.children.keySet());
  }

  /** Returns whether the table holds no phrase. */
  boolean isEmpty() {
    return root.children.isEmpty();
  }

  static <T> Builder<T> builder(Tokenizer tokenizer) {
    return new Builder<>(tokenizer);
  }

  /** Collects phrases; not thread-safe, used only while a parser is built. */
  static final class Builder<T> {
    private final Tokenizer tokenizer;
    private final Node<T> root = new Node<>();
    private int longest;

    private Builder(Tokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    /** Adds {@code phrase} standing for {@code value}; a blank phrase is ignored. */
    Builder<T> add(String phrase, T value) {
      List<String> keys = tokenizer.keys(phrase);
      if (keys.isEmpty()) {
        return this;
      }
      Node<T> node = root;
      for (String key : keys) {
        node = node.children.computeIfAbsent(key, k -> new Node<>());
      }
      if (!node.values.contains(value)) {
        node.values.add(value);
      }
      longest = Math.max(longest, keys.size());
      return this;
    }

    PhraseTable<T> build() {
      root.freeze();
      return new PhraseTable<>(root, longest);
    }
  }
}
