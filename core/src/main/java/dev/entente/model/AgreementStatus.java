package dev.entente.model;

/**
 * How far an agreement has gone, in the order an agreement usually goes through them. The order
 * of the constants is the lifecycle's: identity compares it (a step of lower status is not dated
 * after one of higher status) and a record's status is the furthest its mentions report.
 */
public enum AgreementStatus {
  /** Proposed, planned or said to be likely, not yet negotiated. */
  PROPOSED,
  /** Under negotiation. */
  NEGOTIATING,
  /** Agreed in substance, without a signature being reported. */
  AGREED,
  /** Signed or concluded. */
  SIGNED,
  /** Ratified by one of its parties (its parliament, its head of state), not yet said to be in force. */
  RATIFIED,
  /** In force, applied or extended. */
  IN_FORCE,
  /** Suspended by one of its parties. */
  SUSPENDED,
  /** Terminated, denounced or withdrawn from. */
  TERMINATED
}
