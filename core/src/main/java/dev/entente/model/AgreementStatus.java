package dev.entente.model;

/** How far an agreement has gone, in the order an agreement usually goes through them. */
public enum AgreementStatus {
  /** Proposed, planned or said to be likely, not yet negotiated. */
  PROPOSED,
  /** Under negotiation. */
  NEGOTIATING,
  /** Agreed in substance, without a signature being reported. */
  AGREED,
  /** Signed or concluded. */
  SIGNED,
  /** Ratified or in force. */
  IN_FORCE,
  /** Suspended by one of its parties. */
  SUSPENDED,
  /** Terminated, denounced or withdrawn from. */
  TERMINATED
}
