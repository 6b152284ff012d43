package dev.entente.parse;

/**
 * The grammatical class of one token, as the clause layer reads it. Closed classes come from
 * {@code lexicon/function-words.tsv}, verbs from the verb lexicon, names from the gazetteer
 * mentions; every other word is nominal.
 */
enum Tag {
  /** A determiner: "le", "une", "ces", "leurs", "plusieurs". */
  DET,
  /** A preposition, simple or compound: "à", "par", "auprès de", "en provenance de". */
  PREP,
  /** A preposition fused with an article: "au", "aux", "du", "des" (de + les). */
  PREP_DET,
  /** A subject pronoun: "il", "elles", "on", "ce dernier". */
  PRONOUN,
  /** An object pronoun before a verb: "le", "lui", "en", "y". */
  CLITIC,
  /** The reflexive "se". */
  REFLEXIVE,
  /** A relative pronoun: "qui", "que", "dont", "où", "lequel". */
  RELATIVE,
  /** A coordinating conjunction: "et", "ou", "mais", "ainsi que". */
  COORD,
  /** A subordinating conjunction: "que", "si", "lorsque", "alors que". */
  SUBORD,
  /** The "ne" of a negation. */
  NEG,
  /** The second word of a negation: "pas", "jamais", "plus". */
  NEG_TAIL,
  /** An adverb or adverbial phrase: "également", "par ailleurs", "en outre". */
  ADV,
  /** What comes before a quantity: "environ", "plus de", "près de". */
  QUANT,
  /** Digits, or a number word: "24", "onze", "vingtaine". */
  NUMBER,
  /** A form of "avoir" or "être" before another verb form. */
  AUX,
  /** A finite verb form. */
  VERB,
  /** A past participle. */
  PARTICIPLE,
  /** An infinitive. */
  INFINITIVE,
  /** A present participle: "ajoutant", "en signant". */
  GERUND,
  /** A common noun or adjective, or any other open-class word. */
  NOUN,
  /** A word of a name: a gazetteer mention or a capitalized word. */
  NAME,
  /** An opening quotation mark. */
  QUOTE_OPEN,
  /** A closing quotation mark. */
  QUOTE_CLOSE,
  /** An apostrophe or a hyphen inside a word group ("l'", "a-t-il"). */
  GLUE,
  /** Any other punctuation mark. */
  PUNCT;

  /** Whether a noun phrase can hold a token of this class. */
  boolean isNominal() {
    return this == NOUN || this == NAME || this == NUMBER;
  }

  /** Whether this class is a verb form. */
  boolean isVerbal() {
    return this == AUX || this == VERB || this == PARTICIPLE || this == INFINITIVE || this == GERUND;
  }
}
