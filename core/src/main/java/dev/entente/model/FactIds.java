package dev.entente.model;

import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds the content-derived ids of facts; package-private because only facts use it.
 *
 * <p>The parts are encoded unambiguously before they are hashed, so that two different contents
 * never share their hashed text: a text is its length, a colon and its characters ({@code 3:RUS});
 * an absent value is {@code -}, which no encoded text starts with; a collection is {@code [}, its
 * size, a colon and its elements' encodings in sorted order. No separator character can be forged
 * by a value, since every value says where it ends. An organization is {@code O}, its name and its
 * state, in that order. The characters are hashed as UTF-16 code units,
 * so text that is not well-formed Unicode (a lone surrogate, read from JSON) is hashed as itself
 * rather than replaced.
 */
final class FactIds {

  private FactIds() {}

  /** Returns {@code prefix-} followed by 16 hex digits of the SHA-256 of the encoded parts. */
  static String of(FactKind kind, Object... parts) {
    StringBuilder canonical = new StringBuilder(64);
    encode(kind.name(), canonical);
    for (Object part : parts) {
      encode(part, canonical);
    }
    String hash = Hashing.sha256().hashUnencodedChars(canonical).toString().substring(0, 16);
    return kind.idPrefix() + "-" + hash;
  }

  /**
   * Returns the id of {@code parts} as {@link #of} does, with one more part after them when there
   * are {@code organizations}: so the ids of facts without organizations stay what they would be
   * without that part.
   *
   * <p>An organization enters as its name and state, as a statement's speaker does, so the same
   * body read with and without its acronym is one party; the set is encoded like any collection,
   * in sorted order of its elements' encodings.
   */
  static String withOrganizations(
      FactKind kind, ImmutableSet<Organization> organizations, Object... parts) {
    if (organizations.isEmpty()) {
      return of(kind, parts);
    }
    Object[] all = Arrays.copyOf(parts, parts.length + 1);
    all[parts.length] = organizations;
    return of(kind, all);
  }

  /** Appends the self-delimiting encoding of {@code part} to {@code out}. */
  static void encode(Object part, StringBuilder out) {
    if (part instanceof Optional<?> optional) {
      if (optional.isPresent()) {
        encode(optional.get(), out);
      } else {
        out.append('-');
      }
    } else if (part instanceof OptionalInt number) {
      if (number.isPresent()) {
        encode(Integer.toString(number.getAsInt()), out);
      } else {
        out.append('-');
      }
    } else if (part instanceof Organization organization) {
      out.append('O');
      encode(organization.name(), out);
      encode(organization.country(), out);
    } else if (part instanceof Collection<?> collection) {
      List<String> elements = new ArrayList<>(collection.size());
      for (Object element : collection) {
        StringBuilder one = new StringBuilder();
        encode(element, one);
        elements.add(one.toString());
      }
      elements.sort(null);
      out.append('[').append(elements.size()).append(':');
      elements.forEach(out::append);
    } else {
      String text = part instanceof Country country ? country.alpha3() : String.valueOf(part);
      out.append(text.length()).append(':').append(text);
    }
  }
}
