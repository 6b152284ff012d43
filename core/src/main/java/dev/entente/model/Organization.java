package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.entente.text.FrenchText;
import java.util.Comparator;
import java.util.Optional;

/**
 * An organization: an international body (the OCS, the ONU), a state's institution (the Russian
 * defence ministry), a company or an agency.
 *
 * @param name the full name ("Organisation de coopération de Shanghai")
 * @param acronym the acronym, where it has one ("OCS")
 * @param country the state it belongs to; empty for an international organization
 * @param aliases other names it goes by ("SCO"), never including {@code name}
 */
public record Organization(
    String name, Optional<String> acronym, Optional<Country> country, ImmutableSet<String> aliases)
    implements Actor {

  /**
   * Orders organizations by folded name ({@link FrenchText#fold}), then name, acronym, state and
   * aliases, so that equal sets of organizations list them in one order: the order in which facts
   * keep, print and write them.
   */
  public static final Comparator<Organization> ORDER =
      Comparator.comparing((Organization o) -> FrenchText.fold(o.name()))
          .thenComparing(Organization::name)
          .thenComparing(o -> o.acronym().orElse(""))
          .thenComparing(o -> o.country().map(Country::alpha3).orElse(""))
          .thenComparing(o -> String.join("\u001f", o.aliases().stream().sorted().toList()));

  /**
   * Checks and copies every component.
   *
   * @throws NullPointerException if a component or alias is null
   * @throws IllegalArgumentException if the name, the acronym or an alias is blank
   */
  public Organization {
    checkNotNull(name, "name");
    checkNotNull(acronym, "acronym");
    checkNotNull(country, "country");
    checkNotNull(aliases, "aliases");
    checkArgument(!name.isBlank(), "an organization needs a name, got \"%s\"", name);
    checkArgument(
        acronym.map(a -> !a.isBlank()).orElse(true), "the acronym of %s must not be blank", name);
    for (String alias : aliases) {
      checkArgument(!alias.isBlank(), "aliases of %s must not be blank", name);
    }
    String fullName = name;
    aliases = aliases.stream().filter(a -> !a.equals(fullName)).collect(ImmutableSet.toImmutableSet());
  }

  /** Returns an international organization with a name and no acronym. */
  public static Organization of(String name) {
    return new Organization(name, Optional.empty(), Optional.empty(), ImmutableSet.of());
  }

  /** Returns the acronym if it has one, else the name: how a fact's {@code toString()} shows it. */
  public String label() {
    return acronym.orElse(name);
  }

  /** Returns this organization with the given acronym. */
  public Organization withAcronym(String acronym) {
    return new Organization(name, Optional.of(acronym), country, aliases);
  }

  /** Returns this organization as belonging to {@code country}. */
  public Organization withCountry(Country country) {
    return new Organization(name, acronym, Optional.of(country), aliases);
  }
}
