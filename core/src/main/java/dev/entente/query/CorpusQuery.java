package dev.entente.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.PartialDate;
import java.time.Year;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query of a corpus: the narrowing methods every kind of query shares and the terminal calls that
 * run it. Its subclasses are the query of relations ({@link RelationQuery}) and, through {@link
 * FactQuery}, the queries of each kind of fact.
 *
 * <p>The base is generic in the result type {@code T}, not in {@link dev.entente.model.Fact},
 * because a {@link dev.entente.model.Relation} is not a fact: it is derived from facts. What the
 * queries share is the same set of dimensions (the states, the domains, the dates, the documents,
 * the organizations) and the same terminals; how a dimension selects differs, which each subclass
 * says in its {@code scan}. For facts, each dimension selects facts. For relations, {@link
 * #between}, {@link #involving} and {@link #inDomain} select relations, and the dates, {@link
 * #inDocument} and {@link #involvingOrganization} narrow each relation to its facts that meet them,
 * dropping the relations left with none. A dimension every kind of query has goes here, once.
 *
 * <p>The type parameter {@code Q} is the concrete query type (the self type, as in AssertJ), so
 * that every narrowing method returns it: {@code corpus.agreements().inDomain(MILITARY)} is still an
 * {@link AgreementQuery}, and {@code .withStatus(SIGNED)} can follow. Each narrowing method returns
 * a new query and leaves this one as it was; each dimension can be set once, and setting it again
 * throws an {@link IllegalStateException} whose message shows the value already set. The dates
 * compare with each fact's {@link dev.entente.model.Fact#date()} (for an exercise, its start);
 * undated facts never meet a date filter.
 *
 * <p>A query is a value: equal queries are of the same kind, run on the same corpus with equal
 * filters in any order, and {@link #toString()} prints the calls that built it, never the data.
 *
 * <p>The hierarchy is closed: the queries come from {@link Corpus}, never from outside code.
 *
 * @param <Q> the concrete query type, which every narrowing method returns
 * @param <T> the type of result: a relation or a kind of fact
 */
public abstract sealed class CorpusQuery<Q extends CorpusQuery<Q, T>, T>
    permits RelationQuery, FactQuery {

  final Corpus corpus;
  final Criteria criteria;
  private final BiFunction<Corpus, Criteria, Q> constructor;

  /**
   * Starts a query of {@code corpus} narrowed by {@code criteria}; {@code constructor} makes the
   * concrete query of other criteria, which each narrowing call returns.
   */
  CorpusQuery(Corpus corpus, Criteria criteria, BiFunction<Corpus, Criteria, Q> constructor) {
    this.corpus = corpus;
    this.criteria = criteria;
    this.constructor = constructor;
  }

  /** Returns the call that starts the chain, such as {@code "agreements()"}. */
  abstract String root();

  /** Returns the run of this query over the corpus's indexes. */
  abstract Scan<T> scan();

  /**
   * Returns this query narrowed by {@code dimension} set to {@code value}.
   *
   * @throws IllegalStateException if {@code dimension} is already set
   */
  private Q with(Dimension dimension, Object value) {
    return constructor.apply(corpus, criteria.with(dimension, value));
  }

  /**
   * Returns this query narrowed by {@code dimension} set to {@code value}, which must not be null.
   *
   * @param parameter the name of the method's parameter, which the null message gives
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalStateException if {@code dimension} is already set
   */
  final Q withValue(Dimension dimension, Object value, String parameter) {
    checkNotNull(value, parameter);
    return with(dimension, value);
  }

  /**
   * Returns this query narrowed by {@code dimension} set to the arguments of a varargs call, any of
   * which a result may meet (or, for {@code withParty}, every one of which it meets).
   *
   * @throws NullPointerException if {@code values} or one of them is null
   * @throws IllegalArgumentException if no value is given
   * @throws IllegalStateException if {@code dimension} is already set
   */
  @SafeVarargs
  final <V> Q withAnyOf(Dimension dimension, V... values) {
    return with(dimension, Criteria.anyOf(dimension, values));
  }

  /**
   * Returns this query narrowed by {@code dimension} set to {@code text}, a name or words to look
   * for, after checking it.
   *
   * @param parameter the name of the method's parameter, which the null message gives
   * @param usable whether the text can match anything, such as not blank
   * @param needs what a usable text has, for the message, such as {@code "some text"}
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not usable
   * @throws IllegalStateException if {@code dimension} is already set
   */
  final Q withText(
      Dimension dimension, String text, String parameter, Predicate<String> usable, String needs) {
    checkNotNull(text, parameter);
    checkArgument(usable.test(text), "%s needs %s, got \"%s\"", dimension, needs, text);
    return with(dimension, text);
  }

  /**
   * Returns this query narrowed to what links {@code a} and {@code b}, in either order: the
   * relations of that pair, or the facts that link the two (an agreement or exercise they both take
   * part in, a transfer from one to the other, a statement by one about the other).
   *
   * @throws NullPointerException if a state is null
   * @throws IllegalArgumentException if {@code a} is {@code b}
   * @throws IllegalStateException if the pair is already set
   */
  public final Q between(Country a, Country b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return with(Dimension.BETWEEN, CountryPair.of(a, b));
  }

  /**
   * Returns this query narrowed to what involves any of {@code anyOf}: the relations of which one
   * of them is a state, or the facts that involve one of them ({@link
   * dev.entente.model.Fact#states()}).
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the states are already set
   */
  public final Q involving(Country... anyOf) {
    return withAnyOf(Dimension.INVOLVING, anyOf);
  }

  /**
   * Returns this query narrowed to what lies in any of the domains {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no domain is given
   * @throws IllegalStateException if the domains are already set
   */
  public final Q inDomain(Domain... anyOf) {
    return withAnyOf(Dimension.IN_DOMAIN, anyOf);
  }

  /**
   * Returns this query narrowed to the facts dated in {@code year}, as {@link #during(PartialDate)}
   * does.
   *
   * @throws NullPointerException if {@code year} is null
   * @throws IllegalStateException if a period is already set
   */
  public final Q during(Year year) {
    checkNotNull(year, "year");
    return during(PartialDate.ofYear(year.getValue()));
  }

  /**
   * Returns this query narrowed to the facts whose date shares a day with {@code period}; undated
   * facts are left out.
   *
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalStateException if a period is already set
   */
  public final Q during(PartialDate period) {
    return withValue(Dimension.DURING, period, "period");
  }

  /**
   * Returns this query narrowed to the facts whose date has a day on or after the first day of
   * {@code date}; undated facts are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if a start is already set
   */
  public final Q since(PartialDate date) {
    return withValue(Dimension.SINCE, date, "date");
  }

  /**
   * Returns this query narrowed to the facts whose date has a day on or before the last day of
   * {@code date}; undated facts are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if an end is already set
   */
  public final Q until(PartialDate date) {
    return withValue(Dimension.UNTIL, date, "date");
  }

  /**
   * Returns this query narrowed to the facts that any of the documents {@code ids} reports.
   *
   * @throws NullPointerException if {@code ids} or one of them is null
   * @throws IllegalArgumentException if no id is given
   * @throws IllegalStateException if the documents are already set
   */
  public final Q inDocument(String... ids) {
    return withAnyOf(Dimension.IN_DOCUMENT, ids);
  }

  /**
   * Returns this query narrowed to the facts in which the organization called {@code
   * nameOrAcronym} takes part ({@link dev.entente.model.Fact#organizations()}): an agreement's
   * organization party, an exercise's organization participant, a statement's speaker. The name
   * matches an organization's name, acronym or one of its aliases, whole, ignoring case, accents and
   * surrounding spaces: {@code involvingOrganization("ocs")} finds the Organisation de coopération
   * de Shanghai. Relations link states only, so for relations this keeps, of each relation, the
   * facts the organization takes part in.
   *
   * <pre>{@code
   * long withTheEu = corpus.agreements().involving(INDIA).involvingOrganization("UE").count();
   * }</pre>
   *
   * @throws NullPointerException if {@code nameOrAcronym} is null
   * @throws IllegalArgumentException if {@code nameOrAcronym} is blank
   * @throws IllegalStateException if an organization is already set
   */
  public final Q involvingOrganization(String nameOrAcronym) {
    return withText(
        Dimension.INVOLVING_ORGANIZATION,
        nameOrAcronym,
        "nameOrAcronym",
        t -> !t.isBlank(),
        "a name or acronym");
  }

  /** Returns the results this query selects, in its order (see the concrete query). */
  public final ImmutableList<T> list() {
    return scan().list();
  }

  /** Returns the results this query selects, in its order, lazily. */
  public final Stream<T> stream() {
    return scan().stream();
  }

  /** Returns the number of results this query selects. */
  public final long count() {
    return scan().count();
  }

  /** Returns whether this query selects any result. */
  public final boolean exists() {
    return scan().exists();
  }

  /** Returns the first result this query selects, in its order, if any. */
  public final Optional<T> first() {
    return scan().first();
  }

  /**
   * Returns whether {@code o} is a query of the same kind and corpus with equal filters, in any
   * order.
   */
  @Override
  public final boolean equals(Object o) {
    return o instanceof CorpusQuery<?, ?> that
        && getClass() == that.getClass()
        && corpus == that.corpus
        && criteria.equals(that.criteria);
  }

  @Override
  public final int hashCode() {
    return 31 * System.identityHashCode(corpus) + criteria.hashCode();
  }

  /** Returns the calls that built this query, such as {@code relations().between(CHN, RUS)}. */
  @Override
  public final String toString() {
    return criteria.chain(root());
  }
}
