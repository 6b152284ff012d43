package dev.entente.testing;

import static dev.entente.model.Country.BELARUS;
import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.FRANCE;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.IRAN;
import static dev.entente.model.Country.NORTH_KOREA;
import static dev.entente.model.Country.PAKISTAN;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Country.TURKEY;
import static dev.entente.model.Country.UNITED_STATES;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.SetMultimap;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Severity;
import dev.entente.model.Span;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.query.Corpus;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Draws model values from one {@link Random}, through the model's builders and constructors, so
 * every value is valid. The logic behind {@link ModelGenerators}.
 *
 * <p>Values mix the plausible and the awkward. States come half the time from the ten the seed
 * articles and the news name most, so that facts share pairs and corpora repeat facts; otherwise
 * from all of ISO 3166-1. Dates are mostly 1990 to 2030, sometimes anywhere in years 1 to 9999.
 * Strings are mostly French news phrases; about one in seven carries an awkward part (quotes,
 * guillemets, a backslash, emoji, other scripts). Every string is non-blank and on one line, so
 * values print readably in test names.
 */
final class ValueSampler {

  static final ImmutableList<Country> NEWS_STATES =
      ImmutableList.of(
          RUSSIA, CHINA, INDIA, UNITED_STATES, FRANCE, PAKISTAN, IRAN, TURKEY, NORTH_KOREA, BELARUS);

  private static final ImmutableList<String> SUBJECTS =
      ImmutableList.of(
          "AK-203",
          "coopération militaire",
          "partenariat stratégique global",
          "gazoduc Force de Sibérie 2",
          "livraison de systèmes S-400",
          "accord sur l'énergie nucléaire civile",
          "coopération spatiale",
          "lutte contre le terrorisme",
          "échange de renseignements");
  private static final ImmutableList<String> EXERCISE_NAMES =
      ImmutableList.of(
          "Vostok 2018",
          "Mission de paix 2018",
          "Joint Sea 2021",
          "Indra",
          "Zapad-2021",
          "Coopération navale",
          "Ceinture de sécurité maritime 2023",
          "Sécurité du Nord");
  private static final ImmutableList<String> LOCATIONS =
      ImmutableList.of(
          "mer de Chine orientale",
          "Tsugol",
          "région d'Orenbourg",
          "golfe d'Oman",
          "océan Indien",
          "mer du Japon",
          "polygone de Tcheliabinsk");
  private static final ImmutableList<String> FORCES =
      ImmutableList.of(
          "forces navales",
          "troupes aéroportées",
          "3 200 militaires",
          "forces spéciales",
          "unités de défense aérienne");
  private static final ImmutableList<String> SYSTEMS =
      ImmutableList.of(
          "S-400",
          "S 400 Triumf",
          "Su-30MKI",
          "J-10C",
          "Rafale",
          "AK-203",
          "T-90S",
          "sous-marins de classe Kilo",
          "chasseurs russes",
          "drones Shahed-136");
  private static final ImmutableList<String> QUOTES =
      ImmutableList.of(
          "Nos relations n'ont jamais été aussi bonnes.",
          "Nous condamnons cet exercice provocateur.",
          "Cette coopération ne vise aucun pays tiers.",
          "L'accord renforce la sécurité régionale.",
          "Nous livrerons les systèmes dans les délais.",
          "les deux pays approfondiront leur partenariat stratégique");
  private static final ImmutableList<String> GIVEN_NAMES =
      ImmutableList.of("Sergueï", "Li", "Rajnath", "Jean-Yves", "Hossein", "Hakan", "Anne", "Kim");
  private static final ImmutableList<String> FAMILY_NAMES =
      ImmutableList.of("Choïgou", "Shangfu", "Singh", "Le Drian", "Amir-Abdollahian", "Fidan", "Yong-chol");
  private static final ImmutableList<String> ROLES =
      ImmutableList.of(
          "président",
          "Premier ministre",
          "ministre de la Défense",
          "vice-ministre des Affaires étrangères",
          "porte-parole du Kremlin",
          "chef d'état-major");
  private static final ImmutableList<Person> KNOWN_PERSONS =
      ImmutableList.of(
          Person.of("Vladimir Poutine", RUSSIA).withRole("président").withAliases("Poutine"),
          Person.of("Xi Jinping", CHINA).withRole("président"),
          Person.of("Narendra Modi", INDIA).withRole("Premier ministre").withAliases("Modi"),
          Person.of("Sergueï Lavrov", RUSSIA).withRole("ministre des Affaires étrangères"),
          Person.of("Wang Yi", CHINA),
          Person.of("Emmanuel Macron", FRANCE).withRole("président de la République"));
  private static final ImmutableList<Organization> KNOWN_ORGANIZATIONS =
      ImmutableList.of(
          Organization.of("Organisation de coopération de Shanghai").withAcronym("OCS"),
          Organization.of("Organisation du traité de l'Atlantique nord").withAcronym("OTAN"),
          Organization.of("Organisation des Nations unies").withAcronym("ONU"),
          Organization.of("Rosoboronexport").withCountry(RUSSIA),
          Organization.of("ministère russe de la Défense").withCountry(RUSSIA),
          Organization.of("Hindustan Aeronautics Limited").withAcronym("HAL").withCountry(INDIA),
          Organization.of("Armée populaire de libération").withAcronym("APL").withCountry(CHINA));
  private static final ImmutableList<String> RULES =
      ImmutableList.of("AgreementRule", "ExerciseRule", "TransferRule", "StatementRule");
  /** Awkward parts, appended to plausible strings now and then; none is blank or breaks a line. */
  private static final ImmutableList<String> AWKWARD =
      ImmutableList.of(
          "« guillemets »",
          "“doubles”",
          "\"quotes\"",
          "back\\slash",
          "l’apostrophe",
          "🚀",
          "🇷🇺🇨🇳",
          "日本語",
          "مرحبا",
          "{\"json\": [1, 2]}",
          "null",
          "a\u00a0b\u202fc");

