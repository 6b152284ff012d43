package dev.entente.query;

import dev.entente.model.Fact;
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

  /** Adds to {@code plan} the conditions of this kind's own dimensions that are set. */
  abstract void narrow(FactPlan<F> plan);

  @Override
  final Scan<F> scan() {
    FactPlan<F> plan = new FactPlan<>(table, criteria);
    narrow(plan);
    return plan.scan();
  }
}
