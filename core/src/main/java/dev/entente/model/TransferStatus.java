package dev.entente.model;

/** How far an arms transfer has gone. */
public enum TransferStatus {
  /** The recipient wants or has asked for the system. */
  REQUESTED,
  /** Supplier and recipient are discussing or negotiating the transfer. */
  NEGOTIATING,
  /** A contract or order has been placed. */
  ORDERED,
  /** The recipient builds the system under the supplier's licence. */
  LICENSED_PRODUCTION,
  /** The system has been delivered. */
  DELIVERED
}
