package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.PartialDate;
import dev.entente.parse.Mention.CategoryMention;
import dev.entente.parse.Mention.StateMention;
import dev.entente.parse.Mention.WeaponMention;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads agreements: a word that names one ("traité", "contrat", "protocole d'accord", "ont
 * convenu"), its parties (a compound adjective or "Russie-Iran" next to it, "entre X et Y", the
 * states of the clause, or the article's main pair for "les deux pays"), its domains from the
 * sentence's words (negated words excepted), its status from the verbs and modality, its subject and
 * its duration ("pacte de 20 ans"). Mentions of one agreement across the article are merged: same
 * parties and the same subject, or a bare "le traité" referring back.
 */
final class AgreementRule {

  static final String NAME = "AgreementRule";
  private static final int SUBJECT_TOKENS = 10;
  /** How many earlier mentions of the same parties a mention may merge with; real articles have a few. */
  private static final int MERGE_LOOKBACK = 64;
  private static final ImmutableList<AgreementStatus> STATUS_PRIORITY =
      ImmutableList.of(
          AgreementStatus.TERMINATED,
          AgreementStatus.SUSPENDED,
          AgreementStatus.IN_FORCE,
          AgreementStatus.PROPOSED,
          AgreementStatus.NEGOTIATING,
          AgreementStatus.SIGNED,
          AgreementStatus.AGREED);
  private static final ImmutableSet<String> STOP =
      ImmutableSet.of("de", "d", "'", "du", "des", "la", "le", "l", "les", "pour", "sur", "un", "une", "et", "en", "a", "avec", "entre");

  /** One mention of an agreement, before merging. */
  private record Seen(
      Set<Country> parties,
      AgreementKind kind,
      Set<Domain> domains,
      AgreementStatus status,
      Optional<PartialDate> date,
      String subject,
      Set<String> subjectWords,
      boolean anaphoric,
      Optional<Period> duration,
      List<Evidence> evidence) {}

  ImmutableList<Agreement> apply(ArticleContext context) {
    List<Seen> seen = new ArrayList<>();
    for (Sentence sentence : context.sentences) {
      read(context, sentence).ifPresent(seen::add);
    }
    return merge(seen);
  }

  private Optional<Seen> read(ArticleContext context, Sentence sentence) {
    List<Token> t = sentence.tokens();
    int s = sentence.index();
    AgreementKind best = null;
    int at = -1;
    int end = -1;
    List<PhraseTable.Match<RuleWords.AgreementTrigger>> triggers = context.matches(context.words.agreementKinds, s);
    if (triggers.isEmpty()) {
      return Optional.empty();
    }
    boolean concluded =
        status(context, sentence, AgreementKind.ACCORD).compareTo(AgreementStatus.SIGNED) >= 0 && hasStatusCue(context, sentence);
    for (PhraseTable.Match<RuleWords.AgreementTrigger> m : triggers) {
      int i = m.from();
      RuleWords.AgreementTrigger trigger = m.values().get(0);
      Optional<AgreementKind> kind = trigger.kind();
      if (trigger.weak() && !concluded) {
        continue;
      }
      if (kind.isPresent() && !context.isNegated(s, i) && !insideOrganization(context, s, i) && (best == null || specificity(kind.get()) > specificity(best))) {
        best = kind.get();
        at = i;
        end = m.to();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Set<Country> parties = parties(context, s, at, end);
    if (parties.size() < 2) {
      return Optional.empty();
    }
    Set<Domain> domains = EnumSet.noneOf(Domain.class);
    domains.addAll(context.domainsIn(s));
    if (hasWeapons(context, s)) {
      domains.add(Domain.MILITARY);
    }
    if (domains.isEmpty() && s > 0) {
      // "L'accord, signé à Astana, prévoit ...": what it covers was said in the sentence before
      domains.addAll(context.domainsIn(s - 1));
      if (hasWeapons(context, s - 1)) {
        domains.add(Domain.MILITARY);
      }
    }
    if (domains.isEmpty()) {
      domains.add(Domain.DIPLOMATIC);
    }
    AgreementStatus status = status(context, sentence, best);
    int subjectEnd = end;
    while (subjectEnd < t.size() && subjectEnd - end < SUBJECT_TOKENS && !isClauseEnd(t.get(subjectEnd))) {
      subjectEnd++;
    }
    Optional<Period> duration = duration(t, end, subjectEnd);
    String subject = sentence.textOf(at, subjectEnd);
    Set<String> words = new LinkedHashSet<>();
    for (int i = end; i < subjectEnd; i++) {
      Token w = t.get(i);
      if (w.isWord() && w.folded().length() > 2 && !STOP.contains(w.folded()) && !isState(context, s, i)) {
        words.add(w.folded());
      }
    }
    boolean anaphoric = at > 0 && (t.get(at - 1).is("le") || t.get(at - 1).is("la") || t.get(at - 1).is("ce") || t.get(at - 1).is("cet") || t.get(at - 1).is("cette") || t.get(at - 1).is("'"));
    if (context.statesIn(s).size() >= 2 && all(context, s) < 2) {
      return Optional.empty(); // only companies' nationalities: "le chinois BYD et le japonais Toyota"
    }
    double confidence = context.statesIn(s).size() >= 2 ? 0.8 : 0.5;
    Evidence evidence = context.evidence(s, at, subjectEnd, NAME, confidence);
    return Optional.of(
        new Seen(parties, best, domains, status, context.dateIn(s), subject, words, anaphoric, duration, new ArrayList<>(List.of(evidence))));
  }

  /** "Organisation du traité de l'Atlantique nord" names no treaty. */
  private static boolean insideOrganization(ArticleContext context, int s, int token) {
    return context.mentions.get(s).stream()
        .anyMatch(m -> m instanceof Mention.OrgMention && m.from() <= token && token < m.to());
  }

  private static int all(ArticleContext context, int s) {
    return context.actingStatesIn(s, 0, Integer.MAX_VALUE).size();
  }

  private static boolean hasWeapons(ArticleContext context, int s) {
    return context.mentions.get(s).stream().anyMatch(m -> m instanceof WeaponMention || m instanceof CategoryMention);
  }

  private static boolean hasStatusCue(ArticleContext context, Sentence sentence) {
    return !context.matches(context.words.agreementStatuses, sentence.index()).isEmpty();
  }

  private static boolean isState(ArticleContext context, int s, int token) {
    return context.mentions.get(s).stream().anyMatch(m -> m instanceof StateMention && m.from() <= token && token < m.to());
  }

  private static Set<Country> parties(ArticleContext context, int s, int at, int end) {
    List<Token> t = context.sentences.get(s).tokens();
    // a compound adjective or "Russie-Iran" within the agreement's phrase
    for (Mention m : context.mentions.get(s)) {
      if (m instanceof StateMention sm && sm.countries().size() >= 2 && m.from() >= at && m.from() <= end + SUBJECT_TOKENS) {
        return new LinkedHashSet<>(sm.countries());
      }
    }
    for (Mention m : context.mentions.get(s)) {
      if (m instanceof StateMention a && m.from() > at && m.from() <= end + SUBJECT_TOKENS && m.to() + 1 < t.size()
          && t.get(m.to()).is("-")) {
        for (Mention n : context.mentions.get(s)) {
          if (n instanceof StateMention b && n.from() == m.to() + 1) {
            Set<Country> pair = new LinkedHashSet<>(a.countries());
            pair.addAll(b.countries());
            return pair;
          }
        }
      }
    }
    // "entre la Russie et l'Iran"
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).is("entre")) {
        List<Country> after = context.actingStatesIn(s, i + 1, Math.min(t.size(), i + 12));
        if (after.size() >= 2) {
          return new LinkedHashSet<>(after.subList(0, 2));
        }
      }
    }
    List<Country> all = context.actingStatesIn(s, 0, t.size());
    if (all.size() >= 2) {
      List<Country> before = context.actingStatesIn(s, 0, at);
      if (before.size() >= 2) {
        return new LinkedHashSet<>(before.subList(0, Math.min(8, before.size())));
      }
      return new LinkedHashSet<>(all.subList(0, 2));
    }
    Set<Country> parties = new LinkedHashSet<>(all);
    if (context.dyad.isPresent()) {
      if (parties.isEmpty() || context.dyad.get().contains(all.get(0))) {
        parties.add(context.dyad.get().first());
        parties.add(context.dyad.get().second());
      }
    }
    return parties;
  }

  private static AgreementStatus status(ArticleContext context, Sentence sentence, AgreementKind kind) {
    Set<AgreementStatus> found = EnumSet.noneOf(AgreementStatus.class);
    for (PhraseTable.Match<AgreementStatus> m : context.matches(context.words.agreementStatuses, sentence.index())) {
      found.addAll(m.values());
    }
    for (AgreementStatus status : STATUS_PRIORITY) {
      if (found.contains(status)) {
        return status;
      }
    }
    return kind == AgreementKind.CONTRACT || kind == AgreementKind.TREATY ? AgreementStatus.SIGNED : AgreementStatus.AGREED;
  }

  /** "de 20 ans", "d'une durée de 10 ans". */
  private static Optional<Period> duration(List<Token> t, int from, int to) {
    for (int i = from; i + 1 < to && i + 1 < t.size(); i++) {
      if (t.get(i).isNumber() && (t.get(i + 1).is("ans") || t.get(i + 1).is("annees")) && t.get(i).folded().length() <= 3) {
        int years = Integer.parseInt(t.get(i).folded());
        if (years > 0) {
          return Optional.of(Period.ofYears(years));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isClauseEnd(Token token) {
    return token.is(",") || token.is(".") || token.is(";") || token.is(":") || token.is("«") || token.is("»") || token.is("(") || token.is("\"");
  }

  private static int specificity(AgreementKind kind) {
    switch (kind) {
      case TREATY:
        return 5;
      case CONTRACT:
        return 4;
      case MEMORANDUM:
        return 3;
      case ACCORD:
        return 2;
      default:
        return 1;
    }
  }

  private ImmutableList<Agreement> merge(List<Seen> seen) {
    List<Seen> merged = new ArrayList<>();
    // the merged mentions of each set of parties, so that a mention is compared with at most
    // MERGE_LOOKBACK earlier ones: an article repeating one sentence thousands of times was quadratic
    Map<Set<Country>, List<Integer>> byParties = new HashMap<>();
    for (Seen next : seen) {
      int target = -1;
      List<Integer> candidates = byParties.computeIfAbsent(next.parties(), p -> new ArrayList<>());
      int oldest = Math.max(0, candidates.size() - MERGE_LOOKBACK);
      if (next.anaphoric()) {
        // "Le traité devrait ...": the last agreement of that kind with those parties, else the last
        // one whose subject it shares
        for (int c = candidates.size() - 1; c >= oldest && target < 0; c--) {
          if (merged.get(candidates.get(c)).kind() == next.kind()) {
            target = candidates.get(c);
          }
        }
        for (int c = candidates.size() - 1; c >= oldest && target < 0; c--) {
          Seen prior = merged.get(candidates.get(c));
          if (specificity(prior.kind()) <= specificity(next.kind()) && overlap(prior.subjectWords(), next.subjectWords()) > 0) {
            target = candidates.get(c);
          }
        }
      }
      for (int c = candidates.size() - 1; c >= oldest && target < 0 && !next.anaphoric(); c--) {
        int i = candidates.get(c);
        Seen prior = merged.get(i);
        boolean sameKind = prior.kind() == next.kind();
        boolean sharedSubject = overlap(prior.subjectWords(), next.subjectWords()) >= 2;
        boolean arrangement = sameKind && next.kind() == AgreementKind.ARRANGEMENT;
        if (sharedSubject || arrangement || sameKind && (prior.subjectWords().isEmpty() || next.subjectWords().isEmpty())) {
          target = i;
        }
      }
      if (target < 0) {
        candidates.add(merged.size());
        merged.add(next);
        continue;
      }
      Seen prior = merged.get(target);
      Set<Domain> domains = EnumSet.copyOf(prior.domains());
      domains.addAll(next.domains());
      // prior is replaced below, so its lists grow in place rather than being copied at each merge
      List<Evidence> evidence = prior.evidence();
      evidence.addAll(next.evidence());
      Set<String> words = prior.subjectWords();
      words.addAll(next.subjectWords());
      AgreementKind kind = specificity(next.kind()) > specificity(prior.kind()) ? next.kind() : prior.kind();
      AgreementStatus status = advance(prior.status()) >= advance(next.status()) ? prior.status() : next.status();
      merged.set(
          target,
          new Seen(
              prior.parties(),
              kind,
              domains,
              status,
              prior.date().or(next::date),
              prior.subject(),
              words,
              prior.anaphoric(),
              prior.duration().or(next::duration),
              evidence));
    }
    return merged.stream()
        .map(
            m -> Agreement.builder()
                .parties(m.parties())
                .kind(m.kind())
                .domains(m.domains())
                .status(m.status())
                .date(m.date().orElse(null))
                .subject(m.subject().isBlank() ? null : m.subject())
                .duration(m.duration().orElse(null))
                .evidence(m.evidence())
                .build())
        .collect(ImmutableList.toImmutableList());
  }

  /** How far a status goes, for merging mentions: a signed agreement later called "probable" stays signed. */
  private static int advance(AgreementStatus status) {
    return status == AgreementStatus.PROPOSED ? 0 : status.ordinal();
  }

  private static int overlap(Set<String> a, Set<String> b) {
    if (a.size() > b.size()) {
      return overlap(b, a); // a merged mention gathers many words: count over the smaller set
    }
    int n = 0;
    for (String w : a) {
      if (b.contains(w)) {
        n++;
      }
    }
    return n;
  }
}
