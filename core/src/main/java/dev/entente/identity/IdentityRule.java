package dev.entente.identity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Fact;

/**
 * When two mentions of one kind of fact denote one real event, and what the event's record holds.
 * One implementation per kind; each says in its Javadoc why it merges what it merges.
 *
 * @param <F> the kind of fact
 */
interface IdentityRule<F extends Fact> {

  /** Returned by {@link #affinity} for two mentions that are not of one event. */
  int APART = -1;

  /** Where two mentions come from, which decides how much evidence of identity they need. */
  enum Scope {
    /** Both from one article: "l'accord", "ces manœuvres" refer back, so no conflict suffices. */
    SAME_DOCUMENT,
    /** From two articles: they must also share something that singles the event out. */
    ACROSS_DOCUMENTS
  }

  /**
   * Returns what {@link #affinity} compares of {@code fact}, computed once per fact (folded words,
   * keys of parties), since a fact is compared with many others.
   */
  Object profile(F fact);

  /**
   * Returns {@link #APART} if {@code a} and {@code b} cannot be one event, else how much they share
   * (zero or more), so that a mention joins the record it shares most with; {@code pa} and {@code
   * pb} are their {@linkplain #profile profiles}.
   */
  int affinity(F a, Object pa, F b, Object pb, Scope scope);

  /** Returns the affinity of two facts whose profiles are not at hand. */
  default int affinity(F a, F b, Scope scope) {
    return affinity(a, profile(a), b, profile(b), scope);
  }

  /**
   * Returns the keys under which mentions from other documents are looked for: two mentions the
   * rule may merge across documents always share one. No key means the fact merges across
   * documents only with facts of identical content.
   */
  ImmutableSet<Object> blockingKeys(F fact);

  /**
   * Returns the keys under which mentions of the same document are compared: two mentions the
   * rule may merge within one document always share one (a pair of parties, a route, a speaker).
   */
  ImmutableSet<Object> documentKeys(F fact);

  /** Returns the fact the {@code mentions} (two or more, in canonical order) become together. */
  F merge(ImmutableList<F> mentions);

  /** Returns the lifecycle of the {@code mentions}; empty for kinds without one. */
  ImmutableList<StatusStep> lifecycle(ImmutableList<F> mentions);

  /** Returns the attributes the {@code mentions} give different values of. */
  ImmutableList<Disagreement> disagreements(ImmutableList<F> mentions);
}
