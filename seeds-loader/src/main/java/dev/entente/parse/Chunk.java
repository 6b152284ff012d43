package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;

/**
 * A basic phrase of a sentence, tokens {@code [from, to)}: a noun phrase with its preposition, a
 * verb group with its auxiliaries, clitics and negation, or a marker (a conjunction, a relative
 * pronoun, a punctuation mark, an adverb). Branch with {@code instanceof} patterns.
 */
sealed interface Chunk permits Chunk.Nominal, Chunk.Verbal, Chunk.Marker {

  int from();

  int to();

  /** What a noun phrase's determiner says of it. */
  enum Determiner {
    NONE,
    DEFINITE,
    INDEFINITE,
    DEMONSTRATIVE,
    POSSESSIVE,
    OTHER
  }

  /**
   * A noun phrase: "à l'armée malienne", "quatre hélicoptères de combat Mi-35M", "il".
   *
   * @param from its first token, the preposition's if it has one
   * @param to the token after its last
   * @param head the first token of its nominal core, after preposition, determiner and quantity
   * @param marker its preposition as a role marker ("à", "de", "par", "auprès de"); empty when it
   *     has none (a subject or a direct object)
   * @param determiner what its determiner says
   * @param quantity the number it gives ("quatre", "une vingtaine de", "100.000"), if any
   * @param pronoun whether it is a subject pronoun ("il", "ce dernier")
   */
  record Nominal(int from, int to, int head, String marker, Determiner determiner, OptionalInt quantity, boolean pronoun)
      implements Chunk {

    /** Whether it has no preposition: a possible subject or direct object. */
    boolean isBare() {
      return marker.isEmpty();
    }
  }

  /** How a verb group relates its subject to the action. */
  enum Voice {
    /** "la Russie a livré": the subject acts. */
    ACTIVE,
    /** "ont été livrés par la Russie": the subject undergoes, "par" names who acts. */
    PASSIVE,
    /** "s'est doté de", "se sont entendus": a pronominal verb. */
    PRONOMINAL,
    /** "a fait livrer": the subject has someone else act. */
    CAUSATIVE,
    /** "s'est fait livrer par la Turquie": the subject has something done to or for it. */
    CAUSATIVE_PASSIVE
  }

  /** When a verb group places its action, as French tenses and moods say it. */
  enum Time {
    PAST,
    PRESENT,
    FUTURE,
    /** The conditional: reported, wished or uncertain ("achèterait", "aurait livré"). */
    CONDITIONAL,
    /** An infinitive, a participle or a gerund on its own. */
    NONE
  }

  /** Whether a verb group is negated. */
  enum Polarity {
    AFFIRMATIVE,
    NEGATIVE,
    /** "n'a pas encore livré": not yet, which still says it will. */
    NOT_YET
  }

  /** The form of a verb group's first verb. */
  enum Form {
    FINITE,
    INFINITIVE,
    /** A past participle without an auxiliary: "les avions livrés", "Reçu en grande pompe". */
    PARTICIPLE,
    GERUND
  }

  /**
   * A verb group: "n'a pas encore été livré", "souhaite acquérir", "s'est fait livrer",
   * "déclare-t-il", "pour acheter".
   *
   * @param from its first token
   * @param to the token after its last
   * @param main the token of its lexical verb
   * @param lemma the folded lemma of its lexical verb ("livrer", "acquerir")
   * @param chain the folded lemmas of the verbs before the lexical one, auxiliaries "avoir" and "être"
   *     excepted: modals and verbs of will or aspect ("devoir", "souhaiter", "aller")
   * @param voice its voice
   * @param time its tense, read from its first verb and its auxiliaries
   * @param polarity whether it is negated
   * @param form the form of its first verb
   * @param introducer the preposition before an infinitive or a gerund ("pour", "de", "en"), or
   *     empty
   * @param invertedPronoun the token of a subject pronoun after the verb ("a-t-il"), or -1
   * @param plural whether its finite verb is plural
   */
  record Verbal(
      int from,
      int to,
      int main,
      String lemma,
      ImmutableList<String> chain,
      Voice voice,
      Time time,
      Polarity polarity,
      Form form,
      String introducer,
      int invertedPronoun,
      boolean plural)
      implements Chunk {

    /** Whether {@code lemma} is the lexical verb or one of the verbs before it. */
    boolean involves(String lemma) {
      return this.lemma.equals(lemma) || chain.contains(lemma);
    }
  }

  /**
   * Anything else: a conjunction, a relative pronoun, a punctuation mark, a quotation mark, an
   * adverb.
   *
   * @param from its first token
   * @param to the token after its last
   * @param tag its class
   */
  record Marker(int from, int to, Tag tag) implements Chunk {}
}
