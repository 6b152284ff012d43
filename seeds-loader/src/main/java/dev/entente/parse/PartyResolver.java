package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.Person;
import dev.entente.parse.Chunk.Nominal;
import dev.entente.parse.Clause.Argument;
import dev.entente.parse.Mention.OrgMention;
import dev.entente.parse.Mention.PersonMention;
import dev.entente.parse.Mention.StateMention;
import dev.entente.text.FrenchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads who a noun phrase names as acting. A person or an organization it names wins; then a state
 * it names ("la Russie", "Moscou", "le Kremlin"); then a state adjective or a "de" + state when the
 * phrase's head is a noun of those who act for states ("l'armée russe", "les autorités de Bamako",
 * "un responsable pakistanais", {@code lexicon/agent-nouns.txt}), while on a goods noun the
 * adjective only gives the goods' origin ("des chasseurs russes"). "Les deux pays" are the pair the
 * article last named together; "il" and "elle" the last person named.
 */
final class PartyResolver {

  /** "Les deux dirigeants", "les deux hommes": two persons, not two states. */
  private static final ImmutableSet<String> PERSON_PAIRS =
      ImmutableSet.of("dirigeants", "hommes", "presidents", "ministres", "chefs", "leaders", "responsables");
  /** How many sentences back a pronoun or "les deux pays" looks for what it refers to. */
  private static final int LOOK_BACK = 3;

