package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.parse.Chunk.Determiner;
import dev.entente.parse.Chunk.Form;
import dev.entente.parse.Chunk.Polarity;
import dev.entente.parse.Chunk.Time;
import dev.entente.parse.Chunk.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Groups tagged units into chunks. A noun phrase is a preposition, determiners, a quantity and a
 * nominal core ("à l'armée malienne", "une vingtaine de nouveaux avions de combat Su-35"); a "de"
 * that does not follow a quantity starts a phrase of its own, so "la livraison" and "de quatre
 * S-400" are two phrases the clause layer can attach. A verb group is a negation, clitics,
 * auxiliaries, modals, the lexical verb, an inverted subject pronoun and the negation's tail
 * ("ne les a pas encore livrés", "souhaite acquérir", "a-t-il ajouté"), with its voice, tense and
 * polarity; an infinitive keeps the preposition that introduces it ("pour acheter").
 *
 * <p>Expects the units of {@link Tagger}. Guarantees chunks that cover every unit once, in order.
 * Linear time.
 */
final class Chunker {

  /** Verbs that make the verb after them causative: "a fait livrer", "s'est fait livrer". */
  private static final ImmutableSet<String> CAUSATIVES = ImmutableSet.of("faire", "laisser");
  /** Adverbs that grade an adjective inside a noun phrase: "une force très rapide", "des missiles plus précis". */
  private static final ImmutableSet<String> INTENSIFIERS =
      ImmutableSet.of("tres", "plus", "moins", "si", "aussi", "trop", "assez", "particulierement", "extremement", "hautement",
          "relativement");
  /** The words that make a "ne" without "pas" a negation: "aucun accord n'a été signé". */
  private static final ImmutableSet<String> NEGATIVE_WORDS = ImmutableSet.of("aucun", "aucune", "nul", "nulle", "ni");
  /** How many units from the verb group a negative word may stand. */
  private static final int NEGATIVE_REACH = 6;
  private static final ImmutableSet<String> SUBJECT_PRONOUNS =
      ImmutableSet.of("il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu");

  private final Quantities quantities;
  private final VerbLexicon verbLexicon;
  private final ImmutableSet<String> prenominal;

  /**
   * Builds a chunker from its quantity reader, its verbs and the adjectives that come before
   * their noun ({@code lexicon/prenominal-adjectives.txt}: "un nouveau lot", "le premier contrat").
   */
  Chunker(Quantities quantities, VerbLexicon verbLexicon, ImmutableList<LexiconLine> prenominal) {
    this.quantities = quantities;
    this.verbLexicon = verbLexicon;
    this.prenominal = LexiconLine.foldedWords(prenominal);
  }

  /** Returns the chunks of a sentence's units. */
  ImmutableList<Chunk> chunk(Sentence sentence, List<Unit> units) {
    List<Token> t = sentence.tokens();
    List<Chunk> chunks = new ArrayList<>();
    int u = 0;
    while (u < units.size()) {
      int next = verbalAt(units, u, t, chunks);
      if (next > u) {
        u = next;
        continue;
      }
      next = nominalAt(units, u, t, chunks);
      if (next > u) {
        u = next;
        continue;
      }
      Unit unit = units.get(u);
      chunks.add(new Chunk.Marker(unit.from(), unit.to(), unit.tag()));
      u++;
    }
    return ImmutableList.copyOf(chunks);
  }

  // ---- noun phrases ----

