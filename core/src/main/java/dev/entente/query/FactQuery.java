package dev.entente.query;

import com.google.common.collect.ImmutableList;
import dev.entente.identity.FactRecord;
import dev.entente.identity.StatusStep;
import dev.entente.model.Fact;
import dev.entente.model.PartialDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A query of one kind of fact: the narrowing methods and terminals of {@link CorpusQuery}, run over
 * the corpus's table of that kind. Each shared dimension selects facts; results come in corpus
 * order. A subclass holds only the dimensions of its own kind ({@link AgreementQuery#withStatus},
 * {@link TransferQuery#from}, ...) and adds their conditions to the plan.
 *
 * <pre>{@code
 * long signed = corpus.agreements().inDomain(MILITARY).withStatus(SIGNED).count();
 * }</pre>
 *
 * @param <Q> the concrete query type, which every narrowing method returns
 * @param <F> the kind of fact
 */
public abstract sealed class FactQuery<Q extends FactQuery<Q, F>, F extends Fact>
    extends CorpusQuery<Q, F>
    permits AgreementQuery, ExerciseQuery, TransferQuery, StatementQuery {

  /** The corpus's facts of this kind, indexed. */
  final FactTable<F> table;

  FactQuery(
      Corpus corpus,
      Criteria criteria,
      BiFunction<Corpus, Criteria, Q> constructor,
      FactTable<F> table) {
    super(corpus, criteria, constructor);
    this.table = table;
  }

  /**
   * Returns the records of the facts this query selects, in the same order: each merged fact with
   * its mentions, as each document read them, its lifecycle and its disagreements.
   *
   * <pre>{@code
   * for (FactRecord<Agreement> r : corpus.agreements().withParty(IRAN).records()) {
   *   System.out.println(r.lifecycle() + " from " + r.mentions().size() + " mentions");
   * }
   * }</pre>
   */
  public final ImmutableList<FactRecord<F>> records() {
    return list().stream()
        .map(f -> corpus.recordOf(f).orElseThrow())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether {@code fact}'s lifecycle has a step of one of {@code statuses}, dated within
   * {@code period} if one is given. A fact read once has one step, its own status and date, so the
   * record is looked up only for facts of several pieces of evidence.
   */
  final boolean reached(
      F fact, Enum<?> status, Collection<? extends Enum<?>> statuses, Optional<PartialDate> date,
      Optional<PartialDate> period) {
    if (fact.evidence().size() == 1) {
      return statuses.contains(status)
          && period.map(p -> date.map(p::overlaps).orElse(false)).orElse(true);
    }
    for (StatusStep step : corpus.recordOf(fact).orElseThrow().lifecycle()) {
      if (statuses.contains(step.status())
          && period.map(p -> step.date().map(p::overlaps).orElse(false)).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /** Adds to {@code plan} the conditions of this kind's own dimensions that are set. */
  abstract void narrow(FactPlan<F> plan);

  @Override
  final Scan<F> scan() {
    FactPlan<F> plan = new FactPlan<>(table, criteria);
    narrow(plan);
    return plan.scan();
  }
}