  /** Kinds of titles that name one person ("le président russe"), not a body or an unnamed official. */
  private static final ImmutableSet<String> PERSONAL_KINDS =
      ImmutableSet.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "MINISTER", "DEPUTY_MINISTER", "DIPLOMAT", "MILITARY", "SPOKESPERSON");
  /** Heads of the "OTHER" kind that still name one person: "le dirigeant chinois", "le chef de l'État". */
  private static final ImmutableSet<String> PERSONAL_HEADS = ImmutableSet.of("dirigeant", "dirigeante", "chef", "cheffe", "leader", "patron");

  private final ImmutableSet<String> agentNouns;
  private final ImmutableSet<String> companyNouns;
  private final ImmutableSet<String> personalTitles;
  private final ImmutableSet<String> impersonalVerbs;

  /**
   * Builds a resolver from the agent nouns, the titles ({@code lexicon/titles.tsv}: the first
   * word of a title of a personal kind names one person) and the verbs whose "il" is no one
   * ({@code lexicon/impersonal-verbs.txt}).
   */
  PartyResolver(ImmutableList<LexiconLine> agentNouns, ImmutableList<LexiconLine> titles,
      ImmutableList<LexiconLine> impersonalVerbs, ImmutableList<LexiconLine> companyNouns) {
    this.impersonalVerbs = LexiconLine.foldedWords(impersonalVerbs);
    this.companyNouns = LexiconLine.foldedWords(companyNouns);
    this.agentNouns = LexiconLine.foldedWords(agentNouns);
    ImmutableSet.Builder<String> personal = ImmutableSet.builder();
    for (LexiconLine line : titles) {
      String[] f = line.fields(2);
      if (PERSONAL_KINDS.contains(f[1].strip())) {
        personal.add(FrenchText.fold(f[0].strip().split("[ '-]")[0]));
      }
    }
    personal.addAll(PERSONAL_HEADS);
    this.personalTitles = personal.build();
  }

  /** Returns the parties chunk {@code chunk} names: none, one, or several ("les deux pays", "sino-russes"). */
  ImmutableList<Party> partiesOf(ArticleContext context, SentenceStructure s, int chunk) {
    if (!(s.chunk(chunk) instanceof Nominal n)) {
      return ImmutableList.of();
    }
    int sentence = s.sentence().index();
    if (n.pronoun()) {
      return pronoun(context, s, n);
    }
    if (context.mentionsBoth(sentence, n.from(), n.to())) {
      String noun = n.head() + 1 < s.sentence().tokens().size() ? s.sentence().tokens().get(n.head() + 1).folded() : "";
      if (PERSON_PAIRS.contains(noun) || PERSON_PAIRS.contains(s.sentence().tokens().get(n.head()).folded())) {
        ImmutableList<Person> two = context.lastTwoPersonsBefore(sentence, n.from());
        if (two.size() == 2) {
          return ImmutableList.of(Party.of(two.get(0)), Party.of(two.get(1))); // "les deux dirigeants"
        }
      }
      return context.pairBefore(sentence).map(p -> ImmutableList.of(Party.of(p.first()), Party.of(p.second())))
          .orElse(ImmutableList.of());
    }
    List<Party> found = new ArrayList<>();
    boolean agentive = isAgentive(s, n);
    for (Mention m : context.outerMentions(sentence, n.head(), n.to())) {
      if (m instanceof PersonMention p) {
        return ImmutableList.of(Party.of(p.person()));
      }
      if (m instanceof OrgMention o) {
        return ImmutableList.of(Party.of(o.organization()));
      }
      if (m instanceof StateMention st) {
        boolean named = st.form() == StateForm.NAME || st.form() == StateForm.CAPITAL || st.form() == StateForm.SEAT;
        boolean demonym = m.from() == n.head() && s.sentence().tokens().get(m.from()).capitalized();
        if (named || demonym) {
          st.countries().forEach(c -> found.add(Party.of(c)));
        } else if (agentive) {
          st.countries().forEach(c -> found.add(Party.unnamedOf(c)));
        }
      }
    }
    if (!found.isEmpty()) {
      return titled(context, s, n, found);
    }
    if (agentive) {
      // "le président de la Russie", "les forces armées du Mali", "le porte-parole du ministère"
      // "les forces navales de la Russie et de la Chine": every state of the complements
      List<Party> unnamed = new ArrayList<>();
      for (Argument a : s.complementsOf(chunk)) {
        if (!a.marker().equals("de") || s.nominal(a.chunk()).pronoun()) {
          break; // a pronoun here would start the search for what it refers to over, without end
        }
        List<Party> of = new ArrayList<>(partiesOf(context, s, a.chunk()));
        if (of.isEmpty()) {
          // "les armées de l'air pakistanaise et chinoise": the adjectives of the complement
          Nominal c = s.nominal(a.chunk());
          for (Mention m : context.outerMentions(sentence, c.head(), c.to())) {
            if (m instanceof StateMention st && st.form() == StateForm.ADJ) {
              st.countries().forEach(x -> of.add(Party.unnamedOf(x)));
            }
          }
        }
        for (Party p : of) {
          Party q = p.actor() instanceof dev.entente.model.State ? Party.unnamedOf(p.country().get()) : p;
          if (!unnamed.contains(q)) {
            unnamed.add(q);
          }
        }
      }
      if (!unnamed.isEmpty()) {
        return titled(context, s, n, unnamed);
      }
      if (n.determiner() == Chunk.Determiner.DEMONSTRATIVE) {
        return agentBefore(context, s, chunk); // "a précisé ce responsable": the official named before
      }
    }
    return ImmutableList.of();
  }

  /**
   * The person a personal title names, when the article has one with that title or is about one
   * compatriot: "le président russe" is the Vladimir Poutine the article introduced, "le secrétaire
   * du Conseil de sécurité russe" the person whose role the article worded so. Otherwise the
   * parties as found.
   */
  private ImmutableList<Party> titled(ArticleContext context, SentenceStructure s, Nominal n, List<Party> found) {
    if (found.size() != 1 || !(found.get(0).unnamed() || found.get(0).actor() instanceof dev.entente.model.Organization)
        || found.get(0).country().isEmpty()) {
      return ImmutableList.copyOf(found);
    }
    String head = s.sentence().tokens().get(n.head()).folded();
    if (!personalTitles.contains(head)) {
      return ImmutableList.copyOf(found);
    }
    Optional<Person> person = context.compatriot(found.get(0).country().get(), head, s.sentence().index());
    return person.isPresent() ? ImmutableList.of(Party.of(person.get())) : ImmutableList.copyOf(found);
  }

  /** The party of the nearest official or body named before chunk {@code chunk}, this sentence or the one before. */
  private ImmutableList<Party> agentBefore(ArticleContext context, SentenceStructure s, int chunk) {
    int index = s.sentence().index();
    for (int sentence = index; sentence >= 0 && sentence >= index - 1; sentence--) {
      SentenceStructure t = context.structure(sentence);
      int from = sentence == index ? chunk - 1 : t.chunks().size() - 1;
      for (int k = from; k >= 0; k--) {
        if (t.chunk(k) instanceof Nominal n && !n.pronoun() && n.determiner() != Chunk.Determiner.DEMONSTRATIVE && isAgentive(t, n)) {
          ImmutableList<Party> parties = partiesOf(context, t, k);
          if (parties.size() == 1 && parties.get(0).country().isPresent()) {
            return parties;
          }
        }
      }
    }
    return ImmutableList.of();
  }

  /** Returns the first party chunk {@code chunk} names. */
  Optional<Party> partyOf(ArticleContext context, SentenceStructure s, int chunk) {
    ImmutableList<Party> all = partiesOf(context, s, chunk);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Returns the state a goods phrase says its goods come from: "des chasseurs russes", "de fabrication chinoise". */
  Optional<Country> originOf(ArticleContext context, SentenceStructure s, int chunk) {
    if (!(s.chunk(chunk) instanceof Nominal n)) {
      return Optional.empty();
    }
    int sentence = s.sentence().index();
    if (isAgentive(s, n)) {
      return Optional.empty(); // "de l'armée pakistanaise" names a buyer, not where goods come from
    }
    for (Mention m : context.outerMentions(sentence, n.head(), n.to())) {
      if (m instanceof StateMention st && st.form() == StateForm.ADJ && st.countries().size() == 1) {
        return Optional.of(st.countries().get(0));
      }
    }
    for (Argument a : s.complementsOf(chunk)) {
      if (!a.marker().equals("de") && !a.marker().equals("en provenance de")) {
        break;
      }
      Nominal c = s.nominal(a.chunk());
      String head = s.sentence().tokens().get(c.head()).folded();
      if (a.marker().equals("en provenance de") || head.equals("fabrication") || head.equals("origine") || head.equals("conception")
          || head.equals("facture") || head.equals("production")) {
        for (Mention m : context.outerMentions(sentence, c.head(), c.to())) {
          if (m instanceof StateMention st && st.countries().size() == 1) {
            return Optional.of(st.countries().get(0));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The parties of the nearest subject before chunk {@code chunk} that agrees with a pronoun in
   * number ({@code plural} for "ils", "elles"): the clauses of its sentence from the nearest back,
   * then those of the sentence before, its main clauses first. Empty when none agrees.
   */
  private ImmutableList<Party> subjectBefore(ArticleContext context, SentenceStructure s, int chunk, boolean plural, int depth) {
    boolean pronounQuoted = chunk >= 0 && chunk < s.chunks().size() && s.isQuoted(s.chunk(chunk).from());
    for (int k = s.clauses().size() - 1; k >= 0; k--) {
      Clause c = s.clauses().get(k);
      if (c.verb() < chunk && !c.subject().isEmpty() && c.subject().get(0) < chunk && c.subjectSource() != Clause.SubjectSource.INHERITED
          && (pronounQuoted || !isQuoted(s, c))) {
        ImmutableList<Party> parties = named(context, s, c.subject(), depth);
        if (!parties.isEmpty() && (parties.size() > 1) == plural) {
          return parties;
        }
      }
    }
    int index = s.sentence().index();
    if (index == 0) {
      return ImmutableList.of();
    }
    SentenceStructure previous = context.structure(index - 1);
    for (boolean main : new boolean[] {true, false}) {
      for (int k = previous.clauses().size() - 1; k >= 0; k--) {
        Clause c = previous.clauses().get(k);
        if ((c.kind() == Clause.Kind.MAIN) == main && previous.verbOf(c).form() == Chunk.Form.FINITE && !c.subject().isEmpty()
            && c.subjectSource() != Clause.SubjectSource.INHERITED && (pronounQuoted || !isQuoted(previous, c))) {
          ImmutableList<Party> parties = named(context, previous, c.subject(), depth);
          if (!parties.isEmpty() && (parties.size() > 1) == plural) {
            return parties;
          }
        }
      }
    }
    return ImmutableList.of();
  }

  /**
   * Whether a clause is quoted speech while the pronoun is not: the subject of "« Les soldats
   * britanniques respecteront le droit kényan », a-t-elle assuré" is no antecedent of "elle".
   */
  private static boolean isQuoted(SentenceStructure s, Clause c) {
    return s.isQuoted(s.chunk(c.verb()).from());
  }

  /**
   * The parties of subject chunks; a pronoun among them is what it refers to in turn ("Ils ont
   * évoqué ..., dont ils ont indiqué": the second "ils" is the first's), {@code depth} pronouns deep.
   */
  private ImmutableList<Party> named(ArticleContext context, SentenceStructure s, List<Integer> chunks, int depth) {
    ImmutableList.Builder<Party> out = ImmutableList.builder();
    for (int c : chunks) {
      if (s.chunk(c) instanceof Nominal n && !n.pronoun()) {
        out.addAll(partiesOf(context, s, c));
      } else if (s.chunk(c) instanceof Nominal n && depth < PRONOUN_CHAIN) {
        out.addAll(pronoun(context, s, s.sentence().tokens().get(n.head()).folded(), c, n.head(), depth + 1));
      }
    }
    return out.build();
  }

  /** How many pronouns in a row one pronoun may go back through to its antecedent. */
  private static final int PRONOUN_CHAIN = 3;

  /** Whether the phrase's head is a noun of those who act for a state. */
  /**
   * Whether noun phrase {@code chunk} names a company: its head is a company noun ("le groupe
   * pétrolier TotalEnergies", "le constructeur Airbus"), or a state adjective used as a noun before a
   * name ("l'allemand Siemens", "le chinois BYD").
   */
  boolean namesCompany(ArticleContext context, SentenceStructure s, int chunk) {
    if (!(s.chunk(chunk) instanceof Nominal n) || n.pronoun() || n.head() < 0) {
      return false;
    }
    List<Token> t = s.sentence().tokens();
    if (companyNouns.contains(t.get(n.head()).folded())) {
      return true;
    }
    for (Mention m : context.outerMentions(s.sentence().index(), n.from(), n.to())) {
      if (m instanceof StateMention st && st.form() == StateForm.ADJ && m.from() == n.head() && !t.get(m.from()).capitalized()
          && m.to() < n.to() && t.get(m.to()).capitalized()) {
        return true;
      }
    }
    return false;
  }

  boolean isAgentive(SentenceStructure s, Nominal n) {
    List<Token> t = s.sentence().tokens();
    if (n.head() < 0 || n.head() >= t.size()) {
      return false;
    }
    int h = n.head();
    if (h + 2 < t.size() && h + 2 < n.to() && t.get(h + 1).is("-") && t.get(h + 2).isWord() && t.get(h + 1).start() == t.get(h).end()) {
      return isAgentNoun(t.get(h).folded() + "-" + t.get(h + 2).folded()) || isAgentNoun(t.get(h + 2).folded()); // "les vice-ministres"
    }
    return isAgentNoun(t.get(h).folded());
  }

  private boolean isAgentNoun(String head) {
    return agentNouns.contains(head) || head.length() > 3 && (head.endsWith("s") || head.endsWith("x"))
        && agentNouns.contains(head.substring(0, head.length() - 1)); // "les marines", "des contingents"
  }

  /**
   * "il", "elle": the subject of the nearest clause before that has one (in this sentence, else the
   * previous one's main clause), else the last person named; "ils": that subject if plural, else
   * the pair last named together.
   */
  private ImmutableList<Party> pronoun(ArticleContext context, SentenceStructure s, Nominal n) {
    return pronoun(context, s, s.sentence().tokens().get(n.head()).folded(), s.chunkAt(n.head()), n.head());
  }

  /** What a subject pronoun at chunk {@code chunk} refers to: "il" of "a-t-il déclaré" as much as a pronoun before a verb. */
  ImmutableList<Party> pronoun(ArticleContext context, SentenceStructure s, String word, int chunk, int token) {
    return pronoun(context, s, word, chunk, token, 0);
  }

  private ImmutableList<Party> pronoun(ArticleContext context, SentenceStructure s, String word, int chunk, int token, int depth) {
    int sentence = s.sentence().index();
    if (word.equals("il") && impersonal(s, chunk, token)) {
      return ImmutableList.of();
    }
    boolean plural = word.equals("ils") || word.equals("elles") || word.equals("eux");
    ImmutableList<Party> antecedent = subjectBefore(context, s, chunk, plural, depth);
    if (!antecedent.isEmpty()) {
      return antecedent;
    }
    if (word.equals("il") || word.equals("elle") || word.equals("lui") || word.equals("dernier") || word.equals("derniere")) {
      Optional<Person> person = context.lastPersonBefore(sentence, token, LOOK_BACK);
      if (person.isPresent()) {
        return ImmutableList.of(Party.of(person.get()));
      }
    }
    if (plural) {
      // "Poutine et Modi ... Ils ont évoqué": the two persons last named, else the two states
      ImmutableList<Person> two = context.lastTwoPersonsBefore(sentence, token);
      if (two.size() == 2) {
        return ImmutableList.of(Party.of(two.get(0)), Party.of(two.get(1)));
      }
      return context.pairBefore(sentence).map(p -> ImmutableList.of(Party.of(p.first()), Party.of(p.second())))
          .orElse(ImmutableList.of());
    }
    return ImmutableList.of();
  }

  /**
   * Whether the "il" at {@code token} stands for no one: the subject of an impersonal verb ("il
   * faut noter", "il s'agit de"), of "il y a", or of "il est" with an adjective and "que" or
   * "de" ("il est clair que").
   */
  private boolean impersonal(SentenceStructure s, int chunk, int token) {
    ImmutableList<Token> t = s.sentence().tokens();
    for (int c = chunk + 1; c < s.chunks().size() && c <= chunk + 2; c++) {
      if (!(s.chunk(c) instanceof Chunk.Verbal v)) {
        continue;
      }
      if (v.invertedPronoun() >= 0 && v.invertedPronoun() != token) {
        return false;
      }
      String first = v.chain().isEmpty() ? v.lemma() : v.chain().get(0);
      if (impersonalVerbs.contains(first) || first.equals("agir") && v.voice() == Chunk.Voice.PRONOMINAL) {
        return true;
      }
      boolean y = false;
      for (int i = token + 1; i < v.main(); i++) {
        y |= t.get(i).is("y");
      }
      if (y && first.equals("avoir")) {
        return true; // "il y a", "il y aura"
      }
      return Tagger.isEtre(first) && v.to() + 1 < t.size()
          && (t.get(v.to() + 1).is("que") || t.get(v.to() + 1).is("de") || t.get(v.to() + 1).is("d"));
    }
    return false;
  }
}
