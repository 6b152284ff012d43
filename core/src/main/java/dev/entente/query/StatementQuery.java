package dev.entente.query;

import dev.entente.text.FrenchText;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Statement;
import java.time.Year;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query of a corpus's statements: narrow it, then run it.
 *
 * <p>A statement involves its speaker's state and the states it is about; {@link #between} selects
 * the statements whose speaker's state is one of the two and that are about the other.
 *
 * <p>Each narrowing method returns a new query and leaves this one as it was; each dimension can be
 * set once, and filters commute. The dates compare with each fact's {@link
 * dev.entente.model.Fact#date()}. Results come in corpus order.
 *
 * <pre>{@code
 * long remarks = corpus.statements().by(RUSSIA).about(CHINA).bySpeaker("Poutine").count();
 * }</pre>
 *
 * <p>A query is a value: equal queries run on the same corpus with equal filters, and {@link
 * #toString()} prints the calls that built it, never the data.
 */
public final class StatementQuery {

  private final Corpus corpus;
  private final Criteria criteria;

  StatementQuery(Corpus corpus, Criteria criteria) {
    this.corpus = corpus;
    this.criteria = criteria;
  }

  private StatementQuery with(Dimension dimension, Object value) {
    return new StatementQuery(corpus, criteria.with(dimension, value));
  }

  /**
   * Returns this query narrowed to the statements between {@code a} and {@code b}: by one, about
   * the other, in either order.
   *
   * @throws NullPointerException if a state is null
   * @throws IllegalArgumentException if {@code a} is {@code b}
   * @throws IllegalStateException if the pair is already set
   */
  public StatementQuery between(Country a, Country b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return with(Dimension.BETWEEN, CountryPair.of(a, b));
  }

  /**
   * Returns this query narrowed to the statements by or about any of {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the states are already set
   */
  public StatementQuery involving(Country... anyOf) {
    return with(Dimension.INVOLVING, Criteria.anyOf(Dimension.INVOLVING, anyOf));
  }

  /**
   * Returns this query narrowed to the statements in any of the domains {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no domain is given
   * @throws IllegalStateException if the domains are already set
   */
  public StatementQuery inDomain(Domain... anyOf) {
    return with(Dimension.IN_DOMAIN, Criteria.anyOf(Dimension.IN_DOMAIN, anyOf));
  }

  /**
   * Returns this query narrowed to the statements dated in {@code year}, as {@link
   * #during(PartialDate)} does.
   *
   * @throws NullPointerException if {@code year} is null
   * @throws IllegalStateException if a period is already set
   */
  public StatementQuery during(Year year) {
    checkNotNull(year, "year");
    return during(PartialDate.ofYear(year.getValue()));
  }

  /**
   * Returns this query narrowed to the statements whose date shares a day with {@code period};
   * undated statements are left out.
   *
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalStateException if a period is already set
   */
  public StatementQuery during(PartialDate period) {
    checkNotNull(period, "period");
    return with(Dimension.DURING, period);
  }

  /**
   * Returns this query narrowed to the statements whose date has a day on or after the first day of
   * {@code date}; undated statements are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if a start is already set
   */
  public StatementQuery since(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.SINCE, date);
  }

  /**
   * Returns this query narrowed to the statements whose date has a day on or before the last day of
   * {@code date}; undated statements are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if an end is already set
   */
  public StatementQuery until(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.UNTIL, date);
  }

  /**
   * Returns this query narrowed to the statements that any of the documents {@code ids} reports.
   *
   * @throws NullPointerException if {@code ids} or one of them is null
   * @throws IllegalArgumentException if no id is given
   * @throws IllegalStateException if the documents are already set
   */
  public StatementQuery inDocument(String... ids) {
    return with(Dimension.IN_DOCUMENT, Criteria.anyOf(Dimension.IN_DOCUMENT, ids));
  }

  /**
   * Returns this query narrowed to the statements whose speaker belongs to {@code state} (a state
   * speaking for itself, one of its people or one of its institutions).
   *
   * @throws NullPointerException if {@code state} is null
   * @throws IllegalStateException if the speaker's state is already set
   */
  public StatementQuery by(Country state) {
    checkNotNull(state, "state");
    return with(Dimension.BY, state);
  }

  /**
   * Returns this query narrowed to the statements about any of {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the states spoken about are already set
   */
  public StatementQuery about(Country... anyOf) {
    return with(Dimension.ABOUT, Criteria.anyOf(Dimension.ABOUT, anyOf));
  }

  /**
   * Returns this query narrowed to the statements of the speaker called {@code name}, ignoring case
   * and accents: the speaker's full name, or a person's surname ({@code "poutine"} finds Vladimir
   * Poutine).
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws IllegalStateException if a speaker is already set
   */
  public StatementQuery bySpeaker(String name) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "bySpeaker needs a name, got \"%s\"", name);
    return with(Dimension.BY_SPEAKER, name);
  }

  /** Returns the statements this query selects, in corpus order. */
  public ImmutableList<Statement> list() {
    return plan().scan().list();
  }

  /** Returns the statements this query selects, in corpus order, lazily. */
  public Stream<Statement> stream() {
    return plan().scan().stream();
  }

  /** Returns the number of statements this query selects. */
  public long count() {
    return plan().scan().count();
  }

  /** Returns whether this query selects any statement. */
  public boolean exists() {
    return plan().scan().exists();
  }

  /** Returns the first statement this query selects, in corpus order, if any. */
  public Optional<Statement> first() {
    return plan().scan().first();
  }

  private FactPlan<Statement> plan() {
    FactTable<Statement> table = corpus.statementTable();
    FactPlan<Statement> plan = new FactPlan<>(table, criteria);
    criteria
        .<Country>get(Dimension.BY)
        .ifPresent(
            state ->
                plan.require(
                    s -> s.speaker().country().equals(Optional.of(state)), table.involving(state)));
    criteria
        .<ImmutableSet<Country>>get(Dimension.ABOUT)
        .ifPresent(
            anyOf ->
                plan.require(
                    s -> Criteria.intersects(s.about(), anyOf), table.involvingAny(anyOf)));
    criteria
        .<String>get(Dimension.BY_SPEAKER)
        .map(FrenchText::fold)
        .map(String::strip)
        .ifPresent(name -> plan.require(s -> isCalled(s.speaker(), name)));
    return plan;
  }

  /**
   * Returns whether {@code speaker}'s full name, or surname for a person, folds to {@code name}.
   */
  private static boolean isCalled(Actor speaker, String name) {
    if (FrenchText.fold(speaker.name()).strip().equals(name)) {
      return true;
    }
    return speaker instanceof Person person && FrenchText.fold(person.surname()).equals(name);
  }

  /** Returns whether {@code o} is a query of the same corpus with equal filters, in any order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof StatementQuery that
        && corpus == that.corpus
        && criteria.equals(that.criteria);
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(corpus) + criteria.hashCode();
  }

  /** Returns the calls that built this query, such as {@code statements().between(CHN, RUS)}. */
  @Override
  public String toString() {
    return criteria.chain("statements()");
  }
}
