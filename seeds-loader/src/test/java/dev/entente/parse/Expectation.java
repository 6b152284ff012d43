package dev.entente.parse;

import dev.entente.text.FrenchText;
import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks one expectation line of a {@link FrenchCase} against a reading. */
final class Expectation {

  private Expectation() {}

  /**
   * Returns the kind of an expectation line: its first field; a line that says what must not be
   * there ({@code !transfer | RUS | IRN}) counts with "none", nothing where nothing is.
   */
  static String kind(String line) {
    return line.startsWith("!") ? "none" : field(line.split("\\|"), 0);
  }

  /** Returns whether the reading meets the expectation; a line starting with {@code !} must not hold. */
  static boolean holds(String line, Reading r) {
    if (line.startsWith("!")) {
      return !holds(line.substring(1), r);
    }
    String[] f = line.split("\\|");
    switch (field(f, 0)) {
      case "state":
        return "*".equals(field(f, 1)) || r.states().containsAll(codes(field(f, 1)));
      case "states":
        return r.states().equals(codes(field(f, 1)));
      case "person":
        return r.persons().stream()
            .anyMatch(p -> namedBy(p, field(f, 1)) && countryIs(p, field(f, 2)));
      case "org":
        return r.organizations().stream().anyMatch(o -> orgNamed(o, field(f, 1)));
      case "agreement":
        return r.agreements().stream()
            .anyMatch(
                a -> ("*".equals(field(f, 1)) || "-".equals(field(f, 1)) ? "*".equals(field(f, 1)) || a.parties().isEmpty()
                        : a.parties().equals(codes(field(f, 1))))
                    && any(field(f, 2), a.kind().name())
                    && domainsOverlap(field(f, 3), a.domains())
                    && any(field(f, 4), a.status().name())
                    && optional(field(f, 5), a.date().map(Object::toString)));
      case "exercise":
        return r.exercises().stream()
            .anyMatch(
                e -> ("*".equals(field(f, 1)) || e.participants().equals(codes(field(f, 1))))
                    && ("*".equals(field(f, 2)) || "-".equals(field(f, 2)) ? e.name().isEmpty() || "*".equals(field(f, 2))
                        : e.name().map(n -> squash(n).equals(squash(field(f, 2)))).orElse(false))
                    && ("*".equals(field(f, 3)) || e.location().map(l -> fold(l).contains(fold(field(f, 3)))).orElse(false))
                    && optional(field(f, 4), e.start().map(Object::toString))
                    && optional(field(f, 5), e.end().map(Object::toString)));
      case "transfer":
        return r.armsTransfers().stream()
            .anyMatch(
                t -> any(field(f, 1), t.supplier().alpha3())
                    && any(field(f, 2), t.recipient().alpha3())
                    && ("*".equals(field(f, 3)) || t.system().map(s -> squash(s).contains(squash(field(f, 3))) || squash(field(f, 3)).contains(squash(s))).orElse(false))
                    && any(field(f, 4), t.status().name())
                    && optional(field(f, 5), t.quantity().isPresent() ? Optional.of(String.valueOf(t.quantity().getAsInt())) : Optional.empty()));
      case "statement":
        return r.statements().stream()
            .anyMatch(
                s -> s.speaker().country().map(c -> c.alpha3().equals(field(f, 1))).orElse(false)
                    && ("*".equals(field(f, 2))
                        ? !(s.speaker() instanceof Person)
                        : s.speaker() instanceof Person p && namedBy(p, field(f, 2)))
                    && about(field(f, 3), s.about()));
      case "relation":
        return r.relations().stream()
            .anyMatch(x -> Set.of(x.pair().first(), x.pair().second()).equals(codes(field(f, 1)))
                && x.domain().name().equals(field(f, 2)));
      case "published":
        return optional(field(f, 1), r.document().published().map(Object::toString));
      case "count":
        return count(field(f, 1), r) == Integer.parseInt(field(f, 2));
      case "none":
        return none(field(f, 1), r);
      default:
        throw new IllegalArgumentException("unknown expectation kind in \"" + line + "\"");
    }
  }

  private static boolean none(String kind, Reading r) {
    switch (kind) {
      case "agreement":
        return r.agreements().isEmpty();
      case "exercise":
        return r.exercises().isEmpty();
      case "transfer":
        return r.armsTransfers().isEmpty();
      case "statement":
        return r.statements().isEmpty();
      case "relation":
        return r.relations().isEmpty();
      case "person":
        return r.persons().isEmpty();
      case "all":
        return r.facts().isEmpty() && r.relations().isEmpty();
      default:
        throw new IllegalArgumentException("unknown kind after none: " + kind);
    }
  }

  private static int count(String kind, Reading r) {
    switch (kind) {
      case "agreement":
        return r.agreements().size();
      case "exercise":
        return r.exercises().size();
      case "transfer":
        return r.armsTransfers().size();
      case "statement":
        return r.statements().size();
      case "relation":
        return r.relations().size();
      default:
        throw new IllegalArgumentException("unknown kind after count: " + kind);
    }
  }

  /** "*" is anything, "-" is absent, anything else must equal the value. */
  private static boolean optional(String expected, Optional<String> actual) {
    if ("*".equals(expected)) {
      return true;
    }
    if ("-".equals(expected)) {
      return actual.isEmpty();
    }
    return actual.map(expected::equals).orElse(false);
  }

  private static boolean about(String expected, Set<Country> about) {
    if ("*".equals(expected)) {
      return true;
    }
    if ("-".equals(expected)) {
      return about.isEmpty();
    }
    return about.containsAll(codes(expected));
  }

  private static String field(String[] f, int i) {
    return i < f.length ? f[i].strip() : "*";
  }

  private static boolean any(String expected, String actual) {
    return "*".equals(expected) || expected.equals(actual);
  }

  private static Set<Country> codes(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).map(Country::fromAlpha3).collect(Collectors.toSet());
  }

  private static boolean domainsOverlap(String list, Set<Domain> domains) {
    return "*".equals(list) || Arrays.stream(list.split(",")).map(String::strip).map(Domain::valueOf).anyMatch(domains::contains);
  }

  private static boolean countryIs(Actor a, String code) {
    return "*".equals(code) || a.country().map(c -> c.alpha3().equals(code)).orElse(false);
  }

  private static boolean namedBy(Person p, String surname) {
    String wanted = fold(surname);
    return words(p.name()).contains(wanted) || p.aliases().stream().anyMatch(a -> words(a).contains(wanted));
  }

  private static Set<String> words(String name) {
    return Arrays.stream(fold(name).split("[\\s-]+")).collect(Collectors.toSet());
  }

  private static boolean orgNamed(Organization o, String name) {
    String wanted = fold(name);
    return fold(o.name()).equals(wanted)
        || o.acronym().map(a -> fold(a).equals(wanted)).orElse(false)
        || o.aliases().stream().anyMatch(a -> fold(a).equals(wanted))
        || fold(o.name()).contains(wanted) && wanted.length() >= 4;
  }

  static String fold(String s) {
    return FrenchText.fold(s).toLowerCase(Locale.ROOT).strip();
  }

  private static String squash(String s) {
    return fold(s).replaceAll("[^a-z0-9]", "");
  }
}
