package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;

/**
 * A named person, with the state they serve and their role where the article gives them.
 *
 * @param name the full name as first written ("Vladimir Poutine")
 * @param country the state the person belongs to or serves
 * @param role the role, as the article words it ("président", "vice-ministre des Affaires
 *     étrangères")
 * @param aliases other names the person goes by ("Putin"), never including {@code name}
 */
public record Person(
    String name, Optional<Country> country, Optional<String> role, ImmutableSet<String> aliases)
    implements Actor {

  /**
   * Checks and copies every component.
   *
   * @throws NullPointerException if a component or alias is null
   * @throws IllegalArgumentException if the name or an alias is blank
   */
  public Person {
    checkNotNull(name, "name");
    checkNotNull(country, "country");
    checkNotNull(role, "role");
    checkNotNull(aliases, "aliases");
    checkArgument(!name.isBlank(), "a person needs a name, got \"%s\"", name);
    for (String alias : aliases) {
      checkArgument(!alias.isBlank(), "aliases of %s must not be blank", name);
    }
    String fullName = name;
    aliases = aliases.stream().filter(a -> !a.equals(fullName)).collect(ImmutableSet.toImmutableSet());
  }

  /** Returns a person of the given name and state, with no role or alias. */
  public static Person of(String name, Country country) {
    return new Person(name, Optional.of(country), Optional.empty(), ImmutableSet.of());
  }

  /** Returns this person with the given role. */
  public Person withRole(String role) {
    return new Person(name, country, Optional.of(role), aliases);
  }

  /** Returns this person with the given aliases added. */
  public Person withAliases(String... more) {
    return new Person(
        name,
        country,
        role,
        ImmutableSet.<String>builder().addAll(aliases).addAll(Arrays.asList(more)).build());
  }

  /** Returns the last word of the name, which later mentions of the person usually use. */
  public String surname() {
    String[] words = name.trim().split("\\s+");
    return words[words.length - 1];
  }
}
