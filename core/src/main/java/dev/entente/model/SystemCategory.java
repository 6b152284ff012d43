package dev.entente.model;

/** The broad category of a weapon system, as the article's words give it. */
public enum SystemCategory {
  FIGHTER_AIRCRAFT,
  OTHER_AIRCRAFT,
  HELICOPTER,
  DRONE,
  AIR_DEFENCE,
  MISSILE,
  ARMOURED_VEHICLE,
  ARTILLERY,
  SMALL_ARMS,
  WARSHIP,
  SUBMARINE,
  ENGINE,
  OTHER
}
