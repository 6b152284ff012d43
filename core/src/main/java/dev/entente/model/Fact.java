package dev.entente.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * Something an article reports about states, and the organizations that take part: an {@link
 * Agreement}, a {@link JointExercise}, an {@link ArmsTransfer} or a {@link Statement}.
 *
 * <p>A fact's {@link #id()} is derived from its content, evidence excluded, so it is the same
 * across runs and machines, and the same fact read from two documents has one id. Equality, as for
 * any record, covers every component, evidence included.
 */
public sealed interface Fact permits Agreement, JointExercise, ArmsTransfer, Statement {

  /** Returns a stable id derived from the fact's content, such as {@code agr-5e0b8c1d2f3a4b6c}. */
  String id();

  /** Returns the kind of fact. */
  FactKind factKind();

  /** Returns every state the fact involves. */
  ImmutableSet<Country> states();

  /**
   * Returns the organizations that take part in the fact, in {@link Organization#ORDER}: an
   * agreement's organization parties, an exercise's organization participants, a statement's
   * speaker when it is an organization; never any for an arms transfer, whose two ends are states.
   * Organizations make no relation: relations link states only.
   */
  ImmutableSet<Organization> organizations();

  /** Returns the domains the fact lies in; never empty. */
  ImmutableSet<Domain> domains();

  /** Returns the date the fact is about (for an exercise, its start), where known. */
  Optional<PartialDate> date();

  /** Returns the pairs of states the fact links; each yields one relation per domain it is linked in. */
  ImmutableSet<CountryPair> pairs();

  /**
   * Returns the domains in which the fact links {@code pair}: all of {@link #domains()} for a pair
   * of {@link #pairs()}, unless the fact says less of that pair (a {@link Statement} can); none
   * for a pair it does not link.
   */
  default ImmutableSet<Domain> domainsOf(CountryPair pair) {
    return Facts.links(this, pair) ? domains() : ImmutableSet.of();
  }

  /** Returns where the fact was read; never empty. */
  ImmutableList<Evidence> evidence();

  /** Returns this fact with {@code evidence} in place of its own. */
  Fact withEvidence(Iterable<Evidence> evidence);
}
