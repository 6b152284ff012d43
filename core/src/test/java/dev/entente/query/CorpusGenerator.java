package dev.entente.query;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.FRANCE;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.PAKISTAN;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Country.UNITED_STATES;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
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
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates small random corpora from a seeded {@link Random}, with the model's builders, so every
 * value is valid. Values come from small pools (six states, a few names, five years) so that
 * queries often match and documents often report the same fact.
 */
final class CorpusGenerator {

  static final ImmutableList<Country> STATES =
      ImmutableList.of(CHINA, RUSSIA, INDIA, UNITED_STATES, FRANCE, PAKISTAN);
  static final ImmutableList<String> EXERCISE_NAMES =
      ImmutableList.of("Mission de paix 2018", "Vostok 2018", "Coopération navale", "Joint Sea");
  static final ImmutableList<String> SYSTEMS =
      ImmutableList.of("S-400", "S 400 Triumf", "Su-30MKI", "J-10C", "Rafale");
  static final ImmutableList<String> CANONICAL_SYSTEMS = ImmutableList.of("S-400 Triumf", "Su-30", "MBT-2000");
  static final ImmutableList<Actor> SPEAKERS =
      ImmutableList.of(
          State.of(RUSSIA),
          State.of(CHINA),
          Person.of("Vladimir Poutine", RUSSIA),
          Person.of("Vladimir Poutine", RUSSIA).withRole("président"),
          Person.of("Xi Jinping", CHINA),
          Person.of("Narendra Modi", INDIA),
          Person.of("Emmanuel Macron", FRANCE).withRole("président de la République"),
          Organization.of("Organisation de coopération de Shanghai").withAcronym("OCS"),
          Organization.of("ministère russe de la Défense").withCountry(RUSSIA));

  /** Organizations that take part in agreements and exercises, beside or instead of states. */
  static final ImmutableList<Organization> ORGANIZATIONS =
      ImmutableList.of(
          new Organization(
              "Union européenne", Optional.of("UE"), Optional.empty(), ImmutableSet.of("EU")),
          new Organization(
              "Organisation de coopération de Shanghai",
              Optional.of("OCS"),
              Optional.empty(),
              ImmutableSet.of("SCO")),
          Organization.of("Organisation du traité de l'Atlantique nord").withAcronym("OTAN"),
          Organization.of("ministère russe de la Défense").withCountry(RUSSIA));

  private final Random random;

  CorpusGenerator(Random random) {
    this.random = random;
  }