  private final Random random;

  ValueSampler(Random random) {
    this.random = random;
  }

  // ---- countries, dates, spans, domains

  /** Returns a state: half the time one the news names most, otherwise any ISO 3166-1 entry. */
  Country country() {
    return random.nextBoolean() ? pick(NEWS_STATES) : pick(Country.values());
  }

  CountryPair countryPair() {
    List<Country> two = countries(2);
    return CountryPair.of(two.get(0), two.get(1));
  }

  /** Returns {@code count} distinct states, in the order drawn. */
  List<Country> countries(int count) {
    Set<Country> countries = new LinkedHashSet<>();
    while (countries.size() < count) {
      countries.add(country());
    }
    return List.copyOf(countries);
  }

  /** Returns a date at any precision, mostly between 1990 and 2030. */
  PartialDate partialDate() {
    int year;
    int roll = random.nextInt(20);
    if (roll == 0) {
      year = random.nextBoolean() ? 1 : 9999;
    } else if (roll < 4) {
      year = 1 + random.nextInt(9999);
    } else {
      year = 1990 + random.nextInt(41);
    }
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        LocalDate first = LocalDate.of(year, 1 + random.nextInt(12), 1);
        return PartialDate.from(first.plusDays(random.nextInt(first.lengthOfMonth())));
    }
  }

  Domain domain() {
    return random.nextBoolean() ? Domain.MILITARY : pick(Domain.values());
  }

  /** Returns one to three domains, military more often than the others. */
  List<Domain> domains() {
    Set<Domain> domains = new LinkedHashSet<>();
    int count = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 1;
    while (domains.size() < count) {
      domains.add(domain());
    }
    return List.copyOf(domains);
  }

  /** Returns a span of up to 400 characters, now and then empty or at offset 0. */
  Span span() {
    int start = random.nextInt(10) == 0 ? 0 : random.nextInt(20_000);
    int length = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(400);
    return Span.of(start, start + length);
  }

  // ---- evidence, documents, diagnostics

  String documentId() {
    return random.nextInt(8) == 0 ? awkward("article") : "doc-" + random.nextInt(1000);
  }

  Evidence evidence(String documentId) {
    return new Evidence(documentId, span(), sentence(), pick(RULES), confidence());
  }

  /** Returns one to three pieces of evidence, all from {@code documentId}. */
  List<Evidence> evidenceList(String documentId) {
    return list(1, 3, () -> evidence(documentId));
  }

  private double confidence() {
    switch (random.nextInt(5)) {
      case 0:
        return 0.0;
      case 1:
        return 1.0;
      case 2:
        return random.nextDouble();
      default:
        return (50 + random.nextInt(51)) / 100.0;
    }
  }

  private String sentence() {
    return text(QUOTES);
  }

  Document document(String id) {
    Document document = Document.of(id);
    if (random.nextBoolean()) {
      document = document.withTitle(text(SUBJECTS));
    }
    if (random.nextBoolean()) {
      document = document.withPublished(partialDate());
    }
    if (random.nextBoolean()) {
      document = document.withSource("https://example.org/" + random.nextInt(100_000));
    }
    return document;
  }

  Diagnostic diagnostic() {
    return new Diagnostic(
        pick(Severity.values()),
        pick(DiagnosticCode.values()),
        random.nextBoolean() ? Optional.of(span()) : Optional.empty(),
        text(ImmutableList.of("no publication date found", "speaker not identified", "date not placed")));
  }

  // ---- actors

  Person person() {
    if (random.nextInt(5) < 3) {
      return pick(KNOWN_PERSONS);
    }
    String name = pick(GIVEN_NAMES) + " " + pick(FAMILY_NAMES);
    return new Person(
        name,
        maybe(this::country),
        maybe(() -> text(ROLES)),
        ImmutableSet.copyOf(list(0, 2, () -> text(FAMILY_NAMES))));
  }

  Organization organization() {
    if (random.nextInt(5) < 3) {
      return pick(KNOWN_ORGANIZATIONS);
    }
    String name = text(ImmutableList.of("Agence", "ministère", "Conseil", "Corporation")) + " " + random.nextInt(100);
    return new Organization(
        name,
        maybe(() -> random.nextBoolean() ? "ACR" : "AGX" + random.nextInt(10)),
        maybe(this::country),
        ImmutableSet.copyOf(list(0, 2, () -> text(SUBJECTS))));
  }

  Actor actor() {
    switch (random.nextInt(3)) {
      case 0:
        return State.of(country());
      case 1:
        return person();
      default:
        return organization();
    }
  }

  // ---- facts

  /**
   * Returns, one time in four, one or two organizations to stand beside or instead of states as an
   * agreement's parties or an exercise's participants; otherwise none.
   */
  List<Organization> partyOrganizations() {
    if (random.nextInt(4) != 0) {
      return List.of();
    }
    Set<Organization> organizations = new LinkedHashSet<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      organizations.add(organization());
    }
    return List.copyOf(organizations);
  }

  /**
   * Returns how many states stand beside {@code organizations}: enough for two parties in all, and
   * {@code extra} more.
   */
  private int statesBeside(List<Organization> organizations, int extra) {
    return Math.max(0, 2 - organizations.size()) + extra;
  }

  Agreement agreement(String documentId) {
    List<Organization> organizations = partyOrganizations();
    return Agreement.builder()
        .parties(
            countries(
                statesBeside(
                    organizations, random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0)))
        .organizations(organizations)
        .kind(pick(AgreementKind.values()))
        .domains(domains())
        .status(pick(AgreementStatus.values()))
        .date(orNull(this::partialDate))
        .subject(orNull(() -> text(SUBJECTS)))
        .duration(random.nextInt(4) == 0 ? period() : null)
        .evidence(evidenceList(documentId))
        .build();
  }

  private Period period() {
    switch (random.nextInt(3)) {
      case 0:
        return Period.ofYears(1 + random.nextInt(50));
      case 1:
        return Period.ofMonths(1 + random.nextInt(36));
      default:
        return Period.of(random.nextInt(10), random.nextInt(12), 1 + random.nextInt(30));
    }
  }

  JointExercise exercise(String documentId) {
    PartialDate start = orNull(this::partialDate);
    List<Organization> organizations = partyOrganizations();
    return JointExercise.builder()
        .name(orNull(() -> text(EXERCISE_NAMES)))
        .participants(
            countries(
                statesBeside(
                    organizations, random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0)))
        .organizations(organizations)
        .domains(random.nextInt(4) == 0 ? domains() : List.of(Domain.MILITARY))
        .location(orNull(() -> text(LOCATIONS)))
        .start(start)
        .end(random.nextBoolean() ? endAfter(start) : null)
        .forces(orNull(() -> text(FORCES)))
        .evidence(evidenceList(documentId))
        .build();
  }

  /** Returns an end no earlier than {@code start}, or null when it would pass year 9999. */
  private PartialDate endAfter(PartialDate start) {
    LocalDate from = start == null ? LocalDate.of(2000 + random.nextInt(31), 1, 1) : start.lastDay();
    LocalDate day = from.plusDays(random.nextInt(30));
    if (day.getYear() > 9999) {
      return null;
    }
    return random.nextInt(4) == 0 ? PartialDate.ofMonth(day.getYear(), day.getMonthValue()) : PartialDate.from(day);
  }

  ArmsTransfer armsTransfer(String documentId) {
    List<Country> ends = countries(2);
    ArmsTransfer.Builder transfer =
        ArmsTransfer.builder()
            .supplier(ends.get(0))
            .recipient(ends.get(1))
            .system(orNull(() -> text(SYSTEMS)))
            .category(random.nextInt(3) == 0 ? null : pick(SystemCategory.values()))
            .status(pick(TransferStatus.values()))
            .date(orNull(this::partialDate))
            .evidence(evidenceList(documentId));
    if (random.nextBoolean()) {
      transfer.quantity(random.nextInt(20) == 0 ? 1 + random.nextInt(Integer.MAX_VALUE) : 1 + random.nextInt(500));
    }
    if (transfer.build().system().isPresent() && random.nextInt(3) == 0) {
      transfer.canonicalSystem(text(SYSTEMS)); // as the parser gives one: a catalogue name besides the written one
    }
    return transfer.build();
  }

  Statement statement(String documentId) {
    List<Country> about = countries(random.nextInt(4));
    List<Domain> domains = domains();
    return Statement.builder()
        .speaker(actor())
        .quote(text(QUOTES))
        .about(about)
        .domains(domains)
        .narrowed(narrowed(about, domains))
        .date(orNull(this::partialDate))
        .evidence(evidenceList(documentId))
        .build();
  }

  /** Half the time, some of the states linked in a random part of the domains only. */
  private SetMultimap<Country, Domain> narrowed(List<Country> about, List<Domain> domains) {
    SetMultimap<Country, Domain> narrowed = LinkedHashMultimap.create();
    if (random.nextBoolean()) {
      for (Country state : about) {
        if (random.nextBoolean()) {
          narrowed.putAll(state, domains.subList(0, 1 + random.nextInt(domains.size())));
        }
      }
    }
    return narrowed;
  }

  Fact fact(String documentId) {
    switch (random.nextInt(4)) {
      case 0:
        return agreement(documentId);
      case 1:
        return exercise(documentId);
      case 2:
        return armsTransfer(documentId);
      default:
        return statement(documentId);
    }
  }

  // ---- readings and corpora

  Reading reading(String documentId) {
    return reading(documentId, list(0, 8, () -> fact(documentId)));
  }

  /**
   * Returns a reading of {@code facts}, whose evidence must name {@code documentId}; its actors are
   * the facts' states, organizations and speakers, and now and then another person or
   * organization.
   */
  Reading reading(String documentId, List<Fact> facts) {
    Set<Actor> actors = new LinkedHashSet<>();
    for (Fact fact : facts) {
      fact.states().forEach(c -> actors.add(State.of(c)));
      actors.addAll(fact.organizations());
      if (fact instanceof Statement statement) {
        actors.add(statement.speaker());
      }
    }
    actors.addAll(list(0, 2, () -> random.nextBoolean() ? person() : organization()));
    return Reading.builder(document(documentId))
        .actors(actors)
        .agreements(only(facts, Agreement.class))
        .exercises(only(facts, JointExercise.class))
        .armsTransfers(only(facts, ArmsTransfer.class))
        .statements(only(facts, Statement.class))
        .diagnostics(list(0, 2, this::diagnostic))
        .build();
  }

  /**
   * Returns a corpus of up to six documents with distinct ids; about one fact in five repeats one
   * an earlier document reported, with its own evidence, so the corpus merges them.
   */
  Corpus corpus() {
    int documents = random.nextInt(7);
    List<Reading> readings = new ArrayList<>();
    List<Fact> reported = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      String id = "doc-" + d;
      List<Fact> facts = new ArrayList<>();
      for (int f = random.nextInt(9); f > 0; f--) {
        Fact fact =
            !reported.isEmpty() && random.nextInt(5) == 0
                ? pick(reported).withEvidence(evidenceList(id))
                : fact(id);
        facts.add(fact);
      }
      reported.addAll(facts);
      readings.add(reading(id, facts));
    }
    return Corpus.of(readings);
  }

  private static <F> List<F> only(List<Fact> facts, Class<F> kind) {
    return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  // ---- basics

  /** Returns one of {@code plausible}, now and then with an awkward part around it. */
  private String text(List<String> plausible) {
    String text = pick(plausible);
    return random.nextInt(7) == 0 ? awkward(text) : text;
  }

  private String awkward(String text) {
    String part = pick(AWKWARD);
    return random.nextBoolean() ? text + " " + part : part + " " + text;
  }

  private <T> List<T> list(int min, int max, Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
      list.add(element.get());
    }
    return list;
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> T orNull(Supplier<T> value) {
    return random.nextBoolean() ? value.get() : null;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
