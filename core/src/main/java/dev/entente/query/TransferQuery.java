package dev.entente.query;

import dev.entente.text.FrenchText;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.PartialDate;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import java.time.Year;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query of a corpus's arms transfers: narrow it, then run it.
 *
 * <p>{@link #from} and {@link #to} are directed; {@link #between} and {@link #involving} are not.
 *
 * <p>Each narrowing method returns a new query and leaves this one as it was; each dimension can be
 * set once, and filters commute. The dates compare with each fact's {@link
 * dev.entente.model.Fact#date()}. Results come in corpus order.
 *
 * <pre>{@code
 * ImmutableList<ArmsTransfer> sales = corpus.armsTransfers().from(RUSSIA).to(INDIA).list();
 * }</pre>
 *
 * <p>A query is a value: equal queries run on the same corpus with equal filters, and {@link
 * #toString()} prints the calls that built it, never the data.
 */
public final class TransferQuery {

  private final Corpus corpus;
  private final Criteria criteria;

  TransferQuery(Corpus corpus, Criteria criteria) {
    this.corpus = corpus;
    this.criteria = criteria;
  }

  private TransferQuery with(Dimension dimension, Object value) {
    return new TransferQuery(corpus, criteria.with(dimension, value));
  }

  /**
   * Returns this query narrowed to the transfers between {@code a} and {@code b}, whichever
   * supplies, in either order.
   *
   * @throws NullPointerException if a state is null
   * @throws IllegalArgumentException if {@code a} is {@code b}
   * @throws IllegalStateException if the pair is already set
   */
  public TransferQuery between(Country a, Country b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return with(Dimension.BETWEEN, CountryPair.of(a, b));
  }

  /**
   * Returns this query narrowed to the transfers of which any of {@code anyOf} is the supplier or
   * the recipient.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the states are already set
   */
  public TransferQuery involving(Country... anyOf) {
    return with(Dimension.INVOLVING, Criteria.anyOf(Dimension.INVOLVING, anyOf));
  }

  /**
   * Returns this query narrowed to the transfers in any of the domains {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no domain is given
   * @throws IllegalStateException if the domains are already set
   */
  public TransferQuery inDomain(Domain... anyOf) {
    return with(Dimension.IN_DOMAIN, Criteria.anyOf(Dimension.IN_DOMAIN, anyOf));
  }

  /**
   * Returns this query narrowed to the transfers dated in {@code year}, as {@link
   * #during(PartialDate)} does.
   *
   * @throws NullPointerException if {@code year} is null
   * @throws IllegalStateException if a period is already set
   */
  public TransferQuery during(Year year) {
    checkNotNull(year, "year");
    return during(PartialDate.ofYear(year.getValue()));
  }

  /**
   * Returns this query narrowed to the transfers whose date shares a day with {@code period};
   * undated transfers are left out.
   *
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalStateException if a period is already set
   */
  public TransferQuery during(PartialDate period) {
    checkNotNull(period, "period");
    return with(Dimension.DURING, period);
  }

  /**
   * Returns this query narrowed to the transfers whose date has a day on or after the first day of
   * {@code date}; undated transfers are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if a start is already set
   */
  public TransferQuery since(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.SINCE, date);
  }

  /**
   * Returns this query narrowed to the transfers whose date has a day on or before the last day of
   * {@code date}; undated transfers are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if an end is already set
   */
  public TransferQuery until(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.UNTIL, date);
  }

  /**
   * Returns this query narrowed to the transfers that any of the documents {@code ids} reports.
   *
   * @throws NullPointerException if {@code ids} or one of them is null
   * @throws IllegalArgumentException if no id is given
   * @throws IllegalStateException if the documents are already set
   */
  public TransferQuery inDocument(String... ids) {
    return with(Dimension.IN_DOCUMENT, Criteria.anyOf(Dimension.IN_DOCUMENT, ids));
  }

  /**
   * Returns this query narrowed to the transfers that {@code supplier} supplies.
   *
   * @throws NullPointerException if {@code supplier} is null
   * @throws IllegalStateException if a supplier is already set
   */
  public TransferQuery from(Country supplier) {
    checkNotNull(supplier, "supplier");
    return with(Dimension.FROM, supplier);
  }

  /**
   * Returns this query narrowed to the transfers that {@code recipient} receives.
   *
   * @throws NullPointerException if {@code recipient} is null
   * @throws IllegalStateException if a recipient is already set
   */
  public TransferQuery to(Country recipient) {
    checkNotNull(recipient, "recipient");
    return with(Dimension.TO, recipient);
  }

  /**
   * Returns this query narrowed to the transfers at any of the statuses {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no status is given
   * @throws IllegalStateException if the statuses are already set
   */
  public TransferQuery withStatus(TransferStatus... anyOf) {
    return with(Dimension.WITH_STATUS, Criteria.anyOf(Dimension.WITH_STATUS, anyOf));
  }

  /**
   * Returns this query narrowed to the transfers whose system contains {@code text}, ignoring case,
   * accents, spaces and hyphens: {@code ofSystem("s400")} finds "S-400". Transfers of an unnamed
   * system are left out.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} has no letter or digit
   * @throws IllegalStateException if a system is already set
   */
  public TransferQuery ofSystem(String text) {
    checkNotNull(text, "text");
    checkArgument(
        !FrenchText.squash(text).isEmpty(), "ofSystem needs a letter or digit, got \"%s\"", text);
    return with(Dimension.OF_SYSTEM, text);
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
    return with(Dimension.OF_CATEGORY, Criteria.anyOf(Dimension.OF_CATEGORY, anyOf));
  }

  /** Returns the transfers this query selects, in corpus order. */
  public ImmutableList<ArmsTransfer> list() {
    return plan().scan().list();
  }

  /** Returns the transfers this query selects, in corpus order, lazily. */
  public Stream<ArmsTransfer> stream() {
    return plan().scan().stream();
  }

  /** Returns the number of transfers this query selects. */
  public long count() {
    return plan().scan().count();
  }

  /** Returns whether this query selects any transfer. */
  public boolean exists() {
    return plan().scan().exists();
  }

  /** Returns the first transfer this query selects, in corpus order, if any. */
  public Optional<ArmsTransfer> first() {
    return plan().scan().first();
  }

  private FactPlan<ArmsTransfer> plan() {
    FactPlan<ArmsTransfer> plan = new FactPlan<>(corpus.transferTable(), criteria);
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
        .ifPresent(anyOf -> plan.require(t -> anyOf.contains(t.status())));
    criteria
        .<String>get(Dimension.OF_SYSTEM)
        .map(FrenchText::squash)
        .ifPresent(
            text ->
                plan.require(
                    t -> t.system().map(s -> FrenchText.squash(s).contains(text)).orElse(false)));
    criteria
        .<ImmutableSet<SystemCategory>>get(Dimension.OF_CATEGORY)
        .ifPresent(anyOf -> plan.require(t -> t.category().map(anyOf::contains).orElse(false)));
    return plan;
  }

  /** Returns whether {@code o} is a query of the same corpus with equal filters, in any order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TransferQuery that
        && corpus == that.corpus
        && criteria.equals(that.criteria);
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(corpus) + criteria.hashCode();
  }

  /** Returns the calls that built this query, such as {@code armsTransfers().between(CHN, RUS)}. */
  @Override
  public String toString() {
    return criteria.chain("armsTransfers()");
  }
}
