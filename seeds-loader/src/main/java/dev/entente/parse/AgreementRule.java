package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.parse.Chunk.Nominal;
import dev.entente.parse.Chunk.Time;
import dev.entente.parse.Chunk.Verbal;
import dev.entente.parse.Clause.Argument;
import dev.entente.parse.DateFinder.DateMention;
import dev.entente.parse.Mention.CategoryMention;
import dev.entente.parse.Mention.StateMention;
import dev.entente.parse.Mention.WeaponMention;
import dev.entente.text.FrenchText;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads agreements: a noun that names one ({@code rules/agreement-kinds.tsv}: "traité", "contrat",
 * "protocole d'accord", "feuille de route") or a verb of agreeing ("ont convenu de", "se sont
 * entendus sur"), with its parties read from the grammar:
 *
 * <table>
 *   <caption>Where the parties are</caption>
 *   <tr><th>construction</th><th>parties</th></tr>
 *   <tr><td>"X et Y ont signé un accord"</td><td>the subjects of the verb that governs the noun</td></tr>
 *   <tr><td>"X a signé avec Y un contrat", "un accord avec Y"</td><td>the subject and the "avec" phrase</td></tr>
 *   <tr><td>"un traité entre X et Y"</td><td>the "entre" phrases</td></tr>
 *   <tr><td>"l'accord russo-indien", "un accord Russie-Inde"</td><td>the compound</td></tr>
 *   <tr><td>"le traité signé par X et Y", "a été signé par X et Y"</td><td>the "par" agents</td></tr>
 *   <tr><td>"les deux pays ont signé"</td><td>the pair the article last named together</td></tr>
 * </table>
 *
 * <p>"Hormis X", "à l'exception de X" and "sans X" are not parties, and the article's main states are
 * never taken for want of better. An organization is a party as itself ("l'Union européenne et
 * l'Inde"), never replaced by a state. The status comes from the governing verb ("signer": signed,
 * "négocier": negotiating, "ratifier": in force, {@code rules/governing-verbs.tsv}), its tense and
 * modals ("visent à conclure", "devraient signer": negotiating) and the status words of the clause
 * ("entré en vigueur", "suspendu"); the domains from the clause's words, names and titles excepted;
 * the date from the clause, else the sentence, else, for an agreement the article reports as just
 * concluded, the publication date. A definite or demonstrative mention with no parties of its own
 * ("l'accord", "ce contrat") is the agreement named before; mentions with the same parties and
 * subject are one agreement.
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
  /** Verbs before the governing one that leave an agreement to come: "visent à conclure", "souhaitent signer". */
  private static final ImmutableSet<String> PROSPECTIVE =
      ImmutableSet.of("viser", "souhaiter", "vouloir", "envisager", "esperer", "compter", "projeter", "chercher", "tenter",
          "preparer", "entendre", "devoir", "pouvoir", "aller", "s'appreter", "appreter", "proposer", "prevoir");
  /** Verbs of agreeing that need no noun: "ont convenu de", "se sont entendus sur", "se sont mis d'accord". */
  private static final ImmutableSet<String> AGREEING = ImmutableSet.of("convenir", "entendre", "accorder");
  /** The forms of the verbs of {@link #AGREEING}, which a sentence agreeing without a word for an agreement holds. */
  private final WordSet agreeingForms;
  private static final ImmutableSet<String> EXCLUDING = ImmutableSet.of("hormis", "sans");
  /** Words before a date that make it the date of another event: "depuis son élection en juillet 2024". */
  private static final ImmutableSet<String> OTHER_EVENTS =
      ImmutableSet.of("depuis", "election", "naissance", "mort", "deces", "arrivee", "investiture", "creation", "fondation", "chute");

  /**
   * One mention of an agreement, before merging.
   *
   * @param fallback the parties to take when an anaphoric mention finds no agreement before it
   * @param recent whether the article reports it as just done, so its date is the publication's
   *     when no mention dates it
   */
  private record Seen(
      Set<Country> parties,
      Set<Organization> organizations,
      AgreementKind kind,
      Set<Domain> domains,
      AgreementStatus status,
      Optional<PartialDate> date,
      String subject,
      Set<String> subjectWords,
      boolean anaphoric,
      boolean definite,
      boolean demonstrative,
      Optional<Period> duration,
      List<Evidence> evidence,
      int sentence,
      Set<Country> fallback,
      boolean recent) {

    int size() {
      return parties.size() + organizations.size();
    }
  }

  /** The parties of one mention. */
  private record Parties(Set<Country> states, Set<Organization> organizations) {
    static Parties empty() {
      return new Parties(new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    void add(Party p) {
      Optional<Organization> international = p.international();
      if (international.isPresent()) {
        organizations.add(international.get());
      } else {
        p.country().ifPresent(states::add);
      }
    }

    int size() {
      return states.size() + organizations.size();
    }
  }

  private final ImmutableMap<String, GoverningVerb> governing;

  AgreementRule(ImmutableMap<String, GoverningVerb> governing, VerbLexicon verbs) {
    this.governing = governing;
    this.agreeingForms = WordSet.of(verbs.formsOf(AGREEING));
  }

  /**
   * Reads the agreements of an article; {@code transfers}, the article's arms transfers, give the
   * parties of "le contrat" when nothing before names them ("L'Inde a commandé 36 Rafale à la
   * France. La signature du contrat a eu lieu vendredi").
   */
  ImmutableList<Agreement> apply(ArticleContext context, List<dev.entente.model.ArmsTransfer> transfers) {
    List<Seen> seen = new ArrayList<>();
    for (Sentence sentence : context.sentences) {
      if (context.everySentence || !context.matches(context.words.agreementKinds, sentence.index()).isEmpty()
          || agreeingForms.containsAnyOf(sentence.tokens())) {
        read(context, context.structure(sentence.index()), transfers, seen);
      }
    }
    return merge(seen, context.published);
  }

  private void read(ArticleContext context, SentenceStructure s, List<dev.entente.model.ArmsTransfer> transfers, List<Seen> out) {
    int sentence = s.sentence().index();
    List<PhraseTable.Match<RuleWords.AgreementTrigger>> triggers = context.matches(context.words.agreementKinds, sentence);
    Set<Integer> used = new java.util.HashSet<>();
    boolean concluded = hasConclusion(context, s);
    List<Seen> own = new ArrayList<>();
    for (PhraseTable.Match<RuleWords.AgreementTrigger> m : triggers) {
      RuleWords.AgreementTrigger trigger = m.values().get(0);
      if (trigger.kind().isEmpty() || trigger.weak() && !concluded || context.isNegated(sentence, m.from())
          || insideOrganization(context, sentence, m.from())) {
        continue;
      }
      int chunk = s.chunkAt(m.from());
      if (chunk < 0 || !used.add(chunk)) {
        continue;
      }
      if (s.chunk(chunk) instanceof Nominal) {
        for (Argument a : s.complementsOf(chunk)) {
          used.add(a.chunk()); // "un protocole de coopération": one agreement, not two
        }
        readNoun(context, s, chunk, m, trigger.kind().get(), transfers).ifPresent(own::add);
      } else if (s.chunk(chunk) instanceof Verbal) {
        s.clauseOfVerb(chunk).flatMap(c -> readVerb(context, s, c, m, trigger.kind().get())).ifPresent(own::add);
      }
    }
    if (own.isEmpty()) {
      for (Clause clause : s.clauses()) {
        Verbal v = s.verbOf(clause);
        boolean agreeing = AGREEING.contains(v.lemma()) && (v.lemma().equals("convenir") || v.voice() == Chunk.Voice.PRONOMINAL);
        if (agreeing && v.polarity() == Chunk.Polarity.AFFIRMATIVE) {
          readVerb(context, s, clause, null, AgreementKind.ARRANGEMENT).ifPresent(own::add);
        }
      }
    }
    out.addAll(own);
  }

  /** Whether the sentence says something was concluded, for weak words ("partenariat", "déclaration"). */
  private boolean hasConclusion(ArticleContext context, SentenceStructure s) {
    if (!context.matches(context.words.agreementStatuses, s.sentence().index()).isEmpty()) {
      return true;
    }
    for (Clause c : s.clauses()) {
      GoverningVerb g = governing.get(s.verbOf(c).lemma());
      if (g != null && g.agreement().isPresent() && g.agreement().get().compareTo(AgreementStatus.SIGNED) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideOrganization(ArticleContext context, int s, int token) {
    return context.mentions.get(s).stream().anyMatch(m -> m instanceof Mention.OrgMention && m.from() <= token && token < m.to());
  }

  // ---- a noun: "un accord de défense" ----

  private Optional<Seen> readNoun(
      ArticleContext context, SentenceStructure s, int chunk, PhraseTable.Match<RuleWords.AgreementTrigger> m, AgreementKind kind,
      List<dev.entente.model.ArmsTransfer> transfers) {
    int sentence = s.sentence().index();
    Nominal n = s.nominal(chunk);
    Parties parties = Parties.empty();
    compound(context, s, chunk, parties);
    ImmutableList<Argument> complements = s.complementsOf(chunk);
    Set<Country> excluded = new LinkedHashSet<>();
    for (Argument a : complements) {
      if (a.marker().equals("entre") || a.marker().equals("avec")) {
        context.parties.partiesOf(context, s, a.chunk()).forEach(parties::add);
      }
    }
    Optional<Clause> governingClause = governingClause(s, chunk);
    Optional<Verbal> verb = governingClause.map(s::verbOf);
    if (governingClause.isPresent() && !governingClause.get().subject().contains(chunk) && byCompanies(context, s, governingClause.get())) {
      return Optional.empty(); // "le groupe TotalEnergies et l'allemand Siemens ont signé un protocole d'accord"
    }
    if (parties.size() < 2 && governingClause.isPresent()) {
      fromClause(context, s, governingClause.get(), chunk, parties, excluded);
    }
    for (Clause participle : participlesOf(s, chunk)) {
      // "le traité signé par X et Y", "l'accord conclu entre X et Y"
      for (Argument a : participle.arguments()) {
        if (a.marker().equals("par") || a.marker().equals("entre") || a.marker().equals("avec")) {
          context.parties.partiesOf(context, s, a.chunk()).forEach(parties::add);
        }
      }
    }
    excluded.forEach(parties.states()::remove);
    boolean definite = n.determiner() == Chunk.Determiner.DEFINITE || n.determiner() == Chunk.Determiner.DEMONSTRATIVE;
    boolean anaphoric = definite && parties.size() < 2;
    boolean plural = s.sentence().tokens().get(m.to() - 1).folded().endsWith("s");
    if (anaphoric && plural && n.determiner() != Chunk.Determiner.DEMONSTRATIVE) {
      return Optional.empty(); // "le suivi des accords conclus lors de la rencontre": agreements told of, not this one
    }
    double confidence = parties.size() >= 2 ? 0.8 : 0.5;
    Set<Country> fallback = parties.size() < 2 ? fallback(context, s, chunk, parties, transfers) : Set.of();
    if (parties.size() < 2 && !anaphoric) {
      if (fallback.size() < 2) {
        return Optional.empty();
      }
      parties.states().addAll(fallback);
      confidence = 0.4;
    }
    AgreementStatus status = status(context, s, governingClause, chunk, kind);
    if (status == null) {
      return Optional.empty(); // "n'ont pas signé l'accord"
    }
    List<Token> t = s.sentence().tokens();
    int end = m.to();
    int subjectEnd = end;
    while (subjectEnd < t.size() && subjectEnd - end < SUBJECT_TOKENS && !isClauseEnd(t.get(subjectEnd))) {
      subjectEnd++;
    }
    Set<String> words = new LinkedHashSet<>();
    for (int i = end; i < subjectEnd; i++) {
      Token w = t.get(i);
      if (w.isWord() && w.folded().length() > 2 && !STOP.contains(w.folded()) && !isState(context, sentence, i)) {
        words.add(w.folded());
      }
    }
    int[] span = clauseSpan(s, governingClause, chunk);
    Set<Domain> domains = domains(context, s, span[0], span[1]);
    Optional<PartialDate> date = date(context, s, span, governingClause, chunk);
    Evidence evidence = context.evidence(sentence, m.from(), subjectEnd, NAME, confidence);
    return Optional.of(new Seen(parties.states(), parties.organizations(), kind, domains, status, date,
        s.sentence().textOf(m.from(), subjectEnd), words, anaphoric, definite, n.determiner() == Chunk.Determiner.DEMONSTRATIVE,
        duration(t, end, subjectEnd), new ArrayList<>(List.of(evidence)), sentence, fallback,
        recent(s, governingClause, status, span)));
  }

  /**
   * The parties of a mention that names fewer than two: the pair the article names around it, when
   * the sentence names no other state and no partner phrase ("un contrat pour la production de
   * fusils" in an article about two states); else those of the article's latest transfer within two
   * sentences ("La signature du contrat a eu lieu vendredi" after "L'Inde a commandé 36 Rafale à la
   * France"). Empty when neither fits.
   */
  private static Set<Country> fallback(
      ArticleContext context, SentenceStructure s, int chunk, Parties parties, List<dev.entente.model.ArmsTransfer> transfers) {
    int sentence = s.sentence().index();
    if (!parties.organizations().isEmpty()) {
      return Set.of();
    }
    boolean partner = s.complementsOf(chunk).stream().anyMatch(a -> a.marker().equals("avec") || a.marker().equals("entre"));
    Optional<dev.entente.model.CountryPair> pair = context.pairBefore(sentence);
    List<Country> named = context.actingStatesIn(sentence, 0, Integer.MAX_VALUE);
    if (!partner && pair.isPresent() && named.stream().allMatch(c -> pair.get().contains(c))
        && parties.states().stream().allMatch(c -> pair.get().contains(c))) {
      return Set.of(pair.get().first(), pair.get().second());
    }
    for (int k = transfers.size() - 1; k >= 0; k--) {
      dev.entente.model.ArmsTransfer t = transfers.get(k);
      for (Evidence e : t.evidence()) {
        int at = sentenceOf(context, e);
        if (at <= sentence && at >= sentence - 2 && !partner
            && parties.states().stream().allMatch(c -> c == t.supplier() || c == t.recipient())) {
          return Set.of(t.supplier(), t.recipient());
        }
      }
    }
    return Set.of();
  }

  private static int sentenceOf(ArticleContext context, Evidence e) {
    for (Sentence sentence : context.sentences) {
      if (sentence.span().start() <= e.span().start() && e.span().start() < sentence.span().end()) {
        return sentence.index();
      }
    }
    return -1;
  }

  /** "l'accord russo-indien", "un accord Russie-Inde", "les relations sino-russes" in the phrase or its complements. */
  private static void compound(ArticleContext context, SentenceStructure s, int chunk, Parties parties) {
    int sentence = s.sentence().index();
    List<Integer> phrases = new ArrayList<>();
    phrases.add(chunk);
    s.complementsOf(chunk).forEach(a -> phrases.add(a.chunk()));
    List<Token> t = s.sentence().tokens();
    for (int k : phrases) {
      Nominal n = s.nominal(k);
      List<Mention> inside = context.outerMentions(sentence, n.head(), n.to());
      for (int i = 0; i < inside.size(); i++) {
        Mention m = inside.get(i);
        if (m instanceof StateMention st && st.countries().size() >= 2) {
          st.countries().forEach(parties.states()::add);
          return;
        }
        if (m instanceof StateMention a && i + 1 < inside.size() && inside.get(i + 1) instanceof StateMention b
            && b.from() == a.to() + 1 && a.to() < t.size() && t.get(a.to()).is("-")) {
          a.countries().forEach(parties.states()::add);
          b.countries().forEach(parties.states()::add);
          return;
        }
      }
    }
  }

  /** The clause whose verb governs the noun: the one it is a complement or the subject of. */
  private static Optional<Clause> governingClause(SentenceStructure s, int chunk) {
    Optional<Clause> best = Optional.empty();
    for (Clause c : s.clauses()) {
      if (s.verbOf(c).form() == Chunk.Form.PARTICIPLE && c.subject().contains(chunk)) {
        continue; // "le traité signé par ...": its own participle, read apart
      }
      boolean argument = c.arguments().stream().anyMatch(a -> a.chunk() == chunk || isComplementOf(s, a.chunk(), chunk));
      boolean subject = c.subject().contains(chunk);
      if (subject && c.kind() == Clause.Kind.GERUNDIVE) {
        if (best.isEmpty()) {
          best = Optional.of(c); // "le contrat portant sur ..., signé en août": what it holds, unless no verb governs it
        }
        continue;
      }
      if (argument || subject) {
        return Optional.of(c);
      }
    }
    return best.or(() -> s.clauseAround(chunk));
  }

  private static boolean isComplementOf(SentenceStructure s, int head, int chunk) {
    return s.complementsOf(head).stream().anyMatch(a -> a.chunk() == chunk);
  }

  private static List<Clause> participlesOf(SentenceStructure s, int chunk) {
    List<Clause> out = new ArrayList<>();
    for (Clause c : s.clauses()) {
      if (s.verbOf(c).form() == Chunk.Form.PARTICIPLE && c.subject().contains(chunk)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether every subject of an active clause, and every "avec" or "entre" phrase, names a company. */
  private static boolean byCompanies(ArticleContext context, SentenceStructure s, Clause clause) {
    if (clause.subject().isEmpty() || s.verbOf(clause).voice() == Chunk.Voice.PASSIVE) {
      return false;
    }
    for (int subject : clause.subject()) {
      if (!context.parties.namesCompany(context, s, subject)) {
        return false;
      }
    }
    for (Argument a : clause.arguments()) {
      if ((a.marker().equals("avec") || a.marker().equals("entre")) && !context.parties.namesCompany(context, s, a.chunk())
          && !context.parties.partiesOf(context, s, a.chunk()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The parties a clause gives a noun it governs: its subjects, its "avec" and "entre" phrases, a passive's "par". */
  private static void fromClause(
      ArticleContext context, SentenceStructure s, Clause clause, int chunk, Parties parties, Set<Country> excluded) {
    Verbal v = s.verbOf(clause);
    boolean passive = v.voice() == Chunk.Voice.PASSIVE;
    if (!clause.subject().contains(chunk) && !passive) {
      for (int subject : clause.subject()) {
        context.parties.partiesOf(context, s, subject).forEach(parties::add);
      }
    }
    for (Argument a : clause.arguments()) {
      String marker = a.marker();
      if (marker.equals("avec") || marker.equals("entre") || passive && marker.equals("par")) {
        context.parties.partiesOf(context, s, a.chunk()).forEach(parties::add);
      } else if (EXCLUDING.contains(marker)) {
        context.parties.partiesOf(context, s, a.chunk()).forEach(p -> p.country().ifPresent(excluded::add));
      }
    }
    if (clause.subject().contains(chunk) && (v.lemma().equals("lier") || v.lemma().equals("unir"))) {
      // "le traité lie Moscou et Pyongyang"
      for (Argument a : clause.arguments()) {
        if (a.marker().isEmpty()) {
          context.parties.partiesOf(context, s, a.chunk()).forEach(parties::add);
        }
      }
    }
  }

  // ---- a verb: "ont convenu de", "se sont entendus sur" ----

  private Optional<Seen> readVerb(
      ArticleContext context, SentenceStructure s, Clause clause, PhraseTable.Match<RuleWords.AgreementTrigger> m, AgreementKind kind) {
    int sentence = s.sentence().index();
    if (byCompanies(context, s, clause)) {
      return Optional.empty(); // "le chinois BYD et le japonais Toyota se sont entendus"
    }
    Parties parties = Parties.empty();
    for (int subject : clause.subject()) {
      context.parties.partiesOf(context, s, subject).forEach(parties::add);
    }
    for (Argument a : clause.arguments()) {
      if (a.marker().equals("avec") || a.marker().equals("entre")) {
        context.parties.partiesOf(context, s, a.chunk()).forEach(parties::add);
      }
    }
    if (parties.size() < 2) {
      return Optional.empty();
    }
    Verbal v = s.verbOf(clause);
    AgreementStatus status = prospective(v) ? AgreementStatus.NEGOTIATING : AgreementStatus.AGREED;
    int[] span = clauseSpan(s, Optional.of(clause), clause.verb());
    int self = s.clauses().indexOf(clause);
    for (Clause infinitive : s.clauses()) {
      // "sont convenus à Oulan-Bator d'organiser des consultations militaires": what they agreed to do
      if (infinitive.kind() == Clause.Kind.INFINITIVAL && infinitive.parent() == self && self >= 0) {
        int[] more = clauseSpan(s, Optional.of(infinitive), infinitive.verb());
        span = new int[] {Math.min(span[0], more[0]), Math.max(span[1], more[1])};
      }
    }
    List<Token> t = s.sentence().tokens();
    int from = m == null ? v.from() : m.from();
    int end = Math.min(t.size(), span[1]);
    int subjectEnd = Math.min(end, from + SUBJECT_TOKENS);
    Evidence evidence = context.evidence(sentence, from, subjectEnd, NAME, 0.7);
    return Optional.of(new Seen(parties.states(), parties.organizations(), kind, domains(context, s, span[0], span[1]), status,
        date(context, s, span, Optional.of(clause), -1), s.sentence().textOf(from, subjectEnd), new LinkedHashSet<>(), false,
        false, false, Optional.empty(), new ArrayList<>(List.of(evidence)), sentence, Set.of(),
        recent(s, Optional.of(clause), status, span)));
  }

  // ---- status, domains, date ----

  /** The status a clause gives; null when it says the agreement did not happen. */
  private AgreementStatus status(ArticleContext context, SentenceStructure s, Optional<Clause> clause, int chunk, AgreementKind kind) {
    AgreementStatus status = kind == AgreementKind.CONTRACT || kind == AgreementKind.TREATY ? AgreementStatus.SIGNED : AgreementStatus.AGREED;
    Optional<AgreementStatus> words = statusWords(context, s);
    boolean participleSays = false;
    boolean negotiated = false;
    for (Clause participle : participlesOf(s, chunk)) {
      GoverningVerb g = governing.get(s.verbOf(participle).lemma());
      if (g != null && g.agreement().isPresent()) {
        status = g.agreement().get(); // "le traité signé aujourd'hui"
        participleSays = true;
      }
    }
    Optional<GoverningVerb> noun = governingNoun(s, chunk);
    if (noun.isPresent()) {
      return noun.get().agreement().get(); // "la signature d'un accord", "les négociations sur un traité"
    }
    if (clause.isPresent()) {
      Verbal v = s.verbOf(clause.get());
      GoverningVerb g = governing.get(v.lemma());
      if (g != null && g.agreement().isPresent()) {
        if (v.polarity() == Chunk.Polarity.NEGATIVE) {
          return null;
        }
        status = g.agreement().get();
        negotiated = status == AgreementStatus.NEGOTIATING;
        if (v.polarity() == Chunk.Polarity.NOT_YET || prospective(v) && status.compareTo(AgreementStatus.SIGNED) <= 0) {
          status = possible(v) ? AgreementStatus.PROPOSED : AgreementStatus.NEGOTIATING; // "concluraient", "visent à conclure"
        }
      } else if (prospective(v) && !participleSays) {
        // "le contrat prévoit que X livrera" is still signed: the future is the deliveries'
        status = possible(v) ? AgreementStatus.PROPOSED : AgreementStatus.NEGOTIATING;
      }
    }
    // "est en cours de négociation": a copula says nothing, its complement does
    boolean copula = clause.isPresent() && Tagger.isEtre(s.verbOf(clause.get()).lemma()) && !participleSays;
    if (words.isPresent() && (words.get().compareTo(AgreementStatus.IN_FORCE) >= 0 || clause.isEmpty() || copula
        || words.get() == AgreementStatus.PROPOSED && status.compareTo(AgreementStatus.SIGNED) <= 0
        && !negotiated)) {
      // "entré en vigueur", "suspendu", "dénoncé", "probablement"; but "négocient un accord qui
      // pourrait être signé" is negotiated: the possibility is the signing's
      status = words.get();
    }
    return status;
  }

  /** The noun of signing or negotiating the agreement is the complement of: "la signature d'un accord". */
  private Optional<GoverningVerb> governingNoun(SentenceStructure s, int chunk) {
    for (int k = chunk - 1; k >= 0 && k >= chunk - 3; k--) {
      if (s.chunk(k) instanceof Nominal head && s.complementsOf(k).stream().anyMatch(a -> a.chunk() == chunk)) {
        GoverningVerb g = governing.get(s.sentence().tokens().get(head.head()).folded());
        if (g != null && g.agreement().isPresent()) {
          return Optional.of(g);
        }
      }
    }
    return Optional.empty();
  }

  /** A conditional or "pouvoir": an agreement only possible, not yet sought ("concluraient", "pourraient signer"). */
  private static boolean possible(Verbal v) {
    return v.chain().contains("pouvoir") || v.time() == Time.CONDITIONAL && v.chain().isEmpty() && v.main() == v.from();
  }

  private static boolean prospective(Verbal v) {
    for (String lemma : v.chain()) {
      if (PROSPECTIVE.contains(lemma)) {
        return true;
      }
    }
    return v.time() == Time.FUTURE || v.time() == Time.CONDITIONAL && !(v.chain().isEmpty() && v.main() > v.from());
  }

  private static Optional<AgreementStatus> statusWords(ArticleContext context, SentenceStructure s) {
    Set<AgreementStatus> found = EnumSet.noneOf(AgreementStatus.class);
    for (PhraseTable.Match<AgreementStatus> m : context.matches(context.words.agreementStatuses, s.sentence().index())) {
      found.addAll(m.values());
    }
    for (AgreementStatus status : STATUS_PRIORITY) {
      if (found.contains(status)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** Tokens {@code [from, to)} of a clause, or of the noun and its complements when none governs it. */
  private static int[] clauseSpan(SentenceStructure s, Optional<Clause> clause, int chunk) {
    int from = s.chunk(chunk).from();
    int to = s.chunk(chunk).to();
    for (Argument a : s.complementsOf(chunk)) {
      to = Math.max(to, s.chunk(a.chunk()).to());
    }
    if (chunk + 1 < s.chunks().size()) {
      // "un accord pour construire la prochaine centrale nucléaire": what the agreement is for
      Optional<Clause> purpose = s.clauseOfVerb(chunk + 1);
      if (purpose.isPresent() && purpose.get().kind() == Clause.Kind.INFINITIVAL) {
        for (Argument a : purpose.get().arguments()) {
          to = Math.max(to, s.chunk(a.chunk()).to());
        }
      }
    }
    Set<Integer> phrase = new HashSet<>();
    phrase.add(chunk);
    s.complementsOf(chunk).forEach(a -> phrase.add(a.chunk()));
    for (Clause described : s.clauses()) {
      // "l'accord ..., qui comprend la défense", "le traité portant sur l'énergie": what it holds
      if (described.subjectSource() == Clause.SubjectSource.ANTECEDENT && described.verb() > chunk
          && described.subject().stream().anyMatch(phrase::contains)) {
        for (Argument a : described.arguments()) {
          if (!a.fronted()) {
            to = Math.max(to, s.chunk(a.chunk()).to());
          }
        }
      }
    }
    if (clause.isPresent()) {
      Clause c = clause.get();
      from = Math.min(from, s.chunk(c.verb()).from());
      to = Math.max(to, s.chunk(c.verb()).to());
      for (int subject : c.subject()) {
        from = Math.min(from, s.chunk(subject).from());
        to = Math.max(to, s.chunk(subject).to());
      }
      for (Argument a : c.arguments()) {
        from = Math.min(from, s.chunk(a.chunk()).from());
        to = Math.max(to, s.chunk(a.chunk()).to());
      }
    }
    return new int[] {from, to};
  }

  private static Set<Domain> domains(ArticleContext context, SentenceStructure s, int from, int to) {
    int sentence = s.sentence().index();
    Set<Domain> domains = EnumSet.noneOf(Domain.class);
    domains.addAll(context.domainsOutsideNames(s, from, to));
    if (hasWeapons(context, sentence, from, to)) {
      domains.add(Domain.MILITARY);
    }
    if (domains.isEmpty() && sentence > 0) {
      // "L'accord, signé à Astana, prévoit ...": what it covers was said in the sentence before
      SentenceStructure before = context.structure(sentence - 1);
      domains.addAll(context.domainsOutsideNames(before, 0, Integer.MAX_VALUE));
      if (hasWeapons(context, sentence - 1, 0, Integer.MAX_VALUE)) {
        domains.add(Domain.MILITARY);
      }
    }
    if (domains.isEmpty()) {
      domains.add(Domain.DIPLOMATIC);
    }
    return domains;
  }

  private static boolean hasWeapons(ArticleContext context, int sentence, int from, int to) {
    return context.mentions.get(sentence).stream()
        .anyMatch(m -> (m instanceof WeaponMention || m instanceof CategoryMention) && m.from() >= from && m.from() < to);
  }

  /**
   * The date of an agreement: that of its own participle ("l'accord signé en 2022"), of the verb
   * of signing that governs it ("le contrat, annoncé en janvier 2019, n'a été signé qu'en août
   * 2020"), else the first of its clause, else one of the sentence that dates no other event
   * (an agreement the article reports as just done takes the publication date later, in {@link
   * #merge}). {@code chunk} is the agreement's noun phrase, -1 for an agreement read from a verb.
   */
  private Optional<PartialDate> date(ArticleContext context, SentenceStructure s, int[] span, Optional<Clause> clause, int chunk) {
    int sentence = s.sentence().index();
    boolean past = clause.map(c -> s.verbOf(c).time() == Time.PAST).orElse(false);
    List<Clause> own = new ArrayList<>(chunk >= 0 ? participlesOf(s, chunk) : List.of());
    clause.filter(c -> Optional.ofNullable(governing.get(s.verbOf(c).lemma())).flatMap(GoverningVerb::agreement).isPresent())
        .ifPresent(own::add);
    for (Clause c : own) {
      for (DateMention d : context.dates(sentence)) {
        int at = s.chunkAt(d.from());
        if (c.arguments().stream().anyMatch(a -> a.chunk() == at)) {
          return Optional.of(s.verbOf(c).time() == Time.PAST || s.verbOf(c).form() == Chunk.Form.PARTICIPLE ? context.inThePast(d) : d.date());
        }
      }
    }
    for (DateMention d : context.dates(sentence)) {
      if (d.from() >= span[0] && d.from() < span[1]) {
        return Optional.of(past ? context.inThePast(d) : d.date());
      }
    }
    // "C'est en septembre 2017 que la Turquie a signé": a date of the sentence, but not one that
    // dates another event ("depuis son élection en juillet 2024")
    List<Token> t = s.sentence().tokens();
    for (DateMention d : context.dates(sentence)) {
      boolean other = false;
      for (int k = Math.max(0, d.from() - 8); k < d.from(); k++) {
        other |= OTHER_EVENTS.contains(t.get(k).folded());
      }
      if (!other) {
        return Optional.of(past ? context.inThePast(d) : d.date());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the article reports the agreement as just done: signed or agreed, in the past or
   * present tense, not in the pluperfect of earlier events nor with a vague time ("ces dernières
   * années").
   */
  private static boolean recent(SentenceStructure s, Optional<Clause> clause, AgreementStatus status, int[] span) {
    if (status != AgreementStatus.SIGNED && status != AgreementStatus.AGREED || clause.isEmpty()) {
      return false;
    }
    Verbal v = s.verbOf(clause.get());
    boolean pluperfect = v.time() == Time.PAST && v.main() > v.from() && isImperfectAuxiliary(s, v);
    List<Token> t = s.sentence().tokens();
    for (int k = Math.max(0, span[0]); k + 1 < Math.min(t.size(), span[1]); k++) {
      if (t.get(k).is("dernieres") && t.get(k + 1).is("annees") || t.get(k).is("depuis") || t.get(k).is("auparavant")
          || t.get(k).is("passe") && k > 0 && t.get(k - 1).is("le")) {
        return false;
      }
    }
    return (v.time() == Time.PAST || v.time() == Time.PRESENT) && !pluperfect;
  }

  /** "avait signé", "avaient été conclus": an auxiliary in the imperfect, for events before the article's. */
  private static boolean isImperfectAuxiliary(SentenceStructure s, Verbal v) {
    String first = s.sentence().tokens().get(v.from()).folded();
    return first.startsWith("avai") || first.startsWith("etai");
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

  private static boolean isState(ArticleContext context, int s, int token) {
    return context.mentions.get(s).stream().anyMatch(m -> m instanceof StateMention && m.from() <= token && token < m.to());
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

  // ---- merging ----

  private ImmutableList<Agreement> merge(List<Seen> seen, Optional<PartialDate> published) {
    List<Seen> merged = new ArrayList<>();
    // the merged mentions of each set of parties, so that a mention is compared with at most
    // MERGE_LOOKBACK earlier ones: an article repeating one sentence thousands of times was quadratic
    Map<String, List<Integer>> byParties = new HashMap<>();
    int lastFull = -1;
    for (Seen next : seen) {
      if (next.anaphoric() && next.size() < 2) {
        // "L'accord a été signé lors de la dernière visite": the agreement named before, if any
        int target = lastFull;
        for (int c = merged.size() - 1; c >= Math.max(0, merged.size() - MERGE_LOOKBACK); c--) {
          if (merged.get(c).kind() == next.kind() && merged.get(c).size() >= 2) {
            target = c;
            break;
          }
        }
        if (target >= 0 && merged.get(target).parties().containsAll(next.parties())) {
          merged.set(target, combine(merged.get(target), next));
          continue;
        }
        if (next.fallback().size() < 2) {
          continue;
        }
        Set<Country> parties = new LinkedHashSet<>(next.parties());
        parties.addAll(next.fallback()); // no agreement before it: the parties around it
        next = new Seen(parties, next.organizations(), next.kind(), next.domains(), next.status(), next.date(), next.subject(),
            next.subjectWords(), false, next.definite(), next.demonstrative(), next.duration(), next.evidence(), next.sentence(),
            next.fallback(), next.recent());
      }
      String key = next.parties().stream().map(Country::alpha3).sorted().toList() + "|"
          + next.organizations().stream().map(o -> FrenchText.fold(o.name())).sorted().toList();
      int target = -1;
      List<Integer> candidates = byParties.computeIfAbsent(key, p -> new ArrayList<>());
      int oldest = Math.max(0, candidates.size() - MERGE_LOOKBACK);
      if (next.definite()) {
        // "Le pacte de 20 ans": the last agreement of that kind with those parties
        for (int c = candidates.size() - 1; c >= oldest && target < 0; c--) {
          Seen prior = merged.get(candidates.get(c));
          if (prior.kind() == next.kind() && (prior.date().isEmpty() || next.date().isEmpty() || prior.date().equals(next.date()))) {
            target = candidates.get(c);
          }
        }
      }
      for (int c = candidates.size() - 1; c >= oldest && target < 0; c--) {
        int i = candidates.get(c);
        Seen prior = merged.get(i);
        boolean sameKind = prior.kind() == next.kind();
        boolean sharedSubject = overlap(prior.subjectWords(), next.subjectWords()) >= 2;
        boolean arrangement = sameKind && next.kind() == AgreementKind.ARRANGEMENT;
        boolean datesConflict = prior.date().isPresent() && next.date().isPresent()
            && prior.date().get().year() != next.date().get().year();
        // "cet accord" after "le contrat": a demonstrative, or the generic "accord", refers to any kind before it
        boolean generic = next.demonstrative() || next.definite() && next.kind() == AgreementKind.ACCORD;
        boolean anaphoric = (next.anaphoric() || next.definite())
            && (sameKind || generic || specificity(prior.kind()) <= specificity(next.kind()))
            && (prior.date().isEmpty() || next.date().isEmpty());
        if (!datesConflict && (sharedSubject || arrangement || anaphoric
            || sameKind && (prior.subjectWords().isEmpty() || next.subjectWords().isEmpty()))) {
          target = i;
        }
      }
      if (target < 0) {
        candidates.add(merged.size());
        merged.add(next);
        lastFull = merged.size() - 1;
        continue;
      }
      merged.set(target, combine(merged.get(target), next));
      lastFull = target;
    }
    return merged.stream()
        .filter(m -> m.size() >= 2)
        .map(
            m -> Agreement.builder()
                .parties(m.parties())
                .organizations(m.organizations())
                .kind(m.kind())
                .domains(m.domains())
                .status(m.status())
                .date(m.date().or(() -> m.recent() ? published : Optional.empty()).orElse(null))
                .subject(m.subject().isBlank() ? null : m.subject())
                .duration(m.duration().orElse(null))
                .evidence(m.evidence())
                .build())
        .collect(ImmutableList.toImmutableList());
  }

  private static Seen combine(Seen prior, Seen next) {
    Set<Domain> domains = EnumSet.copyOf(prior.domains());
    domains.addAll(next.domains());
    // prior is replaced, so its lists grow in place rather than being copied at each merge
    List<Evidence> evidence = prior.evidence();
    evidence.addAll(next.evidence());
    Set<String> words = prior.subjectWords();
    words.addAll(next.subjectWords());
    AgreementKind kind = specificity(next.kind()) > specificity(prior.kind()) ? next.kind() : prior.kind();
    AgreementStatus status = advance(prior.status()) >= advance(next.status()) ? prior.status() : next.status();
    return new Seen(prior.parties(), prior.organizations(), kind, domains, status, prior.date().or(next::date), prior.subject(), words,
        prior.anaphoric(), prior.definite(), prior.demonstrative(), prior.duration().or(next::duration), evidence, prior.sentence(),
        prior.fallback(), prior.recent() || next.recent());
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
