package dev.entente.json;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
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
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Generates valid readings from a {@link Random}, through the model's own constructors and
 * builders, with awkward text (quotes, backslashes, control characters, line and paragraph
 * separators, emoji, right-to-left scripts) in every string. The same seed gives the same readings.
 */
final class ReadingGenerator {

  /** Fragments strings are built from; the first ones are never blank. */
  private static final List<String> WORDS =
      List.of(
          "Poutine",
          "Modi",
          "accord",
          "S-400",
          "Organisation de coopération de Shanghai",
          "manœuvres",
          "é à ç ù ï",
          "“guillemets”",
          "« chevrons »",
          "\"quotes\"",
          "back\\slash",
          "\\u2028 written out",
          "🚀",
          "🇷🇺🇨🇳",
          "👨‍👩‍👧",
          "𝕏",
          "שלום",
          "مرحبا بالعالم",
          "\u202Eright-to-left override",
          "{\"json\": [1, 2]}",
          "</script>",
          "null",
          "日本語");

  private static final List<String> SPACING =
      List.of(" ", "\n", "\r\n", "\t", "\u2028", "\u2029", "\u0000", "\u001f", "\u00a0", "\u202f", "");

  private final Random random;

  ReadingGenerator(Random random) {
    this.random = random;
  }

  Reading reading() {
    String id = text();
    Document document =
        new Document(
            id,
            maybe(this::text),
            maybe(this::date),
            maybe(this::text),
            maybe(() -> java.net.URI.create("https://example.org/a/" + random.nextInt(1000) + "?q=é")),
            maybe(() -> random.nextBoolean() ? "fr" : "fr-CA"));
    Set<Actor> actors = new LinkedHashSet<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      actors.add(actor());
    }
    return Reading.builder(document)
        .actors(actors)
        .agreements(list(3, () -> agreement(id)))
        .exercises(list(2, () -> exercise(id)))
        .armsTransfers(list(2, () -> transfer(id)))
        .statements(list(3, () -> statement(id)))
        .diagnostics(list(3, this::diagnostic))
        .build();
  }

  private Actor actor() {
    switch (random.nextInt(3)) {
      case 0:
        return State.of(country());
      case 1:
        return new Person(text(), maybe(this::country), maybe(this::text), aliases());
      default:
        return organization();
    }
  }

  private Organization organization() {
    return new Organization(text(), maybe(this::text), maybe(this::country), aliases());
  }

  /**
   * Returns, one time in three, one or two organizations: the parties or participants beside the
   * states, so that some facts have one state and one organization, or no state at all.
   */
  private Set<Organization> organizations() {
    Set<Organization> organizations = new LinkedHashSet<>();
    if (random.nextInt(3) == 0) {
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        organizations.add(organization());
      }
    }
    return organizations;
  }

  private Agreement agreement(String documentId) {
    Set<Organization> organizations = organizations();
    return Agreement.builder()
        .parties(countries(Math.max(0, 2 - organizations.size()) + random.nextInt(3)))
        .organizations(organizations)
        .kind(pick(AgreementKind.values()))
        .domains(domains())
        .status(pick(AgreementStatus.values()))
        .date(orNull(this::date))
        .subject(orNull(this::text))
        .duration(orNull(this::period))
        .evidence(evidence(documentId))
        .build();
  }

  private JointExercise exercise(String documentId) {
    PartialDate start = orNull(this::date);
    PartialDate end = null;
    if (random.nextBoolean()) {
      LocalDate after = start == null ? LocalDate.of(2000, 1, 1) : start.lastDay();
      LocalDate last = after.plusDays(random.nextInt(60));
      // a start late in 9999 must not end past the last year a PartialDate holds
      end = PartialDate.from(last.getYear() > 9999 ? LocalDate.of(9999, 12, 31) : last);
    }
    Set<Organization> organizations = organizations();
    return JointExercise.builder()
        .name(orNull(this::text))
        .participants(countries(Math.max(0, 2 - organizations.size()) + random.nextInt(3)))
        .organizations(organizations)
        .domains(domains())
        .location(orNull(this::text))
        .start(start)
        .end(end)
        .forces(orNull(this::text))
        .evidence(evidence(documentId))
        .build();
  }

  private ArmsTransfer transfer(String documentId) {
    List<Country> ends = new ArrayList<>(countries(2));
    String system = orNull(this::text);
    return ArmsTransfer.builder()
        .supplier(ends.get(0))
        .recipient(ends.get(1))
        .system(system)
        .canonicalSystem(system != null && random.nextBoolean() ? text() : null)
        .category(random.nextBoolean() ? pick(SystemCategory.values()) : null)
        .quantity(random.nextBoolean() ? OptionalInt.of(1 + random.nextInt(Integer.MAX_VALUE)) : OptionalInt.empty())
        .status(pick(TransferStatus.values()))
        .date(orNull(this::date))
        .evidence(evidence(documentId))
        .build();
  }

  private Statement statement(String documentId) {
    return Statement.builder()
        .speaker(actor())
        .quote(text())
        .about(countries(random.nextInt(4)))
        .domains(domains())
        .date(orNull(this::date))
        .evidence(evidence(documentId))
        .build();
  }

  private Diagnostic diagnostic() {
    return new Diagnostic(
        pick(Severity.values()), pick(DiagnosticCode.values()), maybe(this::span), text());
  }

  private List<Evidence> evidence(String documentId) {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      evidence.add(new Evidence(documentId, span(), text(), text(), confidence()));
    }
    return evidence;
  }

  private double confidence() {
    switch (random.nextInt(4)) {
      case 0:
        return 0.0;
      case 1:
        return 1.0;
      default:
        return random.nextDouble();
    }
  }

  private Span span() {
    int start = random.nextInt(100_000);
    return Span.of(start, start + random.nextInt(1_000));
  }

  private PartialDate date() {
    int year = 1 + random.nextInt(9999);
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

  private Period period() {
    Period period = Period.of(random.nextInt(50), random.nextInt(24), random.nextInt(400));
    return period.isZero() ? Period.ofDays(1) : period;
  }

  private Country country() {
    return pick(Country.values());
  }

  private Set<Country> countries(int count) {
    Set<Country> countries = new LinkedHashSet<>();
    while (countries.size() < count) {
      countries.add(country());
    }
    return countries;
  }

  private Set<Domain> domains() {
    Set<Domain> domains = new LinkedHashSet<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      domains.add(pick(Domain.values()));
    }
    return domains;
  }

  private ImmutableSet<String> aliases() {
    Set<String> aliases = new LinkedHashSet<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      aliases.add(text());
    }
    return ImmutableSet.copyOf(aliases);
  }

  /** Returns a non-blank string of one to four fragments, with awkward spacing between them. */
  private String text() {
    StringBuilder text = new StringBuilder(pick(WORDS));
    for (int i = random.nextInt(4); i > 0; i--) {
      text.append(pick(SPACING)).append(pick(WORDS));
    }
    return text.toString();
  }

  private <T> List<T> list(int max, Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      list.add(element.get());
    }
    return list;
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> T orNull(Supplier<T> value) {
    return maybe(value).orElse(null);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
