package dev.entente.model;

import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import dev.entente.text.FrenchText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the content-derived ids of facts; package-private because only facts use it. */
final class FactIds {

  private FactIds() {}

  /** Returns {@code prefix-} followed by 16 hex digits of the SHA-256 of the parts' text. */
  static String of(FactKind kind, Object... parts) {
    StringBuilder canonical = new StringBuilder(kind.name());
    for (Object part : parts) {
      canonical.append('\u001f').append(text(part));
    }
    String hash =
        Hashing.sha256().hashString(canonical, StandardCharsets.UTF_8).toString().substring(0, 16);
    return kind.idPrefix() + "-" + hash;
  }

  /**
   * Returns the id of {@code parts} as {@link #of} does, with one more part after them when there
   * are {@code organizations}: so the ids of facts without organizations stay what they were
   * before organizations could be parties.
   *
   * <p>An organization enters as its name and state ({@code "Union européenne:"}), as a statement's
   * speaker does, so the same body read with and without its acronym is one party. The
   * organizations are sorted by folded name, then by that text, and joined by U+001E, which no name
   * holds.
   */
  static String withOrganizations(
      FactKind kind, ImmutableSet<Organization> organizations, Object... parts) {
    if (organizations.isEmpty()) {
      return of(kind, parts);
    }
    String bodies =
        organizations.stream()
            .sorted(
                Comparator.comparing((Organization o) -> FrenchText.fold(o.name()))
                    .thenComparing(FactIds::idText))
            .map(FactIds::idText)
            .collect(Collectors.joining("\u001e"));
    Object[] all = Arrays.copyOf(parts, parts.length + 1);
    all[parts.length] = bodies;
    return of(kind, all);
  }

  private static String idText(Organization organization) {
    return organization.name() + ":" + organization.country().map(Country::alpha3).orElse("");
  }

  private static String text(Object part) {
    if (part instanceof Optional<?> optional) {
      return optional.map(FactIds::text).orElse("\u0000");
    }
    if (part instanceof Collection<?> collection) {
      return collection.stream().map(FactIds::text).sorted().collect(Collectors.joining(","));
    }
    if (part instanceof Country country) {
      return country.alpha3();
    }
    return String.valueOf(part);
  }
}
