package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.PartialDate;
import java.time.Year;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query of a corpus's agreements: narrow it, then run it.
 *
 * <p>Each narrowing method returns a new query and leaves this one as it was; each dimension can be
 * set once, and filters commute. The dates compare with each fact's {@link
 * dev.entente.model.Fact#date()}. Results come in corpus order.
 *
 * <pre>{@code
 * long signed = corpus.agreements().withParty(INDIA).withStatus(SIGNED, IN_FORCE).count();
 * }</pre>
 *
 * <p>A query is a value: equal queries run on the same corpus with equal filters, and {@link
 * #toString()} prints the calls that built it, never the data.
 */
public final class AgreementQuery {

  private final Corpus corpus;
  private final Criteria criteria;

  AgreementQuery(Corpus corpus, Criteria criteria) {
    this.corpus = corpus;
    this.criteria = criteria;
  }

  private AgreementQuery with(Dimension dimension, Object value) {
    return new AgreementQuery(corpus, criteria.with(dimension, value));
  }

  /**
   * Returns this query narrowed to the agreements to which both {@code a} and {@code b} are
   * parties, in either order.
   *
   * @throws NullPointerException if a state is null
   * @throws IllegalArgumentException if {@code a} is {@code b}
   * @throws IllegalStateException if the pair is already set
   */
  public AgreementQuery between(Country a, Country b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return with(Dimension.BETWEEN, CountryPair.of(a, b));
  }

  /**
   * Returns this query narrowed to the agreements to which any of {@code anyOf} is a party.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the states are already set
   */
  public AgreementQuery involving(Country... anyOf) {
    return with(Dimension.INVOLVING, Criteria.anyOf(Dimension.INVOLVING, anyOf));
  }

  /**
   * Returns this query narrowed to the agreements in any of the domains {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no domain is given
   * @throws IllegalStateException if the domains are already set
   */
  public AgreementQuery inDomain(Domain... anyOf) {
    return with(Dimension.IN_DOMAIN, Criteria.anyOf(Dimension.IN_DOMAIN, anyOf));
  }

  /**
   * Returns this query narrowed to the agreements dated in {@code year}, as {@link
   * #during(PartialDate)} does.
   *
   * @throws NullPointerException if {@code year} is null
   * @throws IllegalStateException if a period is already set
   */
  public AgreementQuery during(Year year) {
    checkNotNull(year, "year");
    return during(PartialDate.ofYear(year.getValue()));
  }

  /**
   * Returns this query narrowed to the agreements whose date shares a day with {@code period};
   * undated agreements are left out.
   *
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalStateException if a period is already set
   */
  public AgreementQuery during(PartialDate period) {
    checkNotNull(period, "period");
    return with(Dimension.DURING, period);
  }

  /**
   * Returns this query narrowed to the agreements whose date has a day on or after the first day of
   * {@code date}; undated agreements are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if a start is already set
   */
  public AgreementQuery since(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.SINCE, date);
  }

  /**
   * Returns this query narrowed to the agreements whose date has a day on or before the last day of
   * {@code date}; undated agreements are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if an end is already set
   */
  public AgreementQuery until(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.UNTIL, date);
  }

  /**
   * Returns this query narrowed to the agreements that any of the documents {@code ids} reports.
   *
   * @throws NullPointerException if {@code ids} or one of them is null
   * @throws IllegalArgumentException if no id is given
   * @throws IllegalStateException if the documents are already set
   */
  public AgreementQuery inDocument(String... ids) {
    return with(Dimension.IN_DOCUMENT, Criteria.anyOf(Dimension.IN_DOCUMENT, ids));
  }

  /**
   * Returns this query narrowed to the agreements to which every one of {@code allOf} is a party.
   *
   * @throws NullPointerException if {@code allOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the parties are already set
   */
  public AgreementQuery withParty(Country... allOf) {
    return with(Dimension.WITH_PARTY, Criteria.anyOf(Dimension.WITH_PARTY, allOf));
  }

  /**
   * Returns this query narrowed to the agreements of any of the kinds {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no kind is given
   * @throws IllegalStateException if the kinds are already set
   */
  public AgreementQuery ofKind(AgreementKind... anyOf) {
    return with(Dimension.OF_KIND, Criteria.anyOf(Dimension.OF_KIND, anyOf));
  }

  /**
   * Returns this query narrowed to the agreements at any of the statuses {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no status is given
   * @throws IllegalStateException if the statuses are already set
   */
  public AgreementQuery withStatus(AgreementStatus... anyOf) {
    return with(Dimension.WITH_STATUS, Criteria.anyOf(Dimension.WITH_STATUS, anyOf));
  }

  /** Returns the agreements this query selects, in corpus order. */
  public ImmutableList<Agreement> list() {
    return plan().scan().list();
  }

  /** Returns the agreements this query selects, in corpus order, lazily. */
  public Stream<Agreement> stream() {
    return plan().scan().stream();
  }

  /** Returns the number of agreements this query selects. */
  public long count() {
    return plan().scan().count();
  }

  /** Returns whether this query selects any agreement. */
  public boolean exists() {
    return plan().scan().exists();
  }

  /** Returns the first agreement this query selects, in corpus order, if any. */
  public Optional<Agreement> first() {
    return plan().scan().first();
  }

  private FactPlan<Agreement> plan() {
    FactTable<Agreement> table = corpus.agreementTable();
    FactPlan<Agreement> plan = new FactPlan<>(table, criteria);
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
    return plan;
  }

  /** Returns whether {@code o} is a query of the same corpus with equal filters, in any order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AgreementQuery that
        && corpus == that.corpus
        && criteria.equals(that.criteria);
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(corpus) + criteria.hashCode();
  }

  /** Returns the calls that built this query, such as {@code agreements().between(CHN, RUS)}. */
  @Override
  public String toString() {
    return criteria.chain("agreements()");
  }
}
