package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.text.FrenchText;
import java.util.Optional;

/**
 * A query of a corpus's arms transfers: narrow it, then run it. The shared dimensions and the
 * terminals come from {@link CorpusQuery}. {@link #from} and {@link #to} are directed; {@link
 * #between} and {@link #involving} are not: {@code between(a, b)} selects the transfers between
 * {@code a} and {@code b}, whichever supplies. Results come in corpus order.
 *
 * <pre>{@code
 * ImmutableList<ArmsTransfer> sales = corpus.armsTransfers().from(RUSSIA).to(INDIA).list();
 * }</pre>
 */
public final class TransferQuery extends FactQuery<TransferQuery, ArmsTransfer> {

  TransferQuery(Corpus corpus, Criteria criteria) {
    super(corpus, criteria, TransferQuery::new, corpus.transferTable());
  }

  /**
   * Returns this query narrowed to the transfers that {@code supplier} supplies.
   *
   * @throws NullPointerException if {@code supplier} is null
   * @throws IllegalStateException if a supplier is already set
   */
  public TransferQuery from(Country supplier) {
    return withValue(Dimension.FROM, supplier, "supplier");
  }

  /**
   * Returns this query narrowed to the transfers that {@code recipient} receives.
   *
   * @throws NullPointerException if {@code recipient} is null
   * @throws IllegalStateException if a recipient is already set
   */
  public TransferQuery to(Country recipient) {
    return withValue(Dimension.TO, recipient, "recipient");
  }

  /**
   * Returns this query narrowed to the transfers whose lifecycle reached any of the statuses
   * {@code anyOf}: a transfer ordered, then delivered, is found by both.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no status is given
   * @throws IllegalStateException if the statuses are already set
   */
  public TransferQuery withStatus(TransferStatus... anyOf) {
    return withAnyOf(Dimension.WITH_STATUS, anyOf);
  }

  /**
   * Returns this query narrowed to the transfers whose system, as written or by its canonical
   * name, contains {@code text}, ignoring case, accents, spaces and hyphens: {@code
   * ofSystem("s400")} finds "S-400", {@code ofSystem("MBT-2000")} a system written "VT-1A" whose
   * canonical name is MBT-2000. Transfers of an unnamed system are left out.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} has no letter or digit
   * @throws IllegalStateException if a system is already set
   */
  public TransferQuery ofSystem(String text) {
    return withText(
        Dimension.OF_SYSTEM,
        text,
        "text",
        t -> !FrenchText.squash(t).isEmpty(),
        "a letter or digit");
  }

  /**
   * Returns this query narrowed to the transfers of a system in any of the categories {@code
   * anyOf}. Transfers of unknown category are left out.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no category is given
   * @throws IllegalStateException if the categories are already set
   */
  public TransferQuery ofCategory(SystemCategory... anyOf) {
    return withAnyOf(Dimension.OF_CATEGORY, anyOf);
  }

  @Override
  void narrow(FactPlan<ArmsTransfer> plan) {
    TransferRoutes routes = corpus.transferRoutes();
    Optional<Country> from = criteria.get(Dimension.FROM);
    Optional<Country> to = criteria.get(Dimension.TO);
    if (from.isPresent() && to.isPresent()) {
      Country supplier = from.get();
      Country recipient = to.get();
      plan.requireExactly(
          t -> t.supplier() == supplier && t.recipient() == recipient,
          routes.route(supplier, recipient));
    } else if (from.isPresent()) {
      Country supplier = from.get();
      plan.requireExactly(t -> t.supplier() == supplier, routes.from(supplier));
    } else if (to.isPresent()) {
      Country recipient = to.get();
      plan.requireExactly(t -> t.recipient() == recipient, routes.to(recipient));
    }
    criteria
        .<ImmutableSet<TransferStatus>>get(Dimension.WITH_STATUS)
        .ifPresent(
            anyOf ->
                plan.require(t -> reached(t, t.status(), anyOf, t.date(), Optional.empty())));
    criteria
        .<String>get(Dimension.OF_SYSTEM)
        .map(FrenchText::squash)
        .ifPresent(wanted -> plan.require(t -> names(t.system(), wanted) || names(t.canonicalSystem(), wanted)));
    criteria
        .<ImmutableSet<SystemCategory>>get(Dimension.OF_CATEGORY)
        .ifPresent(anyOf -> plan.require(t -> t.category().map(anyOf::contains).orElse(false)));
  }

  private static boolean names(Optional<String> system, String squashed) {
    return system.map(s -> FrenchText.squash(s).contains(squashed)).orElse(false);
  }

  @Override
  String root() {
    return "armsTransfers()";
  }
}
