package dev.entente.query;

import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Fact;
import dev.entente.model.FactKind;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.Statement;
import java.util.List;

/**
 * Gives the key under which a corpus merges the facts several documents report.
 *
 * <p>A fact's {@link Fact#id()} hashes its content with SHA-256, which costs microseconds: too much
 * to call a million times while building a corpus. A key lists the very parts the id hashes, in the
 * same order (see each record's {@code id()}), as a value list, so two facts have equal keys
 * exactly when their ids are built from equal parts. A statement's speaker enters as its kind, name
 * and state, as in the id, so the same person quoted with and without a role is one speaker; so do
 * the organizations of an agreement or exercise, each as its name and state, counted as a multiset
 * since the id lists them sorted. {@code QueryProperties.mergeKeys_equalExactlyWhenIdsDo} checks the
 * equivalence with {@code id()}.
 */
final class FactKeys {

  private FactKeys() {}

  /** Returns the merge key of {@code fact}, equal for facts of equal id. */
  static List<Object> of(Fact fact) {
    if (fact instanceof Agreement a) {
      return List.of(
          FactKind.AGREEMENT,
          a.parties(),
          bodies(a.organizations()),
          a.kind(),
          a.domains(),
          a.status(),
          a.date(),
          a.subject(),
          a.duration());
    }
    if (fact instanceof JointExercise e) {
      return List.of(
          FactKind.EXERCISE,
          e.name(),
          e.participants(),
          bodies(e.organizations()),
          e.domains(),
          e.location(),
          e.start(),
          e.end(),
          e.forces());
    }
    if (fact instanceof ArmsTransfer t) {
      return List.of(
          FactKind.TRANSFER,
          t.supplier(),
          t.recipient(),
          t.system(),
          t.category(),
          t.quantity(),
          t.status(),
          t.date());
    }
    Statement s = (Statement) fact;
    return List.of(
        FactKind.STATEMENT,
        s.speaker().getClass(),
        s.speaker().name(),
        s.speaker().country(),
        s.quote(),
        s.about(),
        s.domains(),
        s.date());
  }

  /** Returns the name and state of each organization, as the id takes them, in any order. */
  private static ImmutableMultiset<List<Object>> bodies(ImmutableSet<Organization> organizations) {
    if (organizations.isEmpty()) {
      return ImmutableMultiset.of();
    }
    return organizations.stream()
        .map(o -> List.<Object>of(o.name(), o.country()))
        .collect(ImmutableMultiset.toImmutableMultiset());
  }
}
