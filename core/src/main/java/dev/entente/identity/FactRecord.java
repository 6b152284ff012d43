package dev.entente.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;

/**
 * The record of one real event: the fact it becomes once its mentions are merged, every mention
 * as its document read it, the lifecycle its mentions report and the values they disagree on.
 *
 * <p>The record is derived from its mentions alone, so the same mentions give an equal record
 * whatever order they come in, and its {@link #id()} is the merged fact's content-derived id.
 *
 * <pre>{@code
 * FactRecord<Agreement> treaty = corpus.agreements().records().get(0);
 * treaty.fact().status();        // IN_FORCE: the furthest step reached
 * treaty.lifecycle();            // [SIGNED 2024-05-12 [a, b], IN_FORCE 2025-01 [c]]
 * treaty.mentions();             // the agreement as each document read it
 * }</pre>
 *
 * @param <F> the kind of fact
 * @param fact the merged fact: each attribute from its best-supported mention, the parties,
 *     domains and evidence of all
 * @param mentions the facts as each document read them, ordered by document id and span; at least
 *     one
 * @param lifecycle for an agreement or a transfer, its steps in status order (then date); else
 *     empty
 * @param disagreements the attributes whose mentions give different values
 */
public record FactRecord<F extends Fact>(
    F fact,
    ImmutableList<F> mentions,
    ImmutableList<StatusStep> lifecycle,
    ImmutableList<Disagreement> disagreements) {

  /**
   * Checks every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there is no mention
   */
  public FactRecord {
    checkNotNull(fact, "fact");
    checkNotNull(mentions, "mentions");
    checkNotNull(lifecycle, "lifecycle");
    checkNotNull(disagreements, "disagreements");
    checkArgument(!mentions.isEmpty(), "a record needs at least one mention");
  }

  /** Returns the merged fact's id: stable, and derived from the record's content. */
  public String id() {
    return fact.id();
  }

  /** Returns every piece of evidence of every mention: the merged fact's evidence. */
  public ImmutableList<Evidence> evidence() {
    return fact.evidence();
  }

  /** Returns the ids of the documents that report the event, in id order. */
  public ImmutableSortedSet<String> documents() {
    return fact.evidence().stream()
        .map(Evidence::documentId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** Returns whether the lifecycle has a step of {@code status}. */
  public boolean reached(Enum<?> status) {
    checkNotNull(status, "status");
    return lifecycle.stream().anyMatch(s -> s.status() == status);
  }

  @Override
  public String toString() {
    return "FactRecord["
        + fact
        + ", "
        + mentions.size()
        + (mentions.size() == 1 ? " mention" : " mentions")
        + " in "
        + documents()
        + (lifecycle.isEmpty() ? "" : ", lifecycle " + lifecycle)
        + (disagreements.isEmpty() ? "" : ", disagreements " + disagreements)
        + "]";
  }
}
