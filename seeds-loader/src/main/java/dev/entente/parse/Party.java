package dev.entente.parse;

import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.State;
import java.util.Optional;

/**
 * Who a noun phrase names as acting: a state ("la Russie", "l'armée russe", "un responsable
 * pakistanais"), a person ("le ministre indien, Arun Jaitley") or an organization ("l'OTAN", "le
 * ministère russe de la Défense"), with the state it acts for, where it has one.
 *
 * @param actor the actor named
 * @param country the state it acts for: the state itself, a person's or an institution's state
 * @param unnamed whether a state stands for an unnamed official or body ("un responsable
 *     pakistanais", "l'armée russe")
 */
record Party(Actor actor, Optional<Country> country, boolean unnamed) {

  static Party of(Country country) {
    return new Party(State.of(country), Optional.of(country), false);
  }

  static Party unnamedOf(Country country) {
    return new Party(State.of(country), Optional.of(country), true);
  }

  static Party of(Person person) {
    return new Party(person, person.country(), false);
  }

  static Party of(Organization organization) {
    return new Party(organization, organization.country(), false);
  }

  /** Returns the organization, when the party is one that acts for no single state (the EU, NATO). */
  Optional<Organization> international() {
    return actor instanceof Organization o && o.country().isEmpty() ? Optional.of(o) : Optional.empty();
  }
}
