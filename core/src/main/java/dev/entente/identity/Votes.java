package dev.entente.identity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.entente.identity.Disagreement.Attribute;
import dev.entente.identity.Disagreement.Claim;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The values the mentions of one record give for one attribute, and how well each is supported:
 * by how many documents, then by how many pieces of evidence. Picks the best-supported value and
 * lists the others, independently of the order the mentions were added in.
 *
 * @param <T> the type of value
 */
final class Votes<T> {

  private static final class Support {
    final TreeSet<String> documents = new TreeSet<>();
    int evidence;
  }

  private final Map<T, Support> support = new LinkedHashMap<>();
  private final Function<T, String> text;
  private final Comparator<T> preferred;

  /**
   * Starts the votes on values printed by {@code text}; of equally supported values, the first in
   * {@code preferred} order wins, then the first by text.
   */
  Votes(Function<T, String> text, Comparator<T> preferred) {
    this.text = text;
    this.preferred = preferred;
  }

  /** Returns votes whose ties go to the first value by text. */
  static <T> Votes<T> byText(Function<T, String> text) {
    return new Votes<>(text, (a, b) -> 0);
  }

  /** Adds the value {@code mention} gives, if it gives one. */
  Votes<T> add(Optional<T> value, Fact mention) {
    value.ifPresent(v -> add(v, mention));
    return this;
  }

  /** Adds the value {@code mention} gives. */
  Votes<T> add(T value, Fact mention) {
    Support s = support.computeIfAbsent(value, v -> new Support());
    for (Evidence evidence : mention.evidence()) {
      s.documents.add(evidence.documentId());
    }
    s.evidence += mention.evidence().size();
    return this;
  }

  /** Returns the values, best-supported first. */
  private List<T> ranked() {
    Comparator<T> order =
        Comparator.<T>comparingInt(v -> -support.get(v).documents.size())
            .thenComparingInt(v -> -support.get(v).evidence)
            .thenComparing(preferred)
            .thenComparing(text);
    return support.keySet().stream().sorted(order).toList();
  }

  /** Returns the best-supported value, or empty if no mention gives one. */
  Optional<T> best() {
    return ranked().stream().findFirst();
  }

  /** Returns the disagreement of the values, or empty if they are fewer than two. */
  Optional<Disagreement> disagreement(Attribute attribute, Optional<Enum<?>> step) {
    if (support.size() < 2) {
      return Optional.empty();
    }
    ImmutableList<Claim> claims =
        ranked().stream()
            .map(v -> new Claim(text.apply(v), ImmutableSortedSet.copyOf(support.get(v).documents)))
            .collect(ImmutableList.toImmutableList());
    return Optional.of(new Disagreement(attribute, step, claims));
  }
}
