package dev.entente.model;

/** A field of cooperation between states; every relation lies in exactly one domain. */
public enum Domain {
  MILITARY,
  SECURITY,
  NUCLEAR,
  ENERGY,
  ECONOMIC,
  DIPLOMATIC,
  HUMANITARIAN,
  CULTURAL,
  SCIENTIFIC
}
