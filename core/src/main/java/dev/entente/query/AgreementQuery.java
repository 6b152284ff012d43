package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.PartialDate;
import java.util.Optional;
import java.util.Set;

/**
 * A query of a corpus's agreements: narrow it, then run it. The shared dimensions and the
 * terminals come from {@link CorpusQuery}; an agreement involves exactly its parties, so {@link
 * #between} selects the agreements to which both states are parties. Results come in corpus order.
 *
 * <pre>{@code
 * long signed = corpus.agreements().withParty(INDIA).withStatus(SIGNED, IN_FORCE).count();
 * }</pre>
 */
public final class AgreementQuery extends FactQuery<AgreementQuery, Agreement> {

  AgreementQuery(Corpus corpus, Criteria criteria) {
    super(corpus, criteria, AgreementQuery::new, corpus.agreementTable());
  }

  /**
   * Returns this query narrowed to the agreements to which every one of {@code allOf} is a party.
   *
   * @throws NullPointerException if {@code allOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the parties are already set
   */
  public AgreementQuery withParty(Country... allOf) {
    return withAnyOf(Dimension.WITH_PARTY, allOf);
  }

  /**
   * Returns this query narrowed to the agreements of any of the kinds {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no kind is given
   * @throws IllegalStateException if the kinds are already set
   */
  public AgreementQuery ofKind(AgreementKind... anyOf) {
    return withAnyOf(Dimension.OF_KIND, anyOf);
  }

  /**
   * Returns this query narrowed to the agreements whose lifecycle reached any of the statuses
   * {@code anyOf}: a treaty signed, then in force, is found by {@code withStatus(SIGNED)} and by
   * {@code withStatus(IN_FORCE)}; its {@linkplain Agreement#status() status} is the furthest.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no status is given
   * @throws IllegalStateException if the statuses are already set
   */
  public AgreementQuery withStatus(AgreementStatus... anyOf) {
    return withAnyOf(Dimension.WITH_STATUS, anyOf);
  }

  /**
   * Returns this query narrowed to the agreements whose lifecycle reached {@code status} within
   * {@code period}: {@code reached(SIGNED, PartialDate.parse("2024"))} finds a treaty signed in
   * 2024 even where it has entered into force since.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if a step is already set
   */
  public AgreementQuery reached(AgreementStatus status, PartialDate period) {
    checkNotNull(status, "status");
    checkNotNull(period, "period");
    return withValue(Dimension.REACHED, new Step(status, period), "step");
  }

  /** A status and the period a step of it must be dated within. */
  record Step(Enum<?> status, PartialDate period) {
    @Override
    public String toString() {
      return status + ", " + period;
    }
  }

  @Override
  void narrow(FactPlan<Agreement> plan) {
    criteria
        .<ImmutableSet<Country>>get(Dimension.WITH_PARTY)
        .ifPresent( // an agreement involves exactly its parties, so the index is exact
            allOf ->
                plan.requireExactly(
                    a -> a.parties().containsAll(allOf), table.involvingAll(allOf)));
    criteria
        .<ImmutableSet<AgreementKind>>get(Dimension.OF_KIND)
        .ifPresent(anyOf -> plan.require(a -> anyOf.contains(a.kind())));
    criteria
        .<ImmutableSet<AgreementStatus>>get(Dimension.WITH_STATUS)
        .ifPresent(
            anyOf ->
                plan.require(a -> reached(a, a.status(), anyOf, a.date(), Optional.empty())));
    criteria
        .<Step>get(Dimension.REACHED)
        .ifPresent(
            step ->
                plan.require(
                    a ->
                        reached(
                            a, a.status(), Set.of(step.status()), a.date(),
                            Optional.of(step.period()))));
  }

  @Override
  String root() {
    return "agreements()";
  }
}
