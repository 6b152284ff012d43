package dev.entente.model;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
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
