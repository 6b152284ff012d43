package dev.entente.model;

import java.util.Optional;

/**
 * Someone who acts or speaks in an article: a {@link State}, a {@link Person} or an
 * {@link Organization}. Branch with {@code instanceof} patterns.
 */
public sealed interface Actor permits State, Person, Organization {

  /** Returns the name the actor is known by. */
  String name();

  /** Returns the state the actor is, or belongs to, where known. */
  Optional<Country> country();
}