  private int nominalAt(List<Unit> units, int start, List<Token> t, List<Chunk> out) {
    int u = start;
    String marker = "";
    Determiner determiner = Determiner.NONE;
    Unit first = units.get(u);
    if (first.tag() == Tag.PRONOUN) {
      out.add(new Chunk.Nominal(first.from(), first.to(), first.from(), "", Determiner.NONE, OptionalInt.empty(), true));
      return u + 1;
    }
    if (first.tag() == Tag.PREP || first.tag() == Tag.PREP_DET) {
      marker = first.feature();
      if (first.tag() == Tag.PREP_DET) {
        determiner = Determiner.DEFINITE;
      }
      u = skipGlue(units, u + 1);
      if (u < units.size() && units.get(u).tag() == Tag.PRONOUN) {
        Unit p = units.get(u); // "selon lui", "avec elle"
        out.add(new Chunk.Nominal(first.from(), p.to(), p.from(), marker, Determiner.NONE, OptionalInt.empty(), true));
        return u + 1;
      }
      if (u < units.size() && units.get(u).tag() == Tag.CLITIC && (units.get(u).to() == units.get(u).from() + 1)
          && isPronounWord(t.get(units.get(u).from()))) {
        Unit p = units.get(u);
        out.add(new Chunk.Nominal(first.from(), p.to(), p.from(), marker, Determiner.NONE, OptionalInt.empty(), true));
        return u + 1;
      }
    }
    while (u < units.size() && units.get(u).tag() == Tag.DET) {
      determiner = determiner(units.get(u).feature());
      u = skipGlue(units, u + 1);
    }
    int quantityFrom = -1;
    int quantityTo = -1;
    boolean quantified = false;
    while (u < units.size() && (units.get(u).tag() == Tag.QUANT || units.get(u).tag() == Tag.NUMBER
        || units.get(u).tag() == Tag.GLUE && quantityFrom >= 0
        || isNumberJoiner(units, u, t, quantityFrom))
        && !(quantityFrom >= 0 && units.get(u).tag() == Tag.NUMBER && DateFinder.isYear(t.get(quantityTo - 1)))) {
      // "en 2023 quatre S-400": a year ends the number, the count starts a phrase of its own
      Unit q = units.get(u);
      quantified |= q.tag() == Tag.QUANT;
      if (q.tag() == Tag.NUMBER || q.tag() == Tag.GLUE || q.tag() == Tag.COORD) {
        if (quantityFrom < 0) {
          quantityFrom = q.from();
        }
        quantityTo = q.to();
      }
      u++;
      // "une vingtaine de", "des centaines d'", "plus de", "près de": the "de" joins what is counted
      if (u < units.size() && units.get(u).tag() == Tag.PREP && "de".equals(units.get(u).feature())
          && (q.tag() == Tag.QUANT || isQuantityNoun(t, q))) {
        u = skipGlue(units, u + 1);
      }
    }
    int head = u < units.size() ? units.get(u).from() : -1;
    int coreEnd = u;
    while (coreEnd < units.size() && isCore(t, units, coreEnd)) {
      coreEnd++;
    }
    boolean hasCore = coreEnd > u;
    if (!hasCore && quantityFrom < 0) {
      return start;
    }
    if (!hasCore) {
      head = quantityFrom; // "en 2018", "plus de 300"
    }
    for (int h = u; h + 1 < coreEnd && prenominal.contains(t.get(units.get(h).from()).folded())
        && units.get(h + 1).tag() == Tag.NOUN; h++) {
      head = units.get(h + 1).from(); // "un nouveau lot", "les deux premiers contrats": the noun after the adjective
    }
    int to = units.get(coreEnd - 1).to();
    OptionalInt quantity = quantityFrom >= 0 ? quantities.read(t, quantityFrom, quantityTo) : OptionalInt.empty();
    if (quantity.isEmpty() && determiner == Determiner.INDEFINITE && hasCore && isSingularIndefinite(t, units.get(start))) {
      quantity = OptionalInt.of(1); // "un hélicoptère de type Mi-35"
    }
    if (quantityFrom >= 0 && !hasCore && !quantified && !isPartitive(units, u, t, quantityTo)) {
      quantity = OptionalInt.empty(); // a bare number is a date or an amount; "environ 600" is a count
    }
    out.add(new Chunk.Nominal(units.get(start).from(), to, head, marker, determiner, quantity, false));
    return coreEnd;
  }

  private static boolean isPronounWord(Token token) {
    return token.is("lui") || token.is("elle") || token.is("eux") || token.is("elles") || token.is("nous") || token.is("vous");
  }

  /** "vingt et un": an "et" between two number words is part of the number. */
  /**
   * Whether the bare number that ends before unit {@code u} counts the phrase after it: "116 de
   * ces blindés", "deux des frégates", "trois d'entre eux"; a year never does ("en 2015 de
   * nouveaux contrats").
   */
  private static boolean isPartitive(List<Unit> units, int u, List<Token> t, int quantityTo) {
    if (u >= units.size() || DateFinder.isYear(t.get(quantityTo - 1))) {
      return false;
    }
    Unit next = units.get(u);
    return (next.tag() == Tag.PREP || next.tag() == Tag.PREP_DET) && "de".equals(next.feature());
  }

