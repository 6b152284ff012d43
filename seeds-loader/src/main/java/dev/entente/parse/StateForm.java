package dev.entente.parse;

/** How a state is named in the text. */
enum StateForm {
  /** Its name: "la Russie", "les États-Unis". */
  NAME,
  /** An adjective or demonym: "russe", "les Américains". */
  ADJ,
  /** A combining form in a compound adjective: the "sino" of "sino-russe". */
  PREFIX,
  /** Its capital as a metonym: "Moscou". */
  CAPITAL,
  /** A seat of power as a metonym: "le Kremlin". */
  SEAT
}
