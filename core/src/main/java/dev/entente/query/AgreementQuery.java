package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;

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
   * Returns this query narrowed to the agreements at any of the statuses {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no status is given
   * @throws IllegalStateException if the statuses are already set
   */
  public AgreementQuery withStatus(AgreementStatus... anyOf) {
    return withAnyOf(Dimension.WITH_STATUS, anyOf);
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
        .ifPresent(anyOf -> plan.require(a -> anyOf.contains(a.status())));
  }

  @Override
  String root() {
    return "agreements()";
  }
}