  /** Returns up to six readings of up to eight facts each; some facts are reported again. */
  List<Reading> readings() {
    int documents = random.nextInt(7);
    List<Reading> readings = new ArrayList<>();
    List<Fact> reported = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      String id = "doc-" + d;
      List<Fact> facts = new ArrayList<>();
      int count = random.nextInt(9);
      for (int f = 0; f < count; f++) {
        Fact fact =
            !reported.isEmpty() && random.nextInt(5) == 0
                ? pick(reported).withEvidence(List.of(evidence(id))) // reported again
                : fact(id);
        facts.add(fact);
        reported.add(fact);
      }
      readings.add(reading(id, facts));
    }
    return readings;
  }

  /** Returns a corpus of {@link #readings()}. */
  Corpus corpus() {
    return Corpus.of(readings());
  }

  private Reading reading(String id, List<Fact> facts) {
    Set<Actor> actors = new LinkedHashSet<>();
    for (Fact fact : facts) {
      fact.states().forEach(c -> actors.add(State.of(c)));
      actors.addAll(fact.organizations());
      if (fact instanceof Statement statement) {
        actors.add(statement.speaker());
      }
    }
    return Reading.builder(Document.of(id))
        .actors(actors)
        .agreements(only(facts, Agreement.class))
        .exercises(only(facts, JointExercise.class))
        .armsTransfers(only(facts, ArmsTransfer.class))
        .statements(only(facts, Statement.class))
        .build();
  }

  private static <F> List<F> only(List<Fact> facts, Class<F> kind) {
    return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Returns a random fact of any kind, with evidence from {@code documentId}. */
  Fact fact(String documentId) {
    return switch (random.nextInt(4)) {
      case 0 -> agreement(documentId);
      case 1 -> exercise(documentId);
      case 2 -> transfer(documentId);
      default -> statement(documentId);
    };
  }

  Agreement agreement(String documentId) {
    List<Organization> organizations = organizations();
    return Agreement.builder()
        .parties(states(Math.max(0, 2 - organizations.size()) + random.nextInt(2)))
        .organizations(organizations)
        .kind(pick(AgreementKind.values()))
        .domains(domains())
        .status(pick(AgreementStatus.values()))
        .date(date())
        .subject(random.nextBoolean() ? null : pick(List.of("AK-203", "coopération", "gazoduc")))
        .duration(random.nextInt(4) == 0 ? Period.ofYears(1 + random.nextInt(20)) : null)
        .evidence(evidence(documentId))
        .build();
  }

  JointExercise exercise(String documentId) {
    PartialDate start = date();
    PartialDate end =
        start != null && random.nextBoolean()
            ? PartialDate.from(start.lastDay().plusDays(random.nextInt(10)))
            : null;
    List<Organization> organizations = organizations();
    return JointExercise.builder()
        .name(random.nextInt(4) == 0 ? null : pick(EXERCISE_NAMES))
        .participants(states(Math.max(0, 2 - organizations.size()) + random.nextInt(2)))
        .organizations(organizations)
        .domains(random.nextInt(3) == 0 ? domains() : List.of(Domain.MILITARY))
        .location(random.nextBoolean() ? null : "mer de Chine")
        .start(start)
        .end(end)
        .evidence(evidence(documentId))
        .build();
  }

  ArmsTransfer transfer(String documentId) {
    List<Country> ends = states(2);
    ArmsTransfer.Builder transfer =
        ArmsTransfer.builder()
            .supplier(ends.get(0))
            .recipient(ends.get(1))
            .system(random.nextInt(4) == 0 ? null : pick(SYSTEMS))
            .category(random.nextInt(3) == 0 ? null : pick(SystemCategory.values()))
            .status(pick(TransferStatus.values()))
            .date(date())
            .evidence(evidence(documentId));
    if (transfer.build().system().isPresent() && random.nextInt(3) == 0) {
      transfer.canonicalSystem(pick(CANONICAL_SYSTEMS));
    }
    if (random.nextBoolean()) {
      transfer.quantity(1 + random.nextInt(3));
    }
    return transfer.build();
  }

  Statement statement(String documentId) {
    return Statement.builder()
        .speaker(pick(SPEAKERS))
        .quote(pick(List.of("Nos relations sont excellentes.", "Nous condamnons cet exercice.")))
        .about(states(random.nextInt(3)))
        .domains(domains())
        .date(date())
        .evidence(evidence(documentId))
        .build();
  }

  /**
   * Returns, one time in three, one or two organizations of the pool: the parties or participants
   * beside the states, so some facts have one state and one organization, or no state.
   */
  List<Organization> organizations() {
    if (random.nextInt(3) != 0) {
      return List.of();
    }
    List<Organization> pool = new ArrayList<>(ORGANIZATIONS);
    java.util.Collections.shuffle(pool, random);
    return pool.subList(0, 1 + random.nextInt(2));
  }

  /** Returns {@code n} distinct states of the pool, in random order. */
  List<Country> states(int n) {
    List<Country> pool = new ArrayList<>(STATES);
    java.util.Collections.shuffle(pool, random);
    return pool.subList(0, n);
  }

  /** Returns one to three domains, military more often than the others. */
  List<Domain> domains() {
    Set<Domain> domains = new LinkedHashSet<>();
    int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
    while (domains.size() < n) {
      domains.add(random.nextBoolean() ? Domain.MILITARY : pick(Domain.values()));
    }
    return List.copyOf(domains);
  }

  /** Returns a date between 2015 and 2019 at any precision, or null (undated) one time in four. */
  PartialDate date() {
    if (random.nextInt(4) == 0) {
      return null;
    }
    int year = 2015 + random.nextInt(5);
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default -> PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    };
  }

  Evidence evidence(String documentId) {
    int start = random.nextInt(500);
    return new Evidence(
        documentId,
        Span.of(start, start + 10 + random.nextInt(40)),
        "Une phrase du document " + documentId + ".",
        "GeneratedRule",
        random.nextInt(11) / 10.0);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  Random random() {
    return random;
  }
}
