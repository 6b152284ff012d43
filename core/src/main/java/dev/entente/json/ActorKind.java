package dev.entente.json;

/** The values of an actor's {@code "kind"}, one per {@link dev.entente.model.Actor} type. */
enum ActorKind {
  STATE,
  PERSON,
  ORGANIZATION
}
