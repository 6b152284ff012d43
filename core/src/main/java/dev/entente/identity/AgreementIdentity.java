package dev.entente.identity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import dev.entente.identity.Disagreement.Attribute;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.PartialDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When two agreement mentions are one agreement.
 *
 * <p>The parties must nest (one article may name fewer: "l'accord russo-iranien" and "la Russie,
 * l'Iran et la Biélorussie"), so two agreements whose parties are not one within the other, such
 * as a French-Qatari and a French-Egyptian contract, are never one; and the domains must meet.
 *
 * <p>The legal forms must be one. A treaty, a contract, a memorandum and an understanding reached
 * without an instrument ("ont convenu de") are instruments or stages of their own: a memorandum of
 * understanding and the contract it leads to are two agreements, even on one subject and in one
 * article. "Accord" is the word any instrument may be called by ("le traité", then "cet accord"),
 * so an {@link AgreementKind#ACCORD} meets an agreement of any form, provided they share a subject
 * word (two agreements of two forms between the same parties in one article are usually two).
 *
 * <p>The subject, in each article's words, must share a significant word ({@link SubjectWords})
 * when both give one. The status is not compared but ordered: "signé en 2024" and "entré en
 * vigueur en 2025" are two steps of one lifecycle, so the step of lower status must not be dated
 * after the other; two mentions of one status must give dates that share a day, or, with a subject
 * word in common, less than a year apart (the sources date one step differently). So two
 * agreements on one subject signed years apart stay two.
 *
 * <p>Across articles a mention must also single the agreement out: a shared subject word, or the
 * same status dated to the same month. Two agreements "on cooperation" between the same states
 * years apart share neither and stay apart.
 *
 * <p>The merged agreement has every party and domain, the furthest status its mentions report
 * and that step's date, and the best-supported kind, subject and duration.
 */
final class AgreementIdentity implements IdentityRule<Agreement> {

  private final SubjectWords words;

  AgreementIdentity(SubjectWords words) {
    this.words = words;
  }

  /** What two agreements compare: the keys of the parties and the subject's words. */
  private record Profile(ImmutableSet<String> parties, ImmutableSet<String> words) {}

  @Override
  public Object profile(Agreement agreement) {
    return new Profile(keys(agreement), words.of(agreement.subject()));
  }

  @Override
  public int affinity(Agreement a, Object pa, Agreement b, Object pb, Scope scope) {
    Profile x = (Profile) pa;
    Profile y = (Profile) pb;
    if (!Parties.nested(x.parties(), y.parties())
        || Sets.intersection(a.domains(), b.domains()).isEmpty()) {
      return APART;
    }
    if (!oneForm(a.kind(), b.kind())) {
      return APART;
    }
    ImmutableSet<String> wordsA = x.words();
    ImmutableSet<String> wordsB = y.words();
    int shared = Sets.intersection(wordsA, wordsB).size();
    if (shared == 0 && (!wordsA.isEmpty() && !wordsB.isEmpty() || a.kind() != b.kind())) {
      return APART;
    }
    if (!lifecycleInOrder(a, b) && !(shared > 0 && sameStatusWithinAYear(a, b))) {
      return APART;
    }
    boolean sameMonth = a.status() == b.status() && PartialDates.agreeToTheMonth(a.date(), b.date());
    if (scope == Scope.ACROSS_DOCUMENTS && shared == 0 && !sameMonth) {
      return APART;
    }
    return 2 * shared + (sameMonth ? 2 : 0) + (a.kind() == b.kind() ? 1 : 0);
  }

  /** Returns whether two kinds may name one instrument: the same, or one is the generic accord. */
  private static boolean oneForm(AgreementKind a, AgreementKind b) {
    return a == b || a == AgreementKind.ACCORD || b == AgreementKind.ACCORD;
  }

  private static boolean lifecycleInOrder(Agreement a, Agreement b) {
    int order = a.status().compareTo(b.status());
    if (order == 0) {
      return PartialDates.compatible(a.date(), b.date());
    }
    return order < 0
        ? PartialDates.inOrder(a.date(), b.date())
        : PartialDates.inOrder(b.date(), a.date());
  }

  /**
   * Returns whether both are of one status dated less than a year apart: with a subject word in
   * common, that is one step the sources date differently (in force in December for one, from
   * the January of its announcement for another), which the record shows as a disagreement.
   */
  private static boolean sameStatusWithinAYear(Agreement a, Agreement b) {
    return a.status() == b.status()
        && a.date().isPresent()
        && b.date().isPresent()
        && Math.abs(
                java.time.temporal.ChronoUnit.DAYS.between(
                    a.date().get().firstDay(), b.date().get().firstDay()))
            <= 366;
  }

  private static ImmutableSet<String> keys(Agreement agreement) {
    return Parties.keys(agreement.parties(), agreement.organizations());
  }

  /** Returns a key per pair of parties and significant subject word, and per pair and month. */
  @Override
  public ImmutableSet<Object> blockingKeys(Agreement agreement) {
    ImmutableSet.Builder<Object> keys = ImmutableSet.builder();
    ImmutableSet<String> subject = words.of(agreement.subject());
    Optional<String> month = PartialDates.month(agreement.date());
    for (String pair : Parties.pairs(keys(agreement))) {
      for (String word : subject) {
        keys.add(List.of("agreement-word", pair, word));
      }
      month.ifPresent(m -> keys.add(List.of("agreement-month", pair, agreement.status(), m)));
    }
    return keys.build();
  }

  /** Returns a key per pair of parties. */
  @Override
  public ImmutableSet<Object> documentKeys(Agreement agreement) {
    return ImmutableSet.copyOf(Parties.pairs(keys(agreement)));
  }

  @Override
  public Agreement merge(ImmutableList<Agreement> mentions) {
    EnumSet<Domain> domains = EnumSet.noneOf(Domain.class);
    ImmutableSet.Builder<dev.entente.model.Country> parties = ImmutableSet.builder();
    Votes<AgreementKind> kinds = Votes.byText(AgreementKind::name);
    Votes<String> subjects =
        new Votes<>(s -> s, Comparator.comparingInt(String::length).reversed());
    Votes<Period> durations = Votes.byText(Period::toString);
    AgreementStatus furthest = AgreementStatus.PROPOSED;
    List<Evidence> evidence = new ArrayList<>();
    for (Agreement mention : mentions) {
      parties.addAll(mention.parties());
      domains.addAll(mention.domains());
      kinds.add(mention.kind(), mention);
      subjects.add(mention.subject(), mention);
      durations.add(mention.duration(), mention);
      if (mention.status().compareTo(furthest) > 0) {
        furthest = mention.status();
      }
      evidence.addAll(mention.evidence());
    }
    return Agreement.builder()
        .parties(parties.build())
        .organizations(Parties.union(mentions.stream().map(Agreement::organizations).toList()))
        .kind(kinds.best().orElseThrow())
        .domains(domains)
        .status(furthest)
        .date(dates(mentions, furthest).best().orElse(null))
        .subject(subjects.best().orElse(null))
        .duration(durations.best().orElse(null))
        .evidence(ImmutableSet.copyOf(evidence))
        .build();
  }

  private static Votes<PartialDate> dates(ImmutableList<Agreement> mentions, AgreementStatus status) {
    Votes<PartialDate> dates = new Votes<>(PartialDate::toString, PartialDates.MORE_PRECISE_FIRST);
    for (Agreement mention : mentions) {
      if (mention.status() == status) {
        dates.add(mention.date(), mention);
      }
    }
    return dates;
  }

  /** Returns one step per status the mentions report, in status order. */
  @Override
  public ImmutableList<StatusStep> lifecycle(ImmutableList<Agreement> mentions) {
    Map<AgreementStatus, List<Agreement>> byStatus = new EnumMap<>(AgreementStatus.class);
    for (Agreement mention : mentions) {
      byStatus.computeIfAbsent(mention.status(), s -> new ArrayList<>()).add(mention);
    }
    ImmutableList.Builder<StatusStep> steps = ImmutableList.builder();
    byStatus.forEach(
        (status, group) -> {
          List<Evidence> evidence = new ArrayList<>();
          group.forEach(m -> evidence.addAll(m.evidence()));
          steps.add(
              new StatusStep(
                  status,
                  dates(mentions, status).best(),
                  OptionalInt.empty(),
                  documents(evidence),
                  ImmutableSet.copyOf(evidence).asList()));
        });
    return steps.build();
  }

  static ImmutableSortedSet<String> documents(List<Evidence> evidence) {
    return evidence.stream()
        .map(Evidence::documentId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  @Override
  public ImmutableList<Disagreement> disagreements(ImmutableList<Agreement> mentions) {
    ImmutableList.Builder<Disagreement> found = ImmutableList.builder();
    Votes<AgreementKind> kinds = Votes.byText(AgreementKind::name);
    Votes<Period> durations = Votes.byText(Period::toString);
    EnumSet<AgreementStatus> statuses = EnumSet.noneOf(AgreementStatus.class);
    for (Agreement mention : mentions) {
      kinds.add(mention.kind(), mention);
      durations.add(mention.duration(), mention);
      statuses.add(mention.status());
    }
    kinds.disagreement(Attribute.KIND, Optional.empty()).ifPresent(found::add);
    for (AgreementStatus status : statuses) {
      dates(mentions, status)
          .disagreement(Attribute.DATE, Optional.of(status))
          .ifPresent(found::add);
    }
    durations.disagreement(Attribute.DURATION, Optional.empty()).ifPresent(found::add);
    return found.build();
  }
}
