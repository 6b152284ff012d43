package dev.entente.model;

/** The legal form of an agreement, as the article names it. */
public enum AgreementKind {
  /** A treaty or pact ("traité", "pacte"). */
  TREATY,
  /** A commercial contract ("contrat", "commande"). */
  CONTRACT,
  /** A memorandum or letter of intent ("mémorandum", "protocole d'accord"). */
  MEMORANDUM,
  /** An accord or deal that is not more precisely named ("accord", "entente"). */
  ACCORD,
  /** An understanding reached without a named instrument ("ont convenu de ..."). */
  ARRANGEMENT
}
