package dev.entente.identity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Sets;
import dev.entente.identity.Disagreement.Attribute;
import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.PartialDate;
import dev.entente.model.PartialDate.Precision;
import dev.entente.model.Statement;
import dev.entente.text.FrenchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * When two statement mentions are one statement.
 *
 * <p>The speaker must be the same: the same kind of actor, folded name and state. Within one
 * article that is enough: an article reports one speaker's words as one statement, however many
 * sentences quote them (the gold's convention), and the record keeps each date given. Across
 * articles the words must be the same once folded without spaces and punctuation, or one must
 * contain the other, or both must be dated the same day and about a state in common (or one about
 * none named), and dates
 * must not conflict: the same minister speaks often, and two speeches are two statements.
 */
final class StatementIdentity implements IdentityRule<Statement> {

  private static final int SHORTEST_QUOTE = 20;

  /** What two statements compare: the speaker's key and the folded words. */
  private record Profile(List<Object> speaker, String words) {}

  @Override
  public Object profile(Statement statement) {
    return new Profile(speaker(statement.speaker()), words(statement.quote()));
  }

  @Override
  public int affinity(Statement a, Object pa, Statement b, Object pb, Scope scope) {
    Profile x = (Profile) pa;
    Profile y = (Profile) pb;
    if (!x.speaker().equals(y.speaker())) {
      return APART;
    }
    if (scope == Scope.SAME_DOCUMENT) {
      return 1;
    }
    if (!PartialDates.compatible(a.date(), b.date())) {
      return APART;
    }
    boolean sameWords = sameWords(x.words(), y.words());
    boolean sameDay =
        a.date().isPresent()
            && b.date().isPresent()
            && a.date().get().precision() == Precision.DAY
            && a.date().equals(b.date())
            && (a.about().isEmpty()
                || b.about().isEmpty()
                || !Sets.intersection(a.about(), b.about()).isEmpty());
    if (!sameWords && !sameDay) {
      return APART;
    }
    return (sameWords ? 3 : 0) + (sameDay ? 2 : 0);
  }

  /** Returns whether two folded quotes are the same words, or one holds the other. */
  private static boolean sameWords(String x, String y) {
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return shorter.length() >= SHORTEST_QUOTE ? longer.contains(shorter) : x.equals(y);
  }

  private static String words(String quote) {
    return FrenchText.fold(quote).replaceAll("[^a-z0-9]", "");
  }

  static List<Object> speaker(Actor speaker) {
    return List.of(
        speaker.getClass().getSimpleName(),
        FrenchText.fold(speaker.name()).strip(),
        speaker.country().map(Country::alpha3).orElse(""));
  }

  /** Returns the key of the speaker and words, and of the speaker and day where dated to the day. */
  @Override
  public ImmutableSet<Object> blockingKeys(Statement statement) {
    ImmutableSet.Builder<Object> keys = ImmutableSet.builder();
    List<Object> speaker = speaker(statement.speaker());
    String words = words(statement.quote());
    keys.add(List.of("statement-words", speaker, words));
    statement
        .date()
        .filter(d -> d.precision() == Precision.DAY)
        .ifPresent(d -> keys.add(List.of("statement-day", speaker, d)));
    return keys.build();
  }

  /** Returns the key of the speaker. */
  @Override
  public ImmutableSet<Object> documentKeys(Statement statement) {
    return ImmutableSet.of(speaker(statement.speaker()));
  }

  @Override
  public Statement merge(ImmutableList<Statement> mentions) {
    // of equally supported forms of the speaker, the fullest (with a role, aliases) wins
    Votes<Actor> speakers =
        new Votes<>(
            Actor::toString,
            Comparator.comparingInt((Actor a) -> a.toString().length()).reversed());
    Votes<String> quotes = new Votes<>(s -> s, Comparator.comparingInt(String::length).reversed());
    EnumSet<Domain> domains = EnumSet.noneOf(Domain.class);
    ImmutableSet.Builder<Country> about = ImmutableSet.builder();
    List<Evidence> evidence = new ArrayList<>();
    for (Statement mention : mentions) {
      speakers.add(mention.speaker(), mention);
      quotes.add(mention.quote(), mention);
      domains.addAll(mention.domains());
      about.addAll(mention.about());
      evidence.addAll(mention.evidence());
    }
    ImmutableSet<Country> states = about.build();
    return Statement.builder()
        .speaker(speakers.best().orElseThrow())
        .quote(quotes.best().orElseThrow())
        .about(states)
        .domains(domains)
        .narrowed(narrowed(mentions, states))
        .date(dates(mentions).best().orElse(null))
        .evidence(ImmutableSet.copyOf(evidence))
        .build();
  }

  /**
   * Each state in the domains some mention links it in: a state every mention speaks of in all
   * its domains is linked in all the merged statement's domains.
   */
  private static ImmutableSetMultimap<Country, Domain> narrowed(
      List<Statement> mentions, ImmutableSet<Country> states) {
    ImmutableSetMultimap.Builder<Country, Domain> out = ImmutableSetMultimap.builder();
    for (Country state : states) {
      for (Statement mention : mentions) {
        out.putAll(state, mention.domainsWith(state));
      }
    }
    return out.build();
  }

  private static Votes<PartialDate> dates(List<Statement> mentions) {
    Votes<PartialDate> votes = new Votes<>(PartialDate::toString, PartialDates.MORE_PRECISE_FIRST);
    mentions.forEach(m -> votes.add(m.date(), m));
    return votes;
  }

  /** Returns no step: a statement has no lifecycle. */
  @Override
  public ImmutableList<StatusStep> lifecycle(ImmutableList<Statement> mentions) {
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Disagreement> disagreements(ImmutableList<Statement> mentions) {
    return dates(mentions).disagreement(Attribute.DATE, Optional.empty()).stream()
        .collect(ImmutableList.toImmutableList());
  }
}