  private static boolean isNumberJoiner(List<Unit> units, int u, List<Token> t, int quantityFrom) {
    return quantityFrom >= 0 && units.get(u).tag() == Tag.COORD && t.get(units.get(u).from()).is("et")
        && u + 1 < units.size() && units.get(u + 1).tag() == Tag.NUMBER
        && !t.get(units.get(u + 1).from()).isNumber();
  }

  private static boolean isSingularIndefinite(List<Token> t, Unit start) {
    for (int k = start.from(); k < start.to() + 2 && k < t.size(); k++) {
      if (t.get(k).is("un") || t.get(k).is("une")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuantityNoun(List<Token> t, Unit u) {
    String f = t.get(u.to() - 1).folded();
    return f.endsWith("aine") || f.endsWith("aines") || f.equals("millier") || f.equals("milliers") || f.startsWith("million")
        || f.startsWith("milliard") || f.equals("douzaine");
  }

  /** Whether unit {@code u} continues a noun phrase's core. */
  private static boolean isCore(List<Token> t, List<Unit> units, int u) {
    Tag tag = units.get(u).tag();
    if (tag == Tag.NOUN || tag == Tag.NAME) {
      return true;
    }
    if ((tag == Tag.COORD || tag == Tag.PUNCT && units.get(u).to() == units.get(u).from() + 1)
        && u > 0 && u + 1 < units.size() && isStateAdjective(units.get(u - 1)) && isStateAdjective(units.get(u + 1))) {
      return true; // "les forces spéciales russes et pakistanaises", "des contingents chinois, indiens, mongols et syriens"
    }
    if (tag == Tag.PARTICIPLE && u > 0 && u + 1 < units.size()
        && (units.get(u - 1).tag() == Tag.NOUN || units.get(u - 1).tag() == Tag.NAME && units.get(u - 1).mention().isEmpty())
        && (units.get(u + 1).tag() == Tag.NOUN || units.get(u + 1).tag() == Tag.NAME)) {
      return true; // an adjective inside the phrase: "les forces armées kirghizes", "les Forces armées royales"
    }
    if (tag == Tag.NUMBER) {
      // "Shaheen 7", "Zapad 81": a number closing a name; "la Turquie deux drones" starts a new phrase
      boolean nextNominal = u + 1 < units.size() && (units.get(u + 1).tag() == Tag.NOUN || units.get(u + 1).tag() == Tag.NAME
          || units.get(u + 1).tag() == Tag.NUMBER);
      boolean compoundWord = t.get(units.get(u).from()).isWord() && u + 2 < units.size() && units.get(u + 1).tag() == Tag.GLUE
          && units.get(u + 2).tag() == Tag.NUMBER;
      if (compoundWord) {
        return false; // "à la France dix-huit canons": a number written in words starts the next phrase
      }
      return u > 0 && units.get(u - 1).tag() == Tag.NAME && !nextNominal;
    }
    if (tag == Tag.GLUE) {
      // a hyphen or an apostrophe inside a name: "Jean-Yves", "O'Brien", "lance-roquettes"
      return u > 0 && u + 1 < units.size() && (units.get(u - 1).tag().isNominal())
          && (units.get(u + 1).tag().isNominal() || units.get(u + 1).tag() == Tag.NUMBER);
    }
    if (tag == Tag.ADV) {
      // "les plus grandes manœuvres", "très sophistiqués" inside a phrase; "la force de réaction très rapide"
      boolean next = u + 1 < units.size() && units.get(u + 1).tag() == Tag.NOUN;
      return next && u > 0 && (units.get(u - 1).tag() == Tag.DET
          || units.get(u - 1).tag() == Tag.NOUN && units.get(u).to() == units.get(u).from() + 1 && INTENSIFIERS.contains(t.get(units.get(u).from()).folded()));
    }
    return false;
  }

  private static boolean isStateAdjective(Unit u) {
    return u.mention().isPresent() && u.mention().get() instanceof Mention.StateMention st && st.form() == StateForm.ADJ;
  }

  private static Determiner determiner(String feature) {
    return switch (feature) {
      case "DEFINITE" -> Determiner.DEFINITE;
      case "INDEFINITE" -> Determiner.INDEFINITE;
      case "DEMONSTRATIVE" -> Determiner.DEMONSTRATIVE;
      case "POSSESSIVE" -> Determiner.POSSESSIVE;
      default -> Determiner.OTHER;
    };
  }

  private static int skipGlue(List<Unit> units, int u) {
    while (u < units.size() && units.get(u).tag() == Tag.GLUE) {
      u++;
    }
    return u;
  }

  // ---- verb groups ----

  private int verbalAt(List<Unit> units, int start, List<Token> t, List<Chunk> out) {
    int u = start;
    String introducer = "";
    Unit first = units.get(u);
    if (first.tag() == Tag.PREP && isIntroducer(first.feature())) {
      int k = skipGlue(units, u + 1);
      while (k < units.size() && (units.get(k).tag() == Tag.CLITIC || units.get(k).tag() == Tag.REFLEXIVE
          || units.get(k).tag() == Tag.NEG || units.get(k).tag() == Tag.NEG_TAIL || units.get(k).tag() == Tag.GLUE)) {
        k++;
      }
      if (k < units.size() && (units.get(k).tag() == Tag.INFINITIVE || units.get(k).tag() == Tag.GERUND
          || units.get(k).tag() == Tag.AUX && units.get(k).hasTense(VerbForm.Tense.INFINITIVE))) {
        introducer = first.feature();
        u = skipGlue(units, u + 1);
      } else {
        return start;
      }
    }
    boolean negation = false;
    boolean reflexive = false;
    int verbsFrom = u;
    while (u < units.size() && (units.get(u).tag() == Tag.NEG || units.get(u).tag() == Tag.CLITIC
        || units.get(u).tag() == Tag.REFLEXIVE || units.get(u).tag() == Tag.GLUE)) {
      negation |= units.get(u).tag() == Tag.NEG;
      reflexive |= units.get(u).tag() == Tag.REFLEXIVE;
      u++;
    }
    if (u >= units.size() || !units.get(u).tag().isVerbal()) {
      return start;
    }
    List<Unit> verbs = new ArrayList<>();
    boolean tail = false;
    boolean notYet = false;
    int inverted = -1;
    int end = u;
    while (u < units.size()) {
      Unit unit = units.get(u);
      Tag tag = unit.tag();
      if (tag.isVerbal()) {
        if (!verbs.isEmpty() && !continuesChain(verbs.get(verbs.size() - 1), unit)) {
          break;
        }
        verbs.add(unit);
        u++;
        end = u;
        continue;
      }
      // "a également livré", and before the pronouns of an infinitive: "devrait également se faire livrer"
      if (tag == Tag.NEG_TAIL || tag == Tag.ADV && u + 1 < units.size()
          && (units.get(u + 1).tag().isVerbal() || !verbs.isEmpty() && isChainedInfinitive(units, u + 1))) {
        tail |= tag == Tag.NEG_TAIL && negation;
        u++;
        if (tag == Tag.NEG_TAIL && u < units.size() && units.get(u).tag() == Tag.ADV
            && t.get(units.get(u).from()).is("encore")) {
          notYet = negation;
          u++;
        }
        end = u;
        continue;
      }
      if (tag == Tag.GLUE && t.get(unit.from()).is("-") && u + 1 < units.size()) {
        // "a-t-il", "déclare-t-elle", "peut-on": the subject pronoun after the verb
        int k = u + 1;
        if (t.get(units.get(k).from()).is("t") && k + 2 < units.size() && units.get(k + 1).tag() == Tag.GLUE) {
          k += 2;
        }
        if (k < units.size() && SUBJECT_PRONOUNS.contains(t.get(units.get(k).from()).folded())) {
          inverted = units.get(k).from();
          u = k + 1;
          end = u;
          continue;
        }
        break;
      }
      if (tag == Tag.PREP && ("de".equals(unit.feature()) || "à".equals(unit.feature())) && !verbs.isEmpty()
          && u + 1 < units.size() && isChainedInfinitive(units, u + 1)) {
        u = skipGlue(units, u + 1); // "a décidé de livrer", "envisage d'acquérir": one group, the infinitive's
        reflexive = false; // "s'est engagé à fournir", "s'apprête à livrer": the pronoun was the governing verb's
        continue;
      }
      if ((tag == Tag.CLITIC || tag == Tag.REFLEXIVE) && !verbs.isEmpty() && u + 1 < units.size()
          && units.get(u + 1).tag() == Tag.INFINITIVE) {
        reflexive |= tag == Tag.REFLEXIVE; // "souhaite se doter", "veut les acheter"
        u++;
        continue;
      }
      break;
    }
    if (negation && !tail) {
      // "ne livre pas": the tail after the verb
      while (end < units.size() && (units.get(end).tag() == Tag.NEG_TAIL || units.get(end).tag() == Tag.ADV
          && t.get(units.get(end).from()).is("encore"))) {
        notYet |= t.get(units.get(end).from()).is("encore");
        tail |= units.get(end).tag() == Tag.NEG_TAIL;
        end++;
      }
    }
    if (verbs.isEmpty()) {
      return start;
    }
    boolean negated = negation && (tail || negativeWordNear(t, units, start, end));
    out.add(verbal(units.get(start).from(), units.get(end - 1).to(), verbs, reflexive, negated, notYet, introducer, inverted));
    return end;
  }

  private static boolean isIntroducer(String marker) {
    return switch (marker) {
      case "de", "à", "pour", "sans", "par", "avant", "après", "en" -> true;
      default -> false;
    };
  }

  private static boolean isChainedInfinitive(List<Unit> units, int u) {
    int k = u;
    while (k < units.size() && (units.get(k).tag() == Tag.CLITIC || units.get(k).tag() == Tag.REFLEXIVE || units.get(k).tag() == Tag.GLUE)) {
      k++;
    }
    return k < units.size() && units.get(k).tag() == Tag.INFINITIVE;
  }

  /** Whether {@code next} continues a verb group that ends with {@code last}. */
  private static boolean continuesChain(Unit last, Unit next) {
    Tag a = last.tag();
    Tag b = next.tag();
    if (b == Tag.PARTICIPLE) {
      return a == Tag.AUX || a == Tag.PARTICIPLE && isAuxiliary(last) || a == Tag.INFINITIVE && isAuxiliary(last);
    }
    if (b == Tag.INFINITIVE || b == Tag.AUX && next.hasTense(VerbForm.Tense.INFINITIVE)) {
      return a == Tag.VERB || a == Tag.AUX || a == Tag.INFINITIVE || a == Tag.PARTICIPLE || a == Tag.GERUND;
    }
    return false;
  }

  private static boolean isAuxiliary(Unit u) {
    return Tagger.isAvoir(u.lemma()) || Tagger.isEtre(u.lemma());
  }

  /**
   * Whether a "ne" without "pas" is a negation through a negative word of its clause: "aucun
   * exercice n'est prévu", "ne signera aucun accord", "ne livrera ni chars ni missiles"; the "ne" of
   * "avant qu'il ne soit signé" has none.
   */
  private static boolean negativeWordNear(List<Token> t, List<Unit> units, int start, int end) {
    for (int u = start - 1; u >= 0 && u >= start - NEGATIVE_REACH; u--) {
      Unit unit = units.get(u);
      if (unit.tag() == Tag.PUNCT || unit.tag().isVerbal() || unit.tag() == Tag.RELATIVE || unit.tag() == Tag.SUBORD) {
        break;
      }
      if (NEGATIVE_WORDS.contains(t.get(unit.from()).folded())) {
        return true;
      }
    }
    for (int u = end; u < units.size() && u < end + NEGATIVE_REACH; u++) {
      Unit unit = units.get(u);
      if (unit.tag() == Tag.PUNCT || unit.tag().isVerbal()) {
        break;
      }
      if (NEGATIVE_WORDS.contains(t.get(unit.from()).folded())) {
        return true;
      }
    }
    return false;
  }

  private Chunk.Verbal verbal(
      int from, int to, List<Unit> verbs, boolean reflexive, boolean negated, boolean notYet, String introducer, int inverted) {
    Unit first = verbs.get(0);
    Unit main = verbs.get(verbs.size() - 1);
    ImmutableList.Builder<String> chain = ImmutableList.builder();
    boolean etre = false;
    boolean beenOrAvoir = false;
    boolean causative = false;
    for (int k = 0; k < verbs.size() - 1; k++) {
      Unit v = verbs.get(k);
      String lemma = v.lemma();
      if (Tagger.isEtre(lemma)) {
        etre = true;
      } else if (Tagger.isAvoir(lemma)) {
        beenOrAvoir = true;
      } else {
        chain.add(verbLexicon.foldedLemma(lemma));
        causative |= CAUSATIVES.contains(lemma);
      }
      if (v.tag() == Tag.PARTICIPLE && Tagger.isEtre(lemma)) {
        etre = true; // "a été livré"
      }
    }
    Voice voice;
    if (reflexive && causative) {
      voice = Voice.CAUSATIVE_PASSIVE;
    } else if (causative) {
      voice = Voice.CAUSATIVE;
    } else if (reflexive) {
      voice = Voice.PRONOMINAL;
    } else if (main.tag() == Tag.PARTICIPLE && (etre || verbs.size() == 1) && !isEtreVerb(main)) {
      voice = Voice.PASSIVE;
    } else {
      voice = Voice.ACTIVE;
    }
    Form form = switch (first.tag()) {
      case INFINITIVE -> Form.INFINITIVE;
      case GERUND -> Form.GERUND;
      case PARTICIPLE -> Form.PARTICIPLE;
      default -> first.hasTense(VerbForm.Tense.INFINITIVE) ? Form.INFINITIVE : Form.FINITE;
    };
    Time time = form == Form.FINITE ? time(first, verbs, voice == Voice.PASSIVE) : Time.NONE;
    String lemma = verbLexicon.foldedLemma(main.lemma());
    if (verbs.size() == 1 && (Tagger.isEtre(lemma) || Tagger.isAvoir(lemma))) {
      voice = Voice.ACTIVE; // a copula or "avoir" of possession
    }
    boolean plural = first.verbForms().stream().anyMatch(VerbForm::plural);
    Polarity polarity = notYet ? Polarity.NOT_YET : negated ? Polarity.NEGATIVE : Polarity.AFFIRMATIVE;
    return new Chunk.Verbal(from, to, main.from(), lemma, chain.build(), voice, time, polarity, form, introducer, inverted, plural);
  }

  /** Verbs conjugated with "être" in the active: "est arrivé" is not a passive. */
  private boolean isEtreVerb(Unit main) {
    return main.verbForms().stream().anyMatch(f -> verbLexicon.takesEtre(f.lemma()));
  }

  private static Time time(Unit first, List<Unit> verbs, boolean passive) {
    boolean compound = verbs.size() > 1 && (isAuxiliary(first)) && verbs.get(1).tag() == Tag.PARTICIPLE;
    VerbForm.Tense tense = first.verbForms().isEmpty() ? VerbForm.Tense.PRESENT : dominant(first);
    if (first.lemma().equals("aller") && verbs.size() > 1 && tense == VerbForm.Tense.PRESENT) {
      return Time.FUTURE; // "va livrer"
    }
    switch (tense) {
      case CONDITIONAL:
        return Time.CONDITIONAL;
      case FUTURE:
        return Time.FUTURE;
      case IMPERFECT:
      case SIMPLE_PAST:
        return Time.PAST;
      case PRESENT:
        if (first.lemma().equals("venir") && verbs.size() > 1) {
          return Time.PAST; // "vient de signer"
        }
        return compound && !passive ? Time.PAST : compound && verbs.size() > 2 ? Time.PAST : Time.PRESENT;
      default:
        return Time.PRESENT;
    }
  }

  /** The tense that most readings of an ambiguous finite form agree on, conditional and future first. */
  private static VerbForm.Tense dominant(Unit u) {
    VerbForm.Tense best = u.verbForms().get(0).tense();
    for (VerbForm f : u.verbForms()) {
      if (f.tense() == VerbForm.Tense.CONDITIONAL || f.tense() == VerbForm.Tense.FUTURE) {
        return f.tense();
      }
      if (f.tense() == VerbForm.Tense.PRESENT) {
        best = f.tense();
      }
    }
    return best;
  }
}
