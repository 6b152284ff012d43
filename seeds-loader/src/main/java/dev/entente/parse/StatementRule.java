package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.MultimapBuilder;
import com.google.common.collect.SetMultimap;
import com.google.common.collect.Sets;
import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.parse.Chunk.Marker;
import dev.entente.parse.Chunk.Nominal;
import dev.entente.parse.Chunk.Verbal;
import dev.entente.parse.Clause.Argument;
import dev.entente.parse.Mention.OrgMention;
import dev.entente.parse.Mention.PersonMention;
import dev.entente.parse.Mention.StateMention;
import dev.entente.text.FrenchText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads statements from the clauses of speech:
 *
 * <table>
 *   <caption>Who speaks, by the construction</caption>
 *   <tr><th>construction</th><th>speaker</th><th>what is said</th></tr>
 *   <tr><td>"X a déclaré que ..."</td><td>subject</td><td>the "que" clause</td></tr>
 *   <tr><td>"« ... », a déclaré X", "a annoncé à Caracas X"</td><td>subject after the verb</td><td>the quotation, the sentence</td></tr>
 *   <tr><td>"« ... », a-t-il ajouté"</td><td>the person or body "il" refers to</td><td>the quotation</td></tr>
 *   <tr><td>"selon X, ...", "d'après X, ...", "pour X, « ... »"</td><td>X</td><td>the rest of the sentence</td></tr>
 *   <tr><td>"X : « ... »"</td><td>X</td><td>the quotation</td></tr>
 *   <tr><td>"qualifiée de « ... » par X"</td><td>the "par" agent</td><td>the clause</td></tr>
 * </table>
 *
 * <p>Speech verbs are those of {@code rules/speech-verbs.tsv}; a weak one ("estimer", "lancer")
 * reports speech only with what is said (a "que" clause, a quotation, a colon). The speaker is a
 * person (the one a title in apposition names: "le ministre indien de la Défense, Arun Jaitley"), an
 * organization, or a state (named, or through an unnamed official or body: "un responsable
 * pakistanais", "l'armée russe"); one with no known state is left out. A statement is about the
 * states of what is said, not of the reporting clause's place or audience ("a déclaré à Doha"), and
 * its domains come from the words of what is said, names and titles excepted ("ministre de la
 * Défense" is no defence). What one speaker says in an article is one statement.
 */
final class StatementRule {

  static final String NAME = "StatementRule";
  /** Kinds of equipment that may carry no arms: a transport "avion", "moteurs", other kit. */
  private static final Set<dev.entente.model.SystemCategory> UNARMED_CATEGORIES = EnumSet.of(
      dev.entente.model.SystemCategory.OTHER_AIRCRAFT, dev.entente.model.SystemCategory.ENGINE,
      dev.entente.model.SystemCategory.OTHER);

  /** Complements of a speech verb that say whom or what it is about: "a qualifié les États-Unis de", "a condamné X". */
  private static final ImmutableList<Domain> PRIMARY_ORDER =
      ImmutableList.of(Domain.MILITARY, Domain.NUCLEAR, Domain.SECURITY, Domain.ENERGY, Domain.ECONOMIC, Domain.HUMANITARIAN,
          Domain.SCIENTIFIC, Domain.CULTURAL, Domain.DIPLOMATIC);
  /** Speech verbs whose infinitive complement says what is asked: "a demandé à Pékin de lui fournir". */
  private static final ImmutableSet<String> REQUESTING =
      ImmutableSet.of("demander", "exhorter", "appeler", "inviter", "encourager", "conseiller", "sommer", "enjoindre", "prier",
          "presser", "recommander", "proposer", "reclamer", "exiger");
  private static final ImmutableSet<String> TOPICS = ImmutableSet.of("", "de", "contre", "envers", "sur", "avec");

  /** How sure a speech verb is to report speech. */
  enum Strength {
    STRONG,
    WEAK,
    /** No speech: "a accusé réception de". */
    NONE
  }

  /** Words that make an organization a medium: "Agence Tasnim", "Radio Free Europe", "Global Times". */
  private static final ImmutableSet<String> MEDIA_WORDS =
      ImmutableSet.of("news", "presse", "journal", "radio", "television", "tv", "times", "post", "tribune", "quotidien",
          "hebdomadaire", "media", "medias", "gazette", "herald", "press", "magazine", "chaine");

  private final ImmutableMap<String, Strength> verbs;
  private final ImmutableSet<String> media;
  /**
   * The words that may open a report: the forms of the verbs that can say something, alone or with
   * a word after them, "selon", "d'après" and the colon.
   */
  private final WordSet reportWords;
  /** The first words of the speech verbs of several words: "faire" of "faire savoir". */
  private final ImmutableSet<String> phraseHeads;

  /** Builds the rule from its speech verbs and the names of media ({@code lexicon/media.txt}), whose reports are no statements. */
  StatementRule(ImmutableMap<String, Strength> verbs, ImmutableList<LexiconLine> media, VerbLexicon lexicon) {
    this.verbs = verbs;
    this.media = LexiconLine.foldedWords(media);
    Set<String> lemmas = new java.util.HashSet<>();
    verbs.keySet().forEach(key -> lemmas.add(key.split(" ")[0]));
    lemmas.add("apprendre"); // "a-t-on appris auprès de"
    Set<String> reportWords = new java.util.HashSet<>(lexicon.formsOf(lemmas));
    reportWords.addAll(List.of("selon", "apres", ":"));
    this.reportWords = WordSet.of(reportWords);
    this.phraseHeads = verbs.keySet().stream()
        .filter(key -> key.contains(" "))
        .map(key -> key.substring(0, key.indexOf(' ')))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Reads the bundled speech verbs, by folded lemma (or "faire savoir" for two words).
   *
   * @throws LexiconException naming the line of a broken entry
   */
  static ImmutableMap<String, Strength> bundledVerbs() {
    ImmutableMap.Builder<String, Strength> out = ImmutableMap.builder();
    for (LexiconLine line : LexiconLine.read("rules/speech-verbs.tsv")) {
      String[] f = line.fields(2);
      out.put(FrenchText.fold(f[0].strip()), line.enumValue(Strength.class, f[1]));
    }
    return out.buildOrThrow();
  }

  /** What one speaker says in the article, gathered. */
  private static final class Said {
    final Actor speaker;
    final Country country;
    /** Whether the speaker is a state through an unnamed official or body ("le ministre polonais"). */
    boolean unnamed = true;
    final List<String> quotes = new ArrayList<>();
    final Set<Country> about = new LinkedHashSet<>();
    /** The domains of everything said. */
    final Set<Domain> spoken = EnumSet.noneOf(Domain.class);
    /**
     * For each state a passage names, the domains of the passages that name it: together, the
     * domains the statement links states in.
     */
    final SetMultimap<Country, Domain> links = MultimapBuilder.enumKeys(Country.class).enumSetValues(Domain.class).build();
    final List<Evidence> evidence = new ArrayList<>();
    PartialDate date;

    Said(Actor speaker, Country country) {
      this.speaker = speaker;
      this.country = country;
    }
  }

  /**
   * One passage of speech: who, and what is said: tokens {@code [from, to)}, or, when the clause
   * says it in its complements ("a condamné l'essai nord-coréen"), those noun phrases.
   */
  private record Passage(
      Party speaker, int from, int to, int anchor, ImmutableList<Integer> topics, ImmutableSet<Country> jointly, boolean refersBack) {
    Passage(Party speaker, int from, int to, int anchor) {
      this(speaker, from, to, anchor, ImmutableList.of(), ImmutableSet.of());
    }

    Passage(Party speaker, int from, int to, int anchor, ImmutableList<Integer> topics) {
      this(speaker, from, to, anchor, topics, ImmutableSet.of());
    }

    Passage(Party speaker, int from, int to, int anchor, ImmutableList<Integer> topics, ImmutableSet<Country> jointly) {
      this(speaker, from, to, anchor, topics, jointly, false);
    }

    /** This passage, its speaker named by a demonstrative that refers back: "a précisé ce responsable, X". */
    Passage referringBack() {
      return new Passage(speaker, from, to, anchor, topics, jointly, true);
    }
  }

  ImmutableList<Statement> apply(ArticleContext context) {
    Map<String, Said> said = new LinkedHashMap<>();
    Said last = null;
    for (Sentence sentence : context.sentences) {
      if (!context.everySentence && !mayReport(sentence)) {
        continue;
      }
      SentenceStructure s = context.structure(sentence.index());
      List<Passage> passages = passages(context, s);
      if (passages.isEmpty() && last != null && isQuotationOnly(s)) {
        // a quotation that goes on in the next sentence: "« ... »" alone, its speaker the one before
        passages = List.of(new Passage(null, 0, s.sentence().tokens().size(), 0));
      }
      for (Passage p : passages) {
        Said entry;
        if (p.speaker() == null) {
          entry = last;
        } else {
          Optional<Country> country = p.speaker().country();
          if (country.isEmpty() || isMedium(p.speaker())) {
            continue; // a medium relays what others say: "selon Tasnim", "rapporte l'agence Sputnik"
          }
          String key = key(p.speaker().actor());
          Said named = said.computeIfAbsent(key, k -> new Said(p.speaker().actor(), country.get()));
          if (p.refersBack() && p.speaker().actor() instanceof Person) {
            absorbUnnamed(said, named);
          }
          entry = named;
          entry.unnamed &= p.speaker().unnamed();
        }
        if (entry == null) {
          continue;
        }
        record(context, s, p, entry);
        last = entry;
      }
    }
    List<Statement> out = new ArrayList<>();
    for (Said entry : said.values()) {
      entry.about.remove(entry.country);
      if (entry.quotes.isEmpty()) {
        continue; // a speaker whose every passage was empty said nothing we can quote
      }
      if (entry.about.isEmpty() && (entry.speaker instanceof State && !entry.unnamed
          && java.util.Collections.disjoint(entry.spoken, EnumSet.of(Domain.MILITARY, Domain.SECURITY, Domain.NUCLEAR))
          || !(entry.speaker instanceof dev.entente.model.Person) && entry.spoken.isEmpty() && !speaksOfDefence(context))) {
        // "la Chine a signalé un foyer de grippe aviaire": a state on neither defence nor another state;
        // "selon l'autorité portuaire, le trafic a augmenté", in an article that never speaks of defence
        continue;
      }
      out.add(
          Statement.builder()
              .speaker(entry.speaker)
              .quote(String.join(" […] ", entry.quotes))
              .about(entry.about)
              .domains(entry.links.isEmpty() ? EnumSet.of(primary(entry.spoken)) : EnumSet.copyOf(entry.links.values()))
              .narrowed(entry.links)
              .date(entry.date)
              .evidence(entry.evidence)
              .build());
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * "Un haut responsable du ministère polonais a confirmé ... », a précisé ce responsable, Paweł
   * Bejda": a person named through a demonstrative is the unnamed official or body of his state
   * who spoke before, so what that one said is his.
   */
  private static void absorbUnnamed(Map<String, Said> said, Said person) {
    Said earlier = null;
    for (Said other : said.values()) {
      if (other != person && other.country == person.country && !(other.speaker instanceof Person)) {
        earlier = other; // of several, the last to have started speaking
      }
    }
    if (earlier == null) {
      return;
    }
    person.quotes.addAll(0, earlier.quotes);
    person.about.addAll(earlier.about);
    person.spoken.addAll(earlier.spoken);
    person.links.putAll(earlier.links);
    person.evidence.addAll(0, earlier.evidence);
    if (person.date == null) {
      person.date = earlier.date;
    }
    said.values().remove(earlier);
  }

  /**
   * Whether {@link #passages} can find something said in the sentence, by its words alone: a
   * speech verb, "selon" or "d'après", "pour" before a quotation, a colon, or a quotation that
   * opens it and may go on from the sentence before. The others need no grammar.
   */
  private boolean mayReport(Sentence sentence) {
    List<Token> t = sentence.tokens();
    if (!t.isEmpty() && (t.get(0).is("«") || t.get(0).is("“") || t.get(0).is("\""))) {
      return true;
    }
    boolean pour = false;
    for (int i = 0; i < t.size(); i++) { // by index: every sentence of every article passes here
      String w = t.get(i).folded();
      if (reportWords.contains(w)) {
        return true;
      }
      pour |= w.equals("pour");
    }
    return pour && hasQuotation(t);
  }

  /** Whether any sentence of the article names defence, security or nuclear matters, or a weapon or a kind of weapon. */
  private static boolean speaksOfDefence(ArticleContext context) {
    for (Sentence sentence : context.sentences) {
      // any equipment counts here, trainers and transports included: the article is about defence
      if (context.mentions.get(sentence.index()).stream().anyMatch(m -> m instanceof Mention.WeaponMention || m instanceof Mention.CategoryMention)) {
        return true;
      }
      if (!java.util.Collections.disjoint(context.domainsIn(sentence.index()), EnumSet.of(Domain.MILITARY, Domain.SECURITY, Domain.NUCLEAR))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The domain a statement is in: the most specific its words name (defence before security,
   * security before the economy...), diplomacy when they name none. One domain, because what a
   * speaker says touches many in passing and links the states in the one it is about.
   */
  private static Domain primary(Set<Domain> domains) {
    for (Domain d : PRIMARY_ORDER) {
      if (domains.contains(d)) {
        return d;
      }
    }
    return Domain.DIPLOMATIC;
  }

  private boolean isMedium(Party party) {
    if (!(party.actor() instanceof dev.entente.model.Organization o)) {
      return false;
    }
    String name = FrenchText.fold(o.name());
    if (media.contains(name) || o.acronym().map(a -> media.contains(FrenchText.fold(a))).orElse(false)
        || o.aliases().stream().anyMatch(a -> media.contains(FrenchText.fold(a)))) {
      return true; // "Agence Chine nouvelle" is Xinhua
    }
    List<String> words = List.of(name.split("[ '-]+"));
    for (String word : words) {
      if (MEDIA_WORDS.contains(word) || media.contains(word)) {
        return true; // "Agence Tasnim": a listed medium by one word of its name
      }
    }
    // "agence" alone says nothing: the IAEA and the agency for arms exports are no media, an
    // "agence ... d'information" is one
    return words.contains("agence") && words.contains("information");
  }

  private static String key(Actor actor) {
    if (actor instanceof State st) {
      return "state:" + st.code();
    }
    return actor.getClass().getSimpleName() + ":" + FrenchText.fold(actor.name());
  }

  private void record(ArticleContext context, SentenceStructure s, Passage p, Said entry) {
    int sentence = s.sentence().index();
    List<Token> t = s.sentence().tokens();
    int from = Math.max(0, p.from());
    int to = Math.min(t.size(), p.to());
    if (from >= to) {
      return;
    }
    String words = s.sentence().textOf(from, to);
    if (words.isBlank()) {
      return;
    }
    entry.quotes.add(words);
    Set<Country> states = new LinkedHashSet<>();
    Set<Domain> domains = EnumSet.noneOf(Domain.class);
    if (p.topics().isEmpty()) {
      states.addAll(statesAbout(context, s, from, to));
      domains.addAll(domainsOf(context, s, from, to));
    } else {
      for (int k : p.topics()) {
        int end = endOfPhrase(s, k);
        states.addAll(statesAbout(context, s, s.chunk(k).from(), end));
        domains.addAll(domainsOf(context, s, s.chunk(k).from(), end));
      }
    }
    states.remove(entry.country);
    entry.about.addAll(states);
    entry.about.addAll(p.jointly()); // but the passage's own words say in which domains it links states
    entry.spoken.addAll(domains);
    if (!states.isEmpty()) {
      // a passage links the speaker's state and the states it names in the domains it names, and
      // only in those: what is said of one state in one passage says nothing of another's domains
      Set<Domain> linked = domains.isEmpty() ? EnumSet.of(Domain.DIPLOMATIC) : domains;
      for (Country state : Sets.union(states, p.jointly())) {
        if (state != entry.country) {
          entry.links.putAll(state, linked);
        }
      }
    }
    entry.evidence.add(context.evidence(sentence, p.anchor(), p.anchor() + 1, NAME, 0.7));
    if (entry.date == null) {
      entry.date = context.dateIn(sentence).orElse(null);
    }
  }

  // ---- finding passages ----

  private List<Passage> passages(ArticleContext context, SentenceStructure s) {
    List<Passage> out = new ArrayList<>();
    List<Token> t = s.sentence().tokens();
    Optional<int[]> quotation = quotation(s);
    for (Clause clause : s.clauses()) {
      Verbal v = s.verbOf(clause);
      Optional<Strength> strength = strength(s, clause, v);
      if (strength.isEmpty() || strength.get() == Strength.NONE || v.polarity() == Chunk.Polarity.NEGATIVE
          || v.introducer().equals("sans")) {
        continue; // "n'a pas confirmé", "sans préciser que": what was not said
      }
      Optional<int[]> content = content(s, clause, quotation);
      if (content.isPresent() && !clause.subject().isEmpty()
          && (v.form() == Chunk.Form.PARTICIPLE && clause.subjectSource() == Clause.SubjectSource.ANTECEDENT
              || v.voice() == Chunk.Voice.PASSIVE && clause.subject().get(0) < clause.verb())) {
        // "l'escale des destroyers japonais, jugée « provocatrice » par Pékin", "cette coopération a été
        // qualifiée de « profonde » par l'ambassade russe": the words judge what the verb's subject names
        int from = Math.min(content.get()[0], s.chunk(clause.subject().get(0)).from());
        content = Optional.of(new int[] {from, content.get()[1]});
      }
      boolean selfReport = v.voice() == Chunk.Voice.PRONOMINAL && v.lemma().equals("dire"); // "se sont dits prêts"
      if ((strength.get() == Strength.WEAK || v.form() == Chunk.Form.PARTICIPLE || v.form() == Chunk.Form.GERUND || selfReport)
          && content.isEmpty()) {
        continue; // "ont lancé leurs manœuvres", "un contrat estimé à 2 milliards", "les revendications affirmées par Pékin"
      }
      // "a averti Ankara que", "a condamné l'essai nord-coréen": what its complements name, not where
      // or to whom it was said ("a déclaré à Doha", "a indiqué aux médias russes")
      ImmutableList<Integer> topics = clause.arguments().stream()
          .filter(a -> !a.fronted() && TOPICS.contains(a.marker()) && !clause.subject().contains(a.chunk()))
          .map(Argument::chunk)
          .collect(ImmutableList.toImmutableList());
      List<Party> speakers = speakersOf(context, s, clause, v);
      boolean refersBack = clause.subject().size() == 1 && s.nominal(clause.subject().get(0)).determiner() == Chunk.Determiner.DEMONSTRATIVE;
      int before = out.size();
      for (Party speaker : speakers) {
        if (content.isPresent()) {
          // "Dendias et Palmas ont affirmé que..."
          out.add(new Passage(speaker, content.get()[0], content.get()[1], v.main(), ImmutableList.of(), jointly(speakers, speaker)));
          if (!topics.isEmpty()) {
            out.add(new Passage(speaker, s.chunk(clause.verb()).from(), t.size(), v.main(), topics));
          }
        } else {
          out.add(new Passage(speaker, s.chunk(clause.verb()).from(), t.size(), v.main(), topics, jointly(speakers, speaker)));
        }
      }
      if (refersBack) {
        for (int k = before; k < out.size(); k++) {
          out.set(k, out.get(k).referringBack());
        }
      }
    }
    for (int k = 0; k < s.chunks().size(); k++) {
      if (s.chunk(k) instanceof Nominal n) {
        attribution(context, s, k, n).ifPresent(out::add);
      }
    }
    out.addAll(colonQuote(context, s));
    return out;
  }

  private Optional<Strength> strength(SentenceStructure s, Clause clause, Verbal v) {
    if (source(s, clause).isPresent()) {
      return Optional.of(Strength.STRONG); // "a-t-on appris auprès de l'armée"
    }
    Strength own = verbs.get(v.lemma());
    if (!v.chain().isEmpty()) {
      String head = v.chain().get(v.chain().size() - 1);
      Strength two = phraseHeads.contains(head) ? verbs.get(head + " " + v.lemma()) : null; // "fait savoir", "laisse entendre"
      if (two != null) {
        return Optional.of(two);
      }
      Strength governing = verbs.get(v.chain().get(0));
      if (governing != null && own == null) {
        // "a annoncé avoir reçu dix requêtes", "a affirmé vouloir": a speech verb says its infinitive
        return Optional.of(governing);
      }
    }
    for (Clause.Argument a : clause.arguments()) {
      if (!phraseHeads.contains(v.lemma())) {
        break; // no phrase of the verb and its object: "met en garde", "fait état"
      }
      if (a.fronted() || ClauseAnalyzer.isTemporal(s.sentence().tokens(), s.nominal(a.chunk()))) {
        continue; // "ont publié mardi un communiqué": the day is not the object
      }
      // the first argument after the verb, whole or by its head: "met en garde", "fait état", "a mis l'accent"
      Nominal first = s.nominal(a.chunk());
      String words = FrenchText.fold(s.sentence().textOf(first.from(), first.to()));
      Strength withArgument = verbs.get(v.lemma() + " " + words);
      if (withArgument == null) {
        withArgument = verbs.get(v.lemma() + " " + s.sentence().tokens().get(first.head()).folded());
      }
      if (withArgument != null) {
        return Optional.of(withArgument);
      }
      break;
    }
    return Optional.ofNullable(own);
  }

  /** The tokens of a sentence's quotation, from its first opening mark to its last closing one, if it has one. */
  private static Optional<int[]> quotation(SentenceStructure s) {
    List<Token> t = s.sentence().tokens();
    int open = -1;
    int close = -1;
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).is("«") || t.get(k).is("“") || t.get(k).is("\"") && open < 0) {
        if (open < 0) {
          open = k + 1;
        }
      } else if ((t.get(k).is("»") || t.get(k).is("”") || t.get(k).is("\"")) && open >= 0 && k >= open) {
        close = k;
      }
    }
    return open < 0 ? Optional.empty() : Optional.of(new int[] {open, close > open ? close : t.size()});
  }

  /**
   * What a speech clause says, as tokens: its "que" clause, or the quotation of its sentence, or, for
   * a clause after a colon, what follows. Empty when it has none of them.
   */
  private static Optional<int[]> content(SentenceStructure s, Clause clause, Optional<int[]> quotation) {
    List<Token> t = s.sentence().tokens();
    int verbEnd = s.chunk(clause.verb()).to();
    boolean gerundAfter = false;
    for (Clause other : s.clauses()) {
      // a "que" clause of this verb, not of a gerund after it ("a déclaré X, précisant qu'aucune décision...")
      gerundAfter |= other.verb() > clause.verb() && other.kind() == Clause.Kind.GERUNDIVE;
      if (other.kind() == Clause.Kind.SUBORDINATE && other.opener().startsWith("qu") && other.verb() > clause.verb()
          && (other.parent() >= 0 && s.clauses().get(other.parent()).verb() == clause.verb() || other.parent() < 0)) {
        if (gerundAfter) {
          break;
        }
        int start = openerBefore(s, other.verb());
        return Optional.of(new int[] {start, endOfSaying(s, clause, other)});
      }
    }
    if (clause.kind() == Clause.Kind.INCIDENT || clause.subjectSource() == Clause.SubjectSource.INVERTED
        && s.chunk(clause.verb()).from() > 0 && t.get(s.chunk(clause.verb()).from() - 1).is(",")) {
      // "Kyiv et Varsovie ont trouvé un compromis, a annoncé la présidence polonaise": what comes before
      // unless it is a quotation: "« ... », a déclaré X"; "X n'enverra « plus aucune arme » à Y, a
      // assuré Z" quotes only some words of what is said
      boolean quoted = isQuotationOnly(s);
      if (!quoted) {
        return Optional.of(new int[] {0, s.chunk(clause.verb()).from()});
      }
    }
    for (Clause other : s.clauses()) {
      // "a demandé à Pékin de lui fournir des avions": a request in an infinitive
      if (REQUESTING.contains(s.verbOf(clause).lemma()) && other.kind() == Clause.Kind.INFINITIVAL && other.parent() >= 0
          && s.clauses().get(other.parent()).verb() == clause.verb()
          && (s.verbOf(other).introducer().equals("de") || s.verbOf(other).introducer().equals("à"))) {
        return Optional.of(new int[] {s.chunk(other.verb()).from(), t.size()});
      }
    }
    if (quotation.isPresent()) {
      return quotation.map(int[]::clone);
    }
    if (verbEnd < t.size() && t.get(verbEnd).is(":")) {
      return Optional.of(new int[] {verbEnd + 1, t.size()});
    }
    return Optional.empty();
  }

  /**
   * Where what {@code speech} says in its "que" clause {@code said} ends: at the end of the
   * sentence, or before a second act of the speaker that follows it ("a estimé que X, avant
   * d'assurer que Y": the estimate is X only).
   */
  private static int endOfSaying(SentenceStructure s, Clause speech, Clause said) {
    int own = s.clauses().indexOf(speech);
    for (Clause other : s.clauses()) {
      if (other.verb() > said.verb() && other.parent() == own
          && (other.kind() == Clause.Kind.INFINITIVAL || other.kind() == Clause.Kind.GERUNDIVE)) {
        int from = s.chunk(other.verb()).from();
        return from > 0 && s.sentence().tokens().get(from - 1).is(",") ? from - 1 : from;
      }
    }
    return s.sentence().tokens().size();
  }

  private static int openerBefore(SentenceStructure s, int verb) {
    for (int k = verb - 1; k >= 0; k--) {
      if (s.chunk(k) instanceof Marker m && m.tag() == Tag.SUBORD) {
        return m.to();
      }
    }
    return s.chunk(verb).from();
  }

  /**
   * The speakers of a speech clause: its subject, each of them when coordinated ("Poutine et Modi
   * ont appelé"), the "par" agent of a passive, the pronoun's referent. "Les deux parties" name no
   * one in particular.
   */
  private List<Party> speakersOf(ArticleContext context, SentenceStructure s, Clause clause, Verbal v) {
    List<Party> out = new ArrayList<>();
    if (v.voice() == Chunk.Voice.PASSIVE || v.form() == Chunk.Form.PARTICIPLE) {
      // "qualifiée de « profonde » par l'ambassade russe", "démentie par le Kremlin"
      for (Argument a : clause.arguments()) {
        if (a.marker().equals("par")) {
          out.addAll(speakersIn(context, s, a.chunk()));
          break;
        }
      }
      return out;
    }
    Optional<Integer> source = source(s, clause);
    if (source.isPresent()) {
      speakerIn(context, s, source.get()).ifPresent(out::add);
      return out;
    }
    if (clause.subjectSource() == Clause.SubjectSource.INVERTED_PRONOUN) {
      pronounSpeaker(context, s, v).ifPresent(out::add);
      return out;
    }
    for (int subject : clause.subject()) {
      Nominal n = s.nominal(subject);
      if (n.pronoun()) {
        // "ils ont indiqué": each of those the pronoun stands for
        context.parties.partiesOf(context, s, subject).stream().filter(p -> !out.contains(p)).forEach(out::add);
        continue;
      }
      speakersIn(context, s, subject).stream().filter(p -> !out.contains(p)).forEach(out::add);
    }
    return out;
  }

  /**
   * The speakers a phrase names: the persons of a pair ("les deux chefs d'État, A et B", "les deux
   * ministres" after two were named), none for a pair of states ("les deux pays"), otherwise the
   * one {@link #speakerIn} finds.
   */
  private List<Party> speakersIn(ArticleContext context, SentenceStructure s, int chunk) {
    List<Party> persons = new ArrayList<>();
    for (int k : s.appositionsOf(chunk)) {
      for (int c = k; c < s.chunks().size() && s.chunk(c) instanceof Nominal n && n.isBare(); c += 2) {
        context.parties.partiesOf(context, s, c).stream().filter(p -> p.actor() instanceof Person && !persons.contains(p))
            .forEach(persons::add);
        if (!s.isListSeparator(c + 1)) {
          break;
        }
      }
    }
    if (persons.size() < 2) {
      persons.clear();
      context.parties.partiesOf(context, s, chunk).stream().filter(p -> p.actor() instanceof Person).forEach(persons::add);
    }
    if (persons.size() >= 2) {
      return persons;
    }
    Nominal n = s.nominal(chunk);
    if (context.mentionsBoth(s.sentence().index(), n.from(), n.to())) {
      return List.of();
    }
    Optional<Party> one = speakerIn(context, s, chunk);
    if (one.isPresent() && !(one.get().actor() instanceof Person) && context.parties.namesCompany(context, s, chunk)) {
      return List.of(); // "le constructeur sud-coréen Hyundai a annoncé": a company speaks for neither its state nor defence
    }
    return one.map(List::of).orElse(List.of());
  }

  private Optional<Party> pronounSpeaker(ArticleContext context, SentenceStructure s, Verbal v) {
    List<Token> t = s.sentence().tokens();
    int sentence = s.sentence().index();
    String word = v.invertedPronoun() >= 0 ? t.get(v.invertedPronoun()).folded() : "il";
    // "« ... », a-t-il déclaré": the one the clause before speaks of, else the last person named
    return context.parties.pronoun(context, s, word, s.chunkAt(v.from()), v.from()).stream().findFirst();
  }

  /**
   * The speaker a noun phrase names: a person in it or in apposition to it ("le ministre indien,
   * Arun Jaitley"; "Mohamad-Réza Ashtiani, le ministre iranien"), who takes the state of the title
   * when the gazetteer gives none; else the organization or state it names.
   */
  private Optional<Party> speakerIn(ArticleContext context, SentenceStructure s, int chunk) {
    ImmutableList<Party> own = context.parties.partiesOf(context, s, chunk);
    Optional<Party> person = own.stream().filter(p -> p.actor() instanceof Person).findFirst();
    if (person.isEmpty()) {
      for (Argument a : s.complementsOf(chunk)) {
        // "le ministre russe de la Défense Sergueï Choïgou": the name after the title's complement
        for (Mention m : context.outerMentions(s.sentence().index(), s.chunk(a.chunk()).from(), s.chunk(a.chunk()).to())) {
          if (m instanceof PersonMention pm && person.isEmpty()) {
            person = Optional.of(Party.of(pm.person()));
          }
        }
      }
    }
    Optional<Party> title = own.stream().filter(p -> !(p.actor() instanceof Person)).findFirst();
    List<Integer> around = new ArrayList<>(s.appositionsOf(chunk));
    if (chunk > 0 && s.chunk(chunk - 1) instanceof Nominal before && before.isBare()) {
      around.add(chunk - 1); // "Mohamad-Réza Ashtiani le ministre iranien de la Défense"
    }
    if (chunk > 1 && s.chunk(chunk - 1) instanceof Marker m && m.tag() == Tag.PUNCT && s.sentence().tokens().get(m.from()).is(",")
        && s.chunk(chunk - 2) instanceof Nominal) {
      around.add(chunk - 2); // "le ministre indien de la Défense, Arun Jaitley, a déclaré": the title before
      for (int k = chunk - 2; k >= 0 && k >= chunk - 5; k--) {
        if (s.chunk(k) instanceof Nominal n && n.isBare()) {
          around.add(k);
          break;
        }
      }
    }
    for (int k : around) {
      for (Party p : context.parties.partiesOf(context, s, k)) {
        if (person.isEmpty() && p.actor() instanceof Person) {
          person = Optional.of(p);
        } else if (title.isEmpty() && !(p.actor() instanceof Person)) {
          title = Optional.of(p);
        }
      }
    }
    if (person.isEmpty() && title.isEmpty() && own.isEmpty()) {
      // "une source au ministère grec de la Défense", "un haut gradé de l'armée de l'air chilienne": the body the official belongs to
      for (Argument a : s.complementsOf(chunk)) {
        if (!a.marker().equals("de") && !a.marker().equals("à")) {
          break;
        }
        Optional<Party> body = context.parties.partiesOf(context, s, a.chunk()).stream()
            .filter(p -> !(p.actor() instanceof Person) && p.country().isPresent()).findFirst();
        if (body.isPresent()) {
          title = body;
          break;
        }
      }
    }
    if (person.isPresent()) {
      Person who = (Person) person.get().actor();
      if (who.country().isEmpty() && title.isPresent() && title.get().country().isPresent()) {
        return Optional.of(Party.of(new Person(who.name(), title.get().country(), who.role(), who.aliases())));
      }
      return person;
    }
    return title;
  }

  /** Who an item of news was learnt from: "a-t-on appris auprès de l'armée de l'air", "apprend-on de source militaire". */
  private static Optional<Integer> source(SentenceStructure s, Clause clause) {
    if (!s.verbOf(clause).lemma().equals("apprendre")) {
      return Optional.empty();
    }
    return clause.arguments().stream().filter(a -> !a.fronted() && a.marker().equals("auprès de")).map(Argument::chunk).findFirst();
  }

  /** "Selon le Kremlin, ...", "D'après l'armée chinoise, ...", "Pour Sadio Camara, « ... »". */
  private Optional<Passage> attribution(ArticleContext context, SentenceStructure s, int k, Nominal n) {
    List<Token> t = s.sentence().tokens();
    boolean selon = n.marker().equals("selon");
    boolean pour = n.marker().equals("pour") && (k == 0 || s.chunk(k - 1) instanceof Marker m0 && m0.tag() == Tag.PUNCT)
        && hasQuotation(t);
    if (!selon && !pour) {
      return Optional.empty();
    }
    int named = k;
    int end = endOfTitle(s, k);
    int next = end + 1 < t.size() && t.get(end).is(",") ? s.chunkAt(end + 1) : -1;
    if (pour && next > k && s.chunk(next) instanceof Nominal after && after.isBare() && namesPerson(context, s, next)) {
      named = next; // "Pour le ministre délégué chargé de la défense, Abdellatif Loudiyi, « ... »"
      end = endOfPhrase(s, next);
    }
    if (pour && !(end < t.size() && t.get(end).is(","))) {
      return Optional.empty();
    }
    Optional<Party> speaker = speakerIn(context, s, named);
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    int from;
    int to;
    if (k == 0 || s.chunk(k - 1) instanceof Marker) {
      from = end;
      to = t.size(); // "Selon X, <what is said>."
    } else {
      from = 0;
      to = n.from(); // "<what is said>, selon X."
    }
    return Optional.of(new Passage(speaker.get(), from, to, n.from()));
  }

  private static boolean namesPerson(ArticleContext context, SentenceStructure s, int chunk) {
    return context.parties.partiesOf(context, s, chunk).stream().anyMatch(p -> p.actor() instanceof Person);
  }

  private static boolean hasQuotation(List<Token> t) {
    for (Token token : t) {
      if (token.is("«") || token.is("“") || token.is("\"")) {
        return true;
      }
    }
    return false;
  }

  /** The token after a noun phrase and its complements and appositions. */
  private static int endOfPhrase(SentenceStructure s, int k) {
    int end = s.chunk(k).to();
    for (Argument a : s.complementsOf(k)) {
      end = Math.max(end, s.chunk(a.chunk()).to());
    }
    for (int a : s.appositionsOf(k)) {
      end = Math.max(end, s.chunk(a).to());
    }
    return Math.max(end, Math.max(endOfClauseOn(s, k, Clause.Kind.GERUNDIVE), endOfClauseOn(s, k, Clause.Kind.PARTICIPIAL)));
  }

  /**
   * The token after a title and the participles that complete it: "le ministre délégué chargé de
   * la défense", "la secrétaire d'État adjointe chargée des affaires politico-militaires".
   */
  private static int endOfTitle(SentenceStructure s, int k) {
    int end = endOfPhrase(s, k);
    for (int c = s.chunkAt(end); c > k && s.chunk(c) instanceof Verbal v && v.form() == Chunk.Form.PARTICIPLE; c = s.chunkAt(end)) {
      Optional<Clause> clause = s.clauseOfVerb(c);
      end = s.chunk(c).to();
      if (clause.isPresent()) {
        for (Argument a : clause.get().arguments()) {
          if (a.chunk() > c) {
            end = Math.max(end, endOfPhrase(s, a.chunk()));
          }
        }
      }
    }
    return end;
  }

  /**
   * The token after the last argument of a clause of kind {@code kind} that describes phrase
   * {@code k}, or 0: "un communiqué condamnant le tir d'un missile" says what the gerund says, "le
   * ministre délégué chargé de la défense" is titled by the participle.
   */
  private static int endOfClauseOn(SentenceStructure s, int k, Clause.Kind kind) {
    int end = 0;
    for (Clause c : s.clauses()) {
      if (c.kind() == kind && c.subjectSource() == Clause.SubjectSource.ANTECEDENT && c.subject().contains(k)) {
        for (Argument a : c.arguments()) {
          end = Math.max(end, s.chunk(a.chunk()).to());
        }
      }
    }
    return end;
  }

  /** "Les deux chefs d'État, X et Y : « ... »": a speaker before a colon and a quotation. */
  private List<Passage> colonQuote(ArticleContext context, SentenceStructure s) {
    List<Token> t = s.sentence().tokens();
    for (int c = 1; c + 1 < s.chunks().size(); c++) {
      if (s.chunk(c) instanceof Marker m && t.get(m.from()).is(":") && s.chunk(c + 1) instanceof Marker q && q.tag() == Tag.QUOTE_OPEN
          && s.chunk(c - 1) instanceof Nominal) {
        for (int k = c - 1; k >= 0 && k >= c - 4; k--) {
          if (s.chunk(k) instanceof Nominal) {
            Optional<Party> speaker = speakerIn(context, s, k);
            if (speaker.isPresent()) {
              int close = t.size();
              for (int j = q.to(); j < t.size(); j++) {
                if (t.get(j).is("»") || t.get(j).is("”") || t.get(j).is("\"")) {
                  close = j;
                  break;
                }
              }
              List<Party> speakers = coordinatedPersons(context, s, k, speaker.get());
              List<Passage> out = new ArrayList<>();
              for (Party p : speakers) {
                out.add(new Passage(p, q.to(), close, m.from(), ImmutableList.of(), jointly(speakers, p)));
              }
              return out;
            }
          }
        }
      }
    }
    return List.of();
  }

  /** "Alexandre Loukachenko et Vladimir Poutine : « ... »": the persons named before the last, with it. */
  private List<Party> coordinatedPersons(ArticleContext context, SentenceStructure s, int last, Party speaker) {
    List<Party> out = new ArrayList<>();
    out.add(speaker);
    if (!(speaker.actor() instanceof Person)) {
      return out;
    }
    for (int j = last - 2; j >= 0 && s.isListSeparator(j + 1) && s.chunk(j) instanceof Nominal n && n.isBare(); j -= 2) {
      speakerIn(context, s, j).filter(p -> p.actor() instanceof Person && !out.contains(p)).ifPresent(p -> out.add(0, p));
    }
    return out;
  }

  /** The states of the other speakers of one passage: who speaks jointly with another state's speaker speaks of it. */
  private static ImmutableSet<Country> jointly(List<Party> speakers, Party speaker) {
    return speakers.stream().flatMap(o -> o.country().stream())
        .filter(c -> !speaker.country().equals(Optional.of(c))).collect(ImmutableSet.toImmutableSet());
  }

  private static boolean isQuotationOnly(SentenceStructure s) {
    List<Token> t = s.sentence().tokens();
    return !t.isEmpty() && (t.get(0).is("«") || t.get(0).is("“") || t.get(0).is("\""));
  }

  // ---- what is said ----

  /** The states named in tokens {@code [from, to)}: what is said, without its places and companies. */
  private static Set<Country> statesAbout(ArticleContext context, SentenceStructure s, int from, int to) {
    return new LinkedHashSet<>(context.actingStatesIn(s.sentence().index(), from, to));
  }

  /**
   * The domains the words of tokens {@code [from, to)} name, names and titles excepted; a weapon
   * or a kind of weapon named there is a military matter ("pour avoir acheté des S-400", "l'achat
   * de onze avions de chasse"). Aircraft and engines of no stated role are no weapons: "arrivé par
   * avion".
   */
  private static Set<Domain> domainsOf(ArticleContext context, SentenceStructure s, int from, int to) {
    Set<Domain> domains = context.domainsOutsideNames(s, from, to);
    int sentence = s.sentence().index();
    for (Mention m : context.mentions.get(sentence)) {
      if (namesArms(m) && m.from() >= from && m.from() < to && !context.isNegated(sentence, m.from())) {
        domains.add(Domain.MILITARY);
        break;
      }
    }
    return domains;
  }

  /** Whether a mention names a weapon or a kind of arms; aircraft, engines and kit of no stated role are none. */
  private static boolean namesArms(Mention m) {
    return m instanceof Mention.WeaponMention || m instanceof Mention.CategoryMention c && !UNARMED_CATEGORIES.contains(c.category());
  }
}
