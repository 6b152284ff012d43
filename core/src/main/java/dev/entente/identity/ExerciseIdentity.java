package dev.entente.identity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.identity.Disagreement.Attribute;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.JointExercise;
import dev.entente.model.PartialDate;
import dev.entente.text.FrenchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two exercise mentions are one exercise.
 *
 * <p>The participants must nest (one article may list fewer). Names, where both give one, must be
 * the same edition: the same letters once folded, without spaces, hyphens and digits, and the same
 * year, the one in the name ("Vostok-2018") or else the start's. So "Vostok 2018" is "Vostok-2018"
 * and "Vostok" in 2018, but not "Vostok-2022": editions of one exercise are events of their own.
 * The starts and ends must share a day where both are known, unless both name the same edition
 * with its year (then the dates are the sources' disagreement), and places, where both are given and
 * the names do not already match, must be one in the other's words ("Tcheliabinsk", "région de
 * Tcheliabinsk").
 *
 * <p>Across articles an unnamed mention must also start in the same month as the other, or in the
 * same year at the same place: two unnamed Russo-Chinese naval drills of one year stay two.
 *
 * <p>The merged exercise has every participant and domain, and the best-supported name, place,
 * start, end and forces; an end that would precede the start is left out (the disagreement keeps
 * it).
 */
final class ExerciseIdentity implements IdentityRule<JointExercise> {

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

  /** An exercise's name as editions are told apart: its letters, and its year where known. */
  record Edition(String series, OptionalInt year) {

    static Optional<Edition> of(JointExercise exercise) {
      if (exercise.name().isEmpty()) {
        return Optional.empty();
      }
      String name = exercise.name().get();
      Matcher year = YEAR.matcher(name);
      OptionalInt inName = year.find() ? OptionalInt.of(Integer.parseInt(year.group())) : OptionalInt.empty();
      OptionalInt known =
          inName.isPresent()
              ? inName
              : exercise.start().map(d -> OptionalInt.of(d.year())).orElse(OptionalInt.empty());
      String series = FrenchText.squash(name).replaceAll("[^a-z]", "");
      return Optional.of(new Edition(series, known));
    }

    boolean sameAs(Edition other) {
      return series.equals(other.series)
          && (year.isEmpty() || other.year.isEmpty() || year.getAsInt() == other.year.getAsInt());
    }
  }

  /** What two exercises compare: the keys of the participants, the edition, the folded place. */
  private record Profile(
      ImmutableSet<String> participants, Optional<Edition> edition, Optional<String> place) {}

  @Override
  public Object profile(JointExercise exercise) {
    return new Profile(
        keys(exercise),
        Edition.of(exercise),
        exercise.location().map(l -> FrenchText.fold(l).strip()));
  }

  @Override
  public int affinity(JointExercise a, Object pa, JointExercise b, Object pb, Scope scope) {
    Profile x = (Profile) pa;
    Profile y = (Profile) pb;
    if (!Parties.nested(x.participants(), y.participants())) {
      return APART;
    }
    Optional<Edition> ea = x.edition();
    Optional<Edition> eb = y.edition();
    boolean sameName = ea.isPresent() && eb.isPresent() && ea.get().sameAs(eb.get());
    if (ea.isPresent() && eb.isPresent() && !sameName) {
      return APART;
    }
    if (!yearsAgree(ea, b) || !yearsAgree(eb, a)) {
      return APART;
    }
    // one edition of a named exercise is one event: dates that differ within its year are the
    // sources' disagreement (an end read as a start), not a second exercise
    boolean sameEdition =
        sameName && ea.get().year().isPresent() && eb.get().year().isPresent();
    if (!sameEdition
        && (!PartialDates.compatible(a.start(), b.start())
            || !PartialDates.compatible(a.end(), b.end()))) {
      return APART;
    }
    boolean samePlace =
        x.place().isPresent() && y.place().isPresent() && samePlace(x.place().get(), y.place().get());
    if (!sameName && a.location().isPresent() && b.location().isPresent() && !samePlace) {
      return APART;
    }
    boolean sameMonth = PartialDates.agreeToTheMonth(a.start(), b.start());
    boolean sameYearAndPlace =
        samePlace && a.start().isPresent() && b.start().isPresent() && a.start().get().overlaps(b.start().get());
    if (scope == Scope.ACROSS_DOCUMENTS && !sameName && !sameMonth && !sameYearAndPlace) {
      return APART;
    }
    return (sameName ? 3 : 0) + (samePlace ? 1 : 0) + (sameMonth ? 1 : 0);
  }

  /** Returns whether the year of one's name does not contradict the other's start. */
  private static boolean yearsAgree(Optional<Edition> edition, JointExercise other) {
    return edition.isEmpty()
        || edition.get().year().isEmpty()
        || other.start().isEmpty()
        || other.start().get().year() == edition.get().year().getAsInt();
  }

  private static boolean samePlace(String x, String y) {
    return x.contains(y) || y.contains(x);
  }

  private static ImmutableSet<String> keys(JointExercise exercise) {
    return Parties.keys(exercise.participants(), exercise.organizations());
  }

  /**
   * Returns the key of the name's series and year, and a key per pair of participants and year, so
   * an unnamed mention meets the named edition of its year.
   */
  @Override
  public ImmutableSet<Object> blockingKeys(JointExercise exercise) {
    ImmutableSet.Builder<Object> keys = ImmutableSet.builder();
    // the year is part of the key: a named edition without any year meets only its like
    Edition.of(exercise)
        .ifPresent(
            e ->
                keys.add(
                    List.of(
                        "exercise-series",
                        e.series(),
                        e.year().isPresent() ? String.valueOf(e.year().getAsInt()) : "?")));
    Optional<Integer> year =
        exercise.start().map(PartialDate::year).or(() -> Edition.of(exercise)
            .flatMap(e -> e.year().isPresent() ? Optional.of(e.year().getAsInt()) : Optional.empty()));
    if (year.isPresent()) {
      for (String pair : Parties.pairs(keys(exercise))) {
        keys.add(List.of("exercise-year", pair, year.get()));
      }
    }
    return keys.build();
  }

  /** Returns a key per pair of participants. */
  @Override
  public ImmutableSet<Object> documentKeys(JointExercise exercise) {
    return ImmutableSet.copyOf(Parties.pairs(keys(exercise)));
  }

  @Override
  public JointExercise merge(ImmutableList<JointExercise> mentions) {
    Votes<String> names = names();
    Votes<String> places = new Votes<>(s -> s, Comparator.comparingInt(String::length).reversed());
    Votes<String> forces = new Votes<>(s -> s, Comparator.comparingInt(String::length).reversed());
    EnumSet<Domain> domains = EnumSet.noneOf(Domain.class);
    ImmutableSet.Builder<Country> participants = ImmutableSet.builder();
    List<Evidence> evidence = new ArrayList<>();
    for (JointExercise mention : mentions) {
      names.add(mention.name(), mention);
      places.add(mention.location(), mention);
      forces.add(mention.forces(), mention);
      domains.addAll(mention.domains());
      participants.addAll(mention.participants());
      evidence.addAll(mention.evidence());
    }
    Optional<PartialDate> start = starts(mentions).best();
    Optional<PartialDate> end =
        ends(mentions).best().filter(e -> start.isEmpty() || !e.lastDay().isBefore(start.get().firstDay()));
    return JointExercise.builder()
        .name(names.best().orElse(null))
        .participants(participants.build())
        .organizations(Parties.union(mentions.stream().map(JointExercise::organizations).toList()))
        .domains(domains)
        .location(places.best().orElse(null))
        .start(start.orElse(null))
        .end(end.orElse(null))
        .forces(forces.best().orElse(null))
        .evidence(ImmutableSet.copyOf(evidence))
        .build();
  }

  /** Returns votes on names where, of equally supported names, the one with a year wins. */
  private static Votes<String> names() {
    return new Votes<>(
        s -> s,
        Comparator.comparing((String s) -> !YEAR.matcher(s).find())
            .thenComparing(Comparator.comparingInt(String::length).reversed()));
  }

  private static Votes<PartialDate> starts(List<JointExercise> mentions) {
    Votes<PartialDate> votes = new Votes<>(PartialDate::toString, PartialDates.MORE_PRECISE_FIRST);
    mentions.forEach(m -> votes.add(m.start(), m));
    return votes;
  }

  private static Votes<PartialDate> ends(List<JointExercise> mentions) {
    Votes<PartialDate> votes = new Votes<>(PartialDate::toString, PartialDates.MORE_PRECISE_FIRST);
    mentions.forEach(m -> votes.add(m.end(), m));
    return votes;
  }

  /** Returns no step: an exercise has no lifecycle in the model. */
  @Override
  public ImmutableList<StatusStep> lifecycle(ImmutableList<JointExercise> mentions) {
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Disagreement> disagreements(ImmutableList<JointExercise> mentions) {
    ImmutableList.Builder<Disagreement> found = ImmutableList.builder();
    Votes<String> names = names();
    Votes<String> places = Votes.byText(s -> s);
    mentions.forEach(m -> names.add(m.name(), m));
    mentions.forEach(m -> places.add(m.location(), m));
    names.disagreement(Attribute.NAME, Optional.empty()).ifPresent(found::add);
    places.disagreement(Attribute.LOCATION, Optional.empty()).ifPresent(found::add);
    starts(mentions).disagreement(Attribute.START, Optional.empty()).ifPresent(found::add);
    ends(mentions).disagreement(Attribute.END, Optional.empty()).ifPresent(found::add);
    return found.build();
  }
}
