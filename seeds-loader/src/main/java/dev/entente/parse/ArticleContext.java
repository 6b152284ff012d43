package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.text.FrenchText;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.PartialDate;
import dev.entente.model.Span;
import dev.entente.parse.DateFinder.DateMention;
import dev.entente.parse.Mention.OrgMention;
import dev.entente.parse.Mention.PersonMention;
import dev.entente.parse.Mention.StateMention;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules read an article through: its sentences, the mentions and dates of each, the
 * publication date, the article's main pair of states, and which words a negation covers.
 * Built once per article; immutable.
 */
final class ArticleContext {

  private static final ImmutableSet<String> NEGATION_HEADS = ImmutableSet.of("ne", "n");
  private static final ImmutableSet<String> NEGATION_TAILS =
      ImmutableSet.of("pas", "jamais", "aucun", "aucune", "plus", "guere", "nullement", "point");
  private static final ImmutableSet<String> DENIALS =
      ImmutableSet.of("aucun", "aucune", "sans", "dementi", "dement", "dementent", "nie", "rejete", "refuse", "exclu", "perdre", "perdu", "perd", "perdent");

  final String id;
  final ImmutableList<Sentence> sentences;
  final ImmutableList<ImmutableList<Mention>> mentions;
  private final DateFinder dateFinder;
  /** The dates of each sentence, by index, found when first asked for. */
  private final ImmutableList<DateMention>[] dates;
  final Optional<PartialDate> published;
  final Optional<CountryPair> dyad;
  private final Optional<Country> top;
  final RuleWords words;
  private final SentenceGrammar grammar;
  /**
   * Whether the rules read every sentence, even one their words say has nothing for them: only to
   * check that those word tests spare work and change nothing.
   */
  final boolean everySentence;
  /** The grammar of each sentence, by index, read when first asked for. */
  private final SentenceStructure[] structures;
  final PartyResolver parties;
  /** Which tokens of each sentence are negated, by index, found when first asked for. */
  private final boolean[][] negated;
  private final Map<PhraseTable<?>, List<List<PhraseTable.Match<?>>>> memo = new java.util.IdentityHashMap<>();
  /** Per sentence, computed once: which tokens lie in a name or a title's phrase. */
  private final Map<Integer, boolean[]> namedTokens = new java.util.HashMap<>();

