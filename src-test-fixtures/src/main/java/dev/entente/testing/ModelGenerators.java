package dev.entente.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Diagnostic;
import dev.entente.model.Document;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Span;
import dev.entente.model.Statement;
import dev.entente.query.Corpus;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Seeded, reproducible generators of valid values of every model type, built with the model's own
 * builders.
 *
 * <p>Values mix the plausible and the awkward. States come half the time from the ten the news
 * names most (Russia, China, India, the United States, France, Pakistan, Iran, Turkey, North Korea,
 * Belarus), so facts share pairs and corpora repeat facts; otherwise from all of ISO 3166-1. Dates
 * are mostly between 1990 and 2030, at every precision, and sometimes anywhere from year 1 to 9999.
 * Strings are mostly French news phrases; about one in seven carries an awkward part (quotes,
 * guillemets, a backslash, emoji, other scripts), but every string is non-blank and on one line.
 * Optional components are empty about half the time. A fact's evidence always names one document.
 *
 * <pre>{@code
 * ImmutableList<Agreement> agreements = ModelGenerators.agreements().list(42, 100);
 * Corpus corpus = ModelGenerators.corpora().sample(seed);
 * MyDto dto = Instancio.of(MyDto.class)
 *     .supply(all(Agreement.class), ModelGenerators.agreements())
 *     .withSeed(42)
 *     .create();
 * }</pre>
 *
 * <p>In a JUnit test, {@link GeneratedValues} feeds a parameterized test with the values of {@link
 * #forType(Class)}.
 */
public final class ModelGenerators {

  private static final ModelGenerator<Country> COUNTRIES =
      generator(Country.class, "countries", ValueSampler::country);
  private static final ModelGenerator<CountryPair> COUNTRY_PAIRS =
      generator(CountryPair.class, "countryPairs", ValueSampler::countryPair);
  private static final ModelGenerator<PartialDate> PARTIAL_DATES =
      generator(PartialDate.class, "partialDates", ValueSampler::partialDate);
  private static final ModelGenerator<Domain> DOMAINS =
      generator(Domain.class, "domains", ValueSampler::domain);
  private static final ModelGenerator<Span> SPANS =
      generator(Span.class, "spans", ValueSampler::span);
  private static final ModelGenerator<Evidence> EVIDENCE =
      generator(Evidence.class, "evidence", s -> s.evidence(s.documentId()));
  private static final ModelGenerator<Document> DOCUMENTS =
      generator(Document.class, "documents", s -> s.document(s.documentId()));
  private static final ModelGenerator<Diagnostic> DIAGNOSTICS =
      generator(Diagnostic.class, "diagnostics", ValueSampler::diagnostic);
  private static final ModelGenerator<Person> PERSONS =
      generator(Person.class, "persons", ValueSampler::person);
  private static final ModelGenerator<Organization> ORGANIZATIONS =
      generator(Organization.class, "organizations", ValueSampler::organization);
  private static final ModelGenerator<Actor> ACTORS =
      generator(Actor.class, "actors", ValueSampler::actor);
  private static final ModelGenerator<Agreement> AGREEMENTS =
      generator(Agreement.class, "agreements", s -> s.agreement(s.documentId()));
  private static final ModelGenerator<JointExercise> EXERCISES =
      generator(JointExercise.class, "exercises", s -> s.exercise(s.documentId()));
  private static final ModelGenerator<ArmsTransfer> ARMS_TRANSFERS =
      generator(ArmsTransfer.class, "armsTransfers", s -> s.armsTransfer(s.documentId()));
  private static final ModelGenerator<Statement> STATEMENTS =
      generator(Statement.class, "statements", s -> s.statement(s.documentId()));
  private static final ModelGenerator<Fact> FACTS =
      generator(Fact.class, "facts", s -> s.fact(s.documentId()));
  private static final ModelGenerator<Reading> READINGS =
      generator(Reading.class, "readings", s -> s.reading(s.documentId()));
  private static final ModelGenerator<Corpus> CORPORA =
      generator(Corpus.class, "corpora", ValueSampler::corpus);

  private static final ImmutableMap<Class<?>, ModelGenerator<?>> BY_TYPE =
      ImmutableMap.<Class<?>, ModelGenerator<?>>builder()
          .put(Country.class, COUNTRIES)
          .put(CountryPair.class, COUNTRY_PAIRS)
          .put(PartialDate.class, PARTIAL_DATES)
          .put(Domain.class, DOMAINS)
          .put(Span.class, SPANS)
          .put(Evidence.class, EVIDENCE)
          .put(Document.class, DOCUMENTS)
          .put(Diagnostic.class, DIAGNOSTICS)
          .put(Person.class, PERSONS)
          .put(Organization.class, ORGANIZATIONS)
          .put(Actor.class, ACTORS)
          .put(Agreement.class, AGREEMENTS)
          .put(JointExercise.class, EXERCISES)
          .put(ArmsTransfer.class, ARMS_TRANSFERS)
          .put(Statement.class, STATEMENTS)
          .put(Fact.class, FACTS)
          .put(Reading.class, READINGS)
          .put(Corpus.class, CORPORA)
          .buildOrThrow();

  private ModelGenerators() {}

  private static <T> ModelGenerator<T> generator(
      Class<T> type, String method, Function<ValueSampler, T> draw) {
    return ModelGenerator.named(
        type, "ModelGenerators." + method + "()", (Random random) -> draw.apply(new ValueSampler(random)));
  }

  /** Returns states of ISO 3166-1, the ten the news names most half the time. */
  public static ModelGenerator<Country> countries() {
    return COUNTRIES;
  }

  /** Returns pairs of distinct states. */
  public static ModelGenerator<CountryPair> countryPairs() {
    return COUNTRY_PAIRS;
  }

  /** Returns dates of every precision, mostly between 1990 and 2030, sometimes years 1 or 9999. */
  public static ModelGenerator<PartialDate> partialDates() {
    return PARTIAL_DATES;
  }

  /** Returns domains, {@code MILITARY} about half the time. */
  public static ModelGenerator<Domain> domains() {
    return DOMAINS;
  }

  /** Returns spans of up to 400 characters, now and then empty or starting at offset 0. */
  public static ModelGenerator<Span> spans() {
    return SPANS;
  }

  /** Returns evidence with a random document id, rule name and confidence, 0 and 1 included. */
  public static ModelGenerator<Evidence> evidence() {
    return EVIDENCE;
  }

  /** Returns document metadata, each optional part present about half the time. */
  public static ModelGenerator<Document> documents() {
    return DOCUMENTS;
  }

  /** Returns diagnostics of every severity and code. */
  public static ModelGenerator<Diagnostic> diagnostics() {
    return DIAGNOSTICS;
  }

  /** Returns persons: well-known leaders with roles and aliases, or made-up officials. */
  public static ModelGenerator<Person> persons() {
    return PERSONS;
  }

  /** Returns organizations: international bodies, national institutions or made-up agencies. */
  public static ModelGenerator<Organization> organizations() {
    return ORGANIZATIONS;
  }

  /** Returns states, persons and organizations, a third of each. */
  public static ModelGenerator<Actor> actors() {
    return ACTORS;
  }

  /**
   * Returns agreements of two to five parties, every kind and status, one to three domains; one in
   * four has one or two organizations among its parties, some with one state, some with none.
   */
  public static ModelGenerator<Agreement> agreements() {
    return AGREEMENTS;
  }

  /**
   * Returns joint exercises of two to five participants, one in four with one or two organizations
   * among them, whose end is never before their start.
   */
  public static ModelGenerator<JointExercise> exercises() {
    return EXERCISES;
  }

  /** Returns arms transfers of every status, with or without system, category and quantity. */
  public static ModelGenerator<ArmsTransfer> armsTransfers() {
    return ARMS_TRANSFERS;
  }

  /** Returns statements by states, persons and organizations, about zero to three states. */
  public static ModelGenerator<Statement> statements() {
    return STATEMENTS;
  }

  /** Returns facts of the four kinds, a quarter of each. */
  public static ModelGenerator<Fact> facts() {
    return FACTS;
  }

  /**
   * Returns readings of up to eight facts, whose evidence names the reading's document, with the
   * facts' states, organizations and speakers as actors and up to two diagnostics.
   */
  public static ModelGenerator<Reading> readings() {
    return READINGS;
  }

  /**
   * Returns corpora of up to six documents ({@code doc-0}, {@code doc-1}, ...), where about one
   * fact in five repeats a fact an earlier document reported.
   */
  public static ModelGenerator<Corpus> corpora() {
    return CORPORA;
  }

  /**
   * Returns the generator of values of {@code type}, the one {@link GeneratedValues} uses.
   *
   * <pre>{@code
   * ModelGenerator<Agreement> agreements = ModelGenerators.forType(Agreement.class);
   * }</pre>
   *
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if no generator makes values of {@code type}; the message
   *     lists the types there are generators for
   */
  @SuppressWarnings("unchecked") // BY_TYPE maps each type to a generator of that type
  public static <T> ModelGenerator<T> forType(Class<T> type) {
    checkNotNull(type, "type");
    ModelGenerator<?> generator = BY_TYPE.get(type);
    if (generator == null) { // not checkArgument: the list of types is built only when needed
      throw new IllegalArgumentException(
          String.format(
              "no model generator for type %s; there are generators for %s",
              type.getName(), supportedTypes()));
    }
    return (ModelGenerator<T>) generator;
  }

  private static String supportedTypes() {
    return BY_TYPE.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
  }
}
