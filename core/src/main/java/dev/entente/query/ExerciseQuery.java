package dev.entente.query;

import dev.entente.text.FrenchText;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.JointExercise;
import dev.entente.model.PartialDate;
import java.time.Year;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query of a corpus's joint exercises: narrow it, then run it.
 *
 * <p>An exercise's date, for the date filters, is its start.
 *
 * <p>Each narrowing method returns a new query and leaves this one as it was; each dimension can be
 * set once, and filters commute. The dates compare with each fact's {@link
 * dev.entente.model.Fact#date()}. Results come in corpus order.
 *
 * <pre>{@code
 * List<JointExercise> vostok = corpus.exercises().involving(CHINA).named("vostok").list();
 * }</pre>
 *
 * <p>A query is a value: equal queries run on the same corpus with equal filters, and {@link
 * #toString()} prints the calls that built it, never the data.
 */
public final class ExerciseQuery {

  private final Corpus corpus;
  private final Criteria criteria;

  ExerciseQuery(Corpus corpus, Criteria criteria) {
    this.corpus = corpus;
    this.criteria = criteria;
  }

  private ExerciseQuery with(Dimension dimension, Object value) {
    return new ExerciseQuery(corpus, criteria.with(dimension, value));
  }

  /**
   * Returns this query narrowed to the exercises in which both {@code a} and {@code b} take part,
   * in either order.
   *
   * @throws NullPointerException if a state is null
   * @throws IllegalArgumentException if {@code a} is {@code b}
   * @throws IllegalStateException if the pair is already set
   */
  public ExerciseQuery between(Country a, Country b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return with(Dimension.BETWEEN, CountryPair.of(a, b));
  }

  /**
   * Returns this query narrowed to the exercises in which any of {@code anyOf} takes part.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the states are already set
   */
  public ExerciseQuery involving(Country... anyOf) {
    return with(Dimension.INVOLVING, Criteria.anyOf(Dimension.INVOLVING, anyOf));
  }

  /**
   * Returns this query narrowed to the exercises in any of the domains {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no domain is given
   * @throws IllegalStateException if the domains are already set
   */
  public ExerciseQuery inDomain(Domain... anyOf) {
    return with(Dimension.IN_DOMAIN, Criteria.anyOf(Dimension.IN_DOMAIN, anyOf));
  }

  /**
   * Returns this query narrowed to the exercises dated in {@code year}, as {@link
   * #during(PartialDate)} does.
   *
   * @throws NullPointerException if {@code year} is null
   * @throws IllegalStateException if a period is already set
   */
  public ExerciseQuery during(Year year) {
    checkNotNull(year, "year");
    return during(PartialDate.ofYear(year.getValue()));
  }

  /**
   * Returns this query narrowed to the exercises whose date shares a day with {@code period};
   * undated exercises are left out.
   *
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalStateException if a period is already set
   */
  public ExerciseQuery during(PartialDate period) {
    checkNotNull(period, "period");
    return with(Dimension.DURING, period);
  }

  /**
   * Returns this query narrowed to the exercises whose date has a day on or after the first day of
   * {@code date}; undated exercises are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if a start is already set
   */
  public ExerciseQuery since(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.SINCE, date);
  }

  /**
   * Returns this query narrowed to the exercises whose date has a day on or before the last day of
   * {@code date}; undated exercises are left out.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if an end is already set
   */
  public ExerciseQuery until(PartialDate date) {
    checkNotNull(date, "date");
    return with(Dimension.UNTIL, date);
  }

  /**
   * Returns this query narrowed to the exercises that any of the documents {@code ids} reports.
   *
   * @throws NullPointerException if {@code ids} or one of them is null
   * @throws IllegalArgumentException if no id is given
   * @throws IllegalStateException if the documents are already set
   */
  public ExerciseQuery inDocument(String... ids) {
    return with(Dimension.IN_DOCUMENT, Criteria.anyOf(Dimension.IN_DOCUMENT, ids));
  }

  /**
   * Returns this query narrowed to the exercises whose name contains {@code text}, ignoring case
   * and accents: {@code named("mission de paix")} finds "Mission de paix 2018". Unnamed exercises
   * are left out.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is blank
   * @throws IllegalStateException if a name is already set
   */
  public ExerciseQuery named(String text) {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "named needs some text, got \"%s\"", text);
    return with(Dimension.NAMED, text);
  }

  /** Returns the exercises this query selects, in corpus order. */
  public ImmutableList<JointExercise> list() {
    return plan().scan().list();
  }

  /** Returns the exercises this query selects, in corpus order, lazily. */
  public Stream<JointExercise> stream() {
    return plan().scan().stream();
  }

  /** Returns the number of exercises this query selects. */
  public long count() {
    return plan().scan().count();
  }

  /** Returns whether this query selects any exercise. */
  public boolean exists() {
    return plan().scan().exists();
  }

  /** Returns the first exercise this query selects, in corpus order, if any. */
  public Optional<JointExercise> first() {
    return plan().scan().first();
  }

  private FactPlan<JointExercise> plan() {
    FactPlan<JointExercise> plan = new FactPlan<>(corpus.exerciseTable(), criteria);
    criteria
        .<String>get(Dimension.NAMED)
        .map(FrenchText::fold)
        .ifPresent(
            text ->
                plan.require(e -> e.name().map(n -> FrenchText.fold(n).contains(text)).orElse(false)));
    return plan;
  }

  /** Returns whether {@code o} is a query of the same corpus with equal filters, in any order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ExerciseQuery that
        && corpus == that.corpus
        && criteria.equals(that.criteria);
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(corpus) + criteria.hashCode();
  }

  /** Returns the calls that built this query, such as {@code exercises().between(CHN, RUS)}. */
  @Override
  public String toString() {
    return criteria.chain("exercises()");
  }
}