  ArticleContext(
      String id,
      ImmutableList<Sentence> sentences,
      ImmutableList<Mention> allMentions,
      DateFinder dates,
      Optional<PartialDate> published,
      RuleWords words,
      SentenceGrammar grammar,
      PartyResolver parties,
      boolean everySentence) {
    this.everySentence = everySentence;
    this.id = id;
    this.sentences = sentences;
    this.words = words;
    this.grammar = grammar;
    this.structures = new SentenceStructure[sentences.size()];
    this.parties = parties;
    this.published = published;
    List<List<Mention>> bySentence = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (Mention m : allMentions) {
      bySentence.get(m.sentence()).add(m);
    }
    this.mentions = bySentence.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
    this.dateFinder = dates;
    this.dates = new ImmutableList[sentences.size()];
    this.negated = new boolean[sentences.size()][];
    this.dyad = dyad(allMentions);
    List<Map.Entry<Country, Integer>> ranked = ranked(allMentions);
    this.top = ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).getKey());
  }

  /** Returns the dates named in sentence {@code index}, found the first time they are asked for. */
  ImmutableList<DateMention> dates(int index) {
    ImmutableList<DateMention> found = dates[index];
    if (found == null) {
      List<Mention> weapons = mentions.get(index).stream().filter(m -> m instanceof Mention.WeaponMention).toList();
      // "les Mirage 2000 de l'armée de l'air": a year inside a designation dates nothing
      found = dateFinder.find(sentences.get(index), published).stream()
          .filter(d -> weapons.stream().noneMatch(w -> w.from() <= d.from() && d.to() <= w.to()))
          .collect(ImmutableList.toImmutableList());
      dates[index] = found;
    }
    return found;
  }

  /** Returns the grammar of sentence {@code index}, read the first time it is asked for. */
  SentenceStructure structure(int index) {
    SentenceStructure s = structures[index];
    if (s == null) {
      s = grammar.read(sentences.get(index), mentions.get(index));
      structures[index] = s;
    }
    return s;
  }

  private static boolean[] negation(Sentence sentence) {
    List<Token> t = sentence.tokens();
    boolean[] out = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      boolean head = NEGATION_HEADS.contains(t.get(i).folded()) && hasTail(t, i);
      boolean denial = DENIALS.contains(t.get(i).folded());
      if (head || denial) {
        for (int j = i; j < t.size(); j++) {
          Token x = t.get(j);
          // a denial reaches past a quoted adverb: "a démenti « catégoriquement » tout accord"
          if (j > i && (x.is(",") || x.is(";") || x.is("mais") || x.is(".") || x.is("»") && !denial)) {
            break;
          }
          out[j] = true;
        }
      }
    }
    return out;
  }

  private static boolean hasTail(List<Token> t, int i) {
    for (int j = i + 1; j < Math.min(t.size(), i + 6); j++) {
      if (NEGATION_TAILS.contains(t.get(j).folded())) {
        return true;
      }
    }
    return false;
  }

  /** The article's main pair: the two states named most, persons' and organizations' included. */
  private static Optional<CountryPair> dyad(ImmutableList<Mention> all) {
    List<Map.Entry<Country, Integer>> ranked = ranked(all);
    if (ranked.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(CountryPair.of(ranked.get(0).getKey(), ranked.get(1).getKey()));
  }

  /** The states named, persons' and institutions' included, most named first, ties in order of first mention. */
  private static List<Map.Entry<Country, Integer>> ranked(ImmutableList<Mention> all) {
    Map<Country, Integer> counts = new java.util.LinkedHashMap<>();
    for (Mention m : all) {
      if (m instanceof StateMention s) {
        for (Country c : s.countries()) {
          counts.merge(c, 1, Integer::sum);
        }
      } else if (m instanceof PersonMention p && p.person().country().isPresent()) {
        counts.merge(p.person().country().get(), 1, Integer::sum);
      } else if (m instanceof OrgMention o && o.organization().country().isPresent()) {
        counts.merge(o.organization().country().get(), 1, Integer::sum);
      }
    }
    List<Map.Entry<Country, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Map.Entry.<Country, Integer>comparingByValue().reversed());
    return ranked;
  }

  /**
   * Returns the phrases of {@code table} in a sentence: at each token the longest, then on after
   * it. Memoized per article, so each rule that asks costs one scan; an article's context is
   * confined to the thread that parses it.
   */
  @SuppressWarnings("unchecked")
  <T> List<PhraseTable.Match<T>> matches(PhraseTable<T> table, int sentence) {
    List<List<PhraseTable.Match<?>>> bySentence =
        memo.computeIfAbsent(table, k -> new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null)));
    List<PhraseTable.Match<?>> found = bySentence.get(sentence);
    if (found == null) {
      List<PhraseTable.Match<?>> scanned = new ArrayList<>();
      List<Token> t = sentences.get(sentence).tokens();
      for (int i = 0; i < t.size(); i++) {
        Optional<PhraseTable.Match<T>> m = table.longestAt(t, i);
        if (m.isPresent()) {
          scanned.add(m.get());
          i = m.get().to() - 1;
        }
      }
      found = scanned;
      bySentence.set(sentence, found);
    }
    return (List<PhraseTable.Match<T>>) (List<?>) found;
  }

  boolean isNegated(int sentence, int token) {
    boolean[] n = negated[sentence];
    if (n == null) {
      n = negation(sentences.get(sentence));
      negated[sentence] = n;
    }
    return token < n.length && n[token];
  }

  private static final ImmutableSet<String> COMPANY_NOUNS =
      ImmutableSet.of("groupe", "constructeur", "entreprise", "societe", "firme", "geant", "compagnie", "industriel",
          "fabricant", "operateur", "banque", "assureur", "editeur", "armateur", "motoriste", "conglomerat");

  /**
   * Whether a state adjective only gives a company's nationality: "l'allemand Siemens", "le chinois
   * BYD", "le groupe pétrolier français TotalEnergies". Such states are no party to anything.
   */
  boolean isCompanyNationality(Mention m) {
    if (!(m instanceof StateMention s) || s.form() != StateForm.ADJ) {
      return false;
    }
    List<Token> t = sentences.get(m.sentence()).tokens();
    boolean article = m.from() > 0 && (t.get(m.from() - 1).is("le") || t.get(m.from() - 1).is("l") || t.get(m.from() - 1).is("'"));
    boolean nameFollows = m.to() < t.size() && t.get(m.to()).capitalized() && t.get(m.to()).isWord();
    if (article && nameFollows) {
      return true;
    }
    for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
      if (COMPANY_NOUNS.contains(t.get(k).folded())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a state is named as a place: "près de la frontière marocaine", "le long de la côte libyenne". */
  boolean isPlace(Mention m) {
    List<Token> t = sentences.get(m.sentence()).tokens();
    for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
      String f = t.get(k).folded();
      if (f.equals("frontiere") || f.equals("frontieres") || f.equals("cote") || f.equals("cotes") || f.equals("eaux")
          || f.equals("sol") || f.equals("territoire")) {
        return true;
      }
    }
    return false;
  }

  /** The states acting in a sentence: those named, company nationalities and places excepted. */
  List<Country> actingStatesIn(int sentence, int from, int to) {
    return statesIn(sentence, from, to, m -> !isCompanyNationality(m) && !isPlace(m));
  }

  /** The states named in tokens {@code [from, to)} of a sentence, in order, each once. */
  List<Country> statesIn(int sentence, int from, int to) {
    return statesIn(sentence, from, to, m -> true);
  }

  private List<Country> statesIn(int sentence, int from, int to, java.util.function.Predicate<Mention> keep) {
    Set<Country> out = new LinkedHashSet<>();
    for (Mention m : mentions.get(sentence)) {
      if (m instanceof StateMention s && m.from() >= from && m.to() <= to && keep.test(m)) {
        out.addAll(s.countries());
      }
    }
    return new ArrayList<>(out);
  }

  List<Country> statesIn(int sentence) {
    return statesIn(sentence, 0, Integer.MAX_VALUE);
  }

  /** The domains the words of tokens {@code [from, to)} name, negated words excepted. */
  Set<Domain> domainsIn(int sentence, int from, int to) {
    Set<Domain> out = EnumSet.noneOf(Domain.class);
    for (PhraseTable.Match<Domain> m : matches(words.domains, sentence)) {
      if (m.from() >= from && m.from() < to && !isNegated(sentence, m.from())) {
        out.addAll(m.values());
      }
    }
    return out;
  }

  /**
   * The domains the words of tokens {@code [from, to)} name, but for the words of names and titles:
   * "Conseil de sécurité", "ministre des Finances", "industrie de la défense" name no domain.
   * Returns a new set, the caller's to change.
   */
  Set<Domain> domainsOutsideNames(SentenceStructure s, int from, int to) {
    int sentence = s.sentence().index();
    boolean[] named = namedTokens.computeIfAbsent(sentence, k -> namedTokens(s));
    Set<Domain> out = EnumSet.noneOf(Domain.class);
    for (PhraseTable.Match<Domain> m : matches(words.domains, sentence)) {
      if (m.from() >= from && m.from() < to && !named[m.from()] && !isNegated(sentence, m.from())) {
        out.addAll(m.values());
      }
    }
    return out;
  }

  /** The tokens of a sentence inside a name, or a title and its complements, where a domain word says nothing. */
  private boolean[] namedTokens(SentenceStructure s) {
    int sentence = s.sentence().index();
    boolean[] named = new boolean[s.sentence().tokens().size()];
    for (Mention m : mentions.get(sentence)) {
      if (m instanceof OrgMention || m instanceof PersonMention) {
        for (int k = m.from(); k < m.to() && k < named.length; k++) {
          named[k] = true;
        }
      }
    }
    List<PhraseTable.Match<Domain>> domainWords = matches(words.domains, sentence);
    for (int c = 0; c < s.chunks().size(); c++) {
      if (s.chunk(c) instanceof Chunk.Nominal n && !n.pronoun() && parties.isAgentive(s, n)) {
        // "les forces armées" is military itself; "le ministre de la Défense" is a title
        int start = startsDomainWord(domainWords, n.head()) ? n.to() : n.head();
        int end = n.to();
        for (Clause.Argument a : s.complementsOf(c)) {
          Chunk.Nominal of = s.nominal(a.chunk());
          if (!a.marker().equals("de") || !isOfficeComplement(s, of, domainWords)) {
            break; // "la ratification par le Parlement grec de l'accord de défense": the accord is not the parliament's
          }
          end = of.to();
        }
        for (int k = start; k < end && k < named.length; k++) {
          named[k] = true; // a title and its complements: "le ministre de la Défense"
        }
      }
    }
    return named;
  }

  private static boolean startsDomainWord(List<PhraseTable.Match<Domain>> domainWords, int token) {
    return domainWords.stream().anyMatch(m -> m.from() == token);
  }

  /** "de la Défense", "du ministère", "des Affaires étrangères": what a title is of, not what the sentence goes on to. */
  private boolean isOfficeComplement(SentenceStructure s, Chunk.Nominal of, List<PhraseTable.Match<Domain>> domainWords) {
    if (of.pronoun() || of.head() < 0) {
      return false;
    }
    Token head = s.sentence().tokens().get(of.head());
    return head.capitalized() || parties.isAgentive(s, of) || startsDomainWord(domainWords, of.head());
  }

  Set<Domain> domainsIn(int sentence) {
    return domainsIn(sentence, 0, Integer.MAX_VALUE);
  }

  /**
   * The date a mention names when it speaks of the past: a month without its year ("début août")
   * that would fall after the publication is the year before ("avaient signé début août", in an
   * article of February).
   */
  PartialDate inThePast(DateMention d) {
    PartialDate date = d.date();
    if (d.yearInferred() && published.isPresent() && date.firstDay().isAfter(published.get().lastDay())) {
      return date.precision() == PartialDate.Precision.MONTH
          ? PartialDate.ofMonth(date.year() - 1, date.month().get())
          : PartialDate.from(date.firstDay().minusYears(1));
    }
    return date;
  }

  /** The first date the sentence names, if any. */
  Optional<PartialDate> dateIn(int sentence) {
    return dates(sentence).stream().map(DateMention::date).findFirst();
  }

  /** Evidence for tokens {@code [from, to)} of a sentence. */
  Evidence evidence(int sentence, int from, int to, String rule, double confidence) {
    Sentence s = sentences.get(sentence);
    Span span = s.tokens().isEmpty() ? s.span() : s.spanOf(Math.max(0, from), Math.min(s.tokens().size(), Math.max(from + 1, to)));
    return new Evidence(id, span, s.text(), rule, confidence);
  }

  /**
   * The mentions of a sentence within tokens {@code [from, to)} that no other mention encloses:
   * "ministère russe de la Défense", not the "russe" inside it.
   */
  List<Mention> outerMentions(int sentence, int from, int to) {
    List<Mention> out = new ArrayList<>(2);
    int covered = -1;
    for (Mention m : mentions.get(sentence)) {
      if (m.from() < covered) {
        continue; // inside the mention before: mentions come in text order, the enclosing one first
      }
      covered = m.to();
      if (m.from() >= from && m.to() <= to) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The pair of states "les deux pays" refers to: the two states a sentence up to {@code sentence}
   * names (or a state and a person's or institution's state), the latest such sentence within the
   * last three, else the article's main pair.
   */
  Optional<CountryPair> pairBefore(int sentence) {
    for (int k = sentence; k >= 0 && k > sentence - 3; k--) {
      List<Country> named = new ArrayList<>();
      for (Mention m : mentions.get(k)) {
        Optional<Country> c = m instanceof StateMention st && st.countries().size() == 1 && !isPlace(m) && !isCompanyNationality(m)
            ? Optional.of(st.countries().get(0))
            : m instanceof PersonMention p ? p.person().country() : Optional.empty();
        if (m instanceof StateMention st && st.countries().size() >= 2) {
          return Optional.of(CountryPair.of(st.countries().get(0), st.countries().get(1)));
        }
        c.filter(x -> !named.contains(x)).ifPresent(named::add);
      }
      if (named.size() == 2) {
        return Optional.of(CountryPair.of(named.get(0), named.get(1)));
      }
    }
    return dyad;
  }

  /** The last two persons of different states named before token {@code token} of a sentence, within three sentences. */
  ImmutableList<dev.entente.model.Person> lastTwoPersonsBefore(int sentence, int token) {
    List<dev.entente.model.Person> out = new ArrayList<>();
    for (int k = sentence; k >= 0 && k > sentence - 3 && out.size() < 2; k--) {
      List<Mention> ms = mentions.get(k);
      for (int j = ms.size() - 1; j >= 0 && out.size() < 2; j--) {
        if (ms.get(j) instanceof PersonMention p && (k < sentence || p.to() <= token) && !out.contains(p.person())
            && (out.isEmpty() || !out.get(0).country().equals(p.person().country()))) {
          out.add(p.person());
        }
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** The last person named before token {@code token} of a sentence, looking back {@code sentencesBack} sentences. */
  Optional<dev.entente.model.Person> lastPersonBefore(int sentence, int token, int sentencesBack) {
    for (int k = sentence; k >= 0 && k >= sentence - sentencesBack; k--) {
      PersonMention last = null;
      for (Mention m : mentions.get(k)) {
        if (m instanceof PersonMention p && (k < sentence || m.to() <= token)) {
          last = p;
        }
      }
      if (last != null) {
        return Optional.of(last.person());
      }
    }
    return Optional.empty();
  }

  /**
   * The person of {@code country} a title names: the one whose role, as the article gives it, holds
   * {@code title}; else the compatriot named last up to sentence {@code sentence}; else the first
   * named after it.
   */
  Optional<dev.entente.model.Person> compatriot(Country country, String title, int sentence) {
    dev.entente.model.Person before = null;
    dev.entente.model.Person after = null;
    for (int k = 0; k < mentions.size(); k++) {
      for (Mention m : mentions.get(k)) {
        if (m instanceof PersonMention p && p.person().country().equals(Optional.of(country))) {
          if (p.person().role().map(r -> FrenchText.fold(r).contains(title)).orElse(false)) {
            return Optional.of(p.person());
          }
          if (k <= sentence) {
            before = p.person();
          } else if (after == null) {
            after = p.person();
          }
        }
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }

  /** The last weapon system named before token {@code token} of a sentence, looking back {@code sentencesBack} sentences. */
  Optional<Mention.WeaponMention> lastWeaponBefore(int sentence, int token, int sentencesBack) {
    for (int k = sentence; k >= 0 && k >= sentence - sentencesBack; k--) {
      Mention.WeaponMention last = null;
      for (Mention m : mentions.get(k)) {
        if (m instanceof Mention.WeaponMention w && (k < sentence || m.to() <= token)) {
          last = w;
        }
      }
      if (last != null) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  /** The state the article names most, persons' and institutions' included, if it names any. */
  Optional<Country> topState() {
    return top;
  }

  /** The pair "les deux pays" refers to: the article's main pair. */
  Optional<ImmutableSet<Country>> bothCountries() {
    return dyad.map(p -> Sets.immutableEnumSet(p.first(), p.second()));
  }

  /** Whether tokens {@code [from, to)} say "the two countries" ("les deux pays", "les deux parties"). */
  boolean mentionsBoth(int sentence, int from, int to) {
    List<Token> t = sentences.get(sentence).tokens();
    for (int i = Math.max(0, from); i + 1 < Math.min(to, t.size()); i++) {
      if (t.get(i).is("deux")
          && (t.get(i + 1).is("pays") || t.get(i + 1).is("parties") || t.get(i + 1).is("etats")
              || t.get(i + 1).is("dirigeants") || t.get(i + 1).is("puissances") || t.get(i + 1).is("nations")
              || t.get(i + 1).is("hommes") || t.get(i + 1).is("capitales") || t.get(i + 1).is("armees")
              || t.get(i + 1).is("ministeres") || t.get(i + 1).is("gouvernements") || t.get(i + 1).is("delegations")
              || t.get(i + 1).is("chefs") || t.get(i + 1).is("presidents") || t.get(i + 1).is("forces")
              || t.get(i + 1).is("marines") || t.get(i + 1).is("ministres") || t.get(i + 1).is("allies")
              || t.get(i + 1).is("voisins") || t.get(i + 1).is("partenaires"))) {
        return true;
      }
      if (t.get(i).is("bilateral") || t.get(i).is("bilaterale") || t.get(i).is("bilaterales") || t.get(i).is("bilateraux")
          || t.get(i).is("mutuel") || t.get(i).is("mutuelle") || t.get(i).is("conjointe") || t.get(i).is("conjoints")) {
        return true;
      }
    }
    return false;
  }
}
