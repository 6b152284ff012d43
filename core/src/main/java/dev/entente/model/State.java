package dev.entente.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A state acting in its own name ("la Russie", "Moscou", "le Kremlin").
 *
 * @param code the state
 */
public record State(Country code) implements Actor {

  /**
   * Checks the state.
   *
   * @throws NullPointerException if {@code code} is null
   */
  public State {
    checkNotNull(code, "code");
  }

  /** Returns the state acting as {@code country}. */
  public static State of(Country country) {
    return new State(country);
  }

  /** Returns the state's French name. */
  @Override
  public String name() {
    return code.frenchName();
  }

  @Override
  public Optional<Country> country() {
    return Optional.of(code);
  }

  @Override
  public String toString() {
    return "State[" + code.alpha3() + " " + code.frenchName() + "]";
  }
}
