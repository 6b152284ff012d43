package dev.entente.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The different values the sources of one record give for one of its attributes: the quantities
 * two newsrooms report, the dates of a signature. The record takes the best-supported one; this
 * keeps the others visible, with the documents that give each.
 *
 * @param attribute the attribute
 * @param step the lifecycle status the values are about (the date of the signature), for dates and
 *     quantities of agreements and transfers; else empty
 * @param claims the values given, best-supported first; at least two
 */
public record Disagreement(Attribute attribute, Optional<Enum<?>> step, ImmutableList<Claim> claims) {

  /** An attribute whose sources may disagree. */
  public enum Attribute {
    KIND,
    DATE,
    DURATION,
    NAME,
    LOCATION,
    START,
    END,
    SYSTEM,
    CATEGORY,
    QUANTITY
  }

  /**
   * One value and the documents that give it.
   *
   * @param value the value as the model prints it ({@code "2024-05"}, {@code "24"}, {@code
   *     "TREATY"})
   * @param documents the ids of the documents that give it; at least one
   */
  public record Claim(String value, ImmutableSortedSet<String> documents) {

    /**
     * Checks every component.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if no document is given
     */
    public Claim {
      checkNotNull(value, "value");
      checkNotNull(documents, "documents");
      checkArgument(!documents.isEmpty(), "the claim \"%s\" needs a document", value);
    }

    @Override
    public String toString() {
      return value + " " + documents;
    }
  }

  /**
   * Checks every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if fewer than two values are given
   */
  public Disagreement {
    checkNotNull(attribute, "attribute");
    checkNotNull(step, "step");
    checkNotNull(claims, "claims");
    checkArgument(claims.size() >= 2, "a disagreement on %s needs two values, got %s", attribute, claims);
  }

  @Override
  public String toString() {
    return attribute
        + step.map(s -> " at " + s).orElse("")
        + ": "
        + claims.stream().map(Claim::toString).collect(Collectors.joining(" | "));
  }
}
