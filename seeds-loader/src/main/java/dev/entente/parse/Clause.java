package dev.entente.parse;

import com.google.common.collect.ImmutableList;

/**
 * One predication of a sentence: a verb group with its subject and its complements, as {@link
 * ClauseAnalyzer} reads them. Chunks are referred to by their index in the sentence's chunk list.
 *
 * @param verb the index of the verb group
 * @param kind where the predication sits
 * @param opener the folded word that opens a subordinate or relative clause ("que", "qui", "si"),
 *     or empty
 * @param subject the indexes of the subject's noun phrases, several when coordinated ("la Russie
 *     et la Chine"); empty when no subject was found or the subject is a pronoun after the verb
 * @param subjectSource where the subject was found
 * @param arguments the complements: noun phrases after the verb up to the next verb group, and
 *     prepositional phrases fronted before the subject
 * @param parent the index, among the sentence's clauses, of the clause this one depends on, or -1
 * @param quoted whether the predication is inside quotation marks
 */
record Clause(
    int verb,
    Kind kind,
    String opener,
    ImmutableList<Integer> subject,
    SubjectSource subjectSource,
    ImmutableList<Argument> arguments,
    int parent,
    boolean quoted) {

  /** Where a predication sits in its sentence. */
  enum Kind {
    MAIN,
    /** Opened by a conjunction: "que", "si", "lorsque", "alors que". */
    SUBORDINATE,
    /** Opened by a relative pronoun: "qui", "que", "dont", "où". */
    RELATIVE,
    /** Joined by "et", "mais", "ou" to the clause before. */
    COORDINATED,
    /** Between commas after a clause that has its own verb: ", a-t-il ajouté,". */
    INCIDENT,
    /** An infinitive: "pour acheter des S-400", "de livrer". */
    INFINITIVAL,
    /** A past participle without auxiliary: "les avions livrés par la Russie". */
    PARTICIPIAL,
    /** A present participle: "ajoutant que", "en signant". */
    GERUNDIVE
  }

  /** Where a clause's subject was found. */
  enum SubjectSource {
    /** Before the verb, in the clause: "La Russie a livré". */
    BEFORE,
    /** After the verb: "« ... », a déclaré le ministre"; "a annoncé à Caracas un membre". */
    INVERTED,
    /** A pronoun joined to the verb: "a-t-il ajouté". */
    INVERTED_PRONOUN,
    /** The antecedent of "qui", or the noun a participle qualifies. */
    ANTECEDENT,
    /** The subject of the clause it depends on: a coordinated verb, an infinitive, a gerund. */
    INHERITED,
    NONE
  }

  /**
   * A complement of a verb group or of a noun.
   *
   * @param marker its preposition as a role marker ("à", "par", "auprès de"), empty for a direct
   *     object
   * @param chunk the index of its noun phrase
   * @param fronted whether it stands before the verb: "À Moscou, ..."
   */
  record Argument(String marker, int chunk, boolean fronted) {}

  /** Returns the arguments with {@code marker}, in order. */
  ImmutableList<Argument> argumentsMarked(String marker) {
    return arguments.stream().filter(a -> a.marker().equals(marker)).collect(ImmutableList.toImmutableList());
  }
}
