package dev.entente.testing;

import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Document;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.Reading;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.List;

/** Edits readings by hand for the diff tests: one fact in or out, the rest untouched. */
final class Doctor {

  private Doctor() {}

  /** Returns {@code reading} without its facts equal to {@code fact}. */
  static Reading without(Reading reading, Fact fact) {
    return reading.toBuilder()
        .agreements(keep(reading.agreements(), fact))
        .exercises(keep(reading.exercises(), fact))
        .armsTransfers(keep(reading.armsTransfers(), fact))
        .statements(keep(reading.statements(), fact))
        .build();
  }

  /** Returns {@code reading} with {@code fact} added after the facts of its kind. */
  static Reading with(Reading reading, Fact fact) {
    Reading.Builder builder = reading.toBuilder();
    if (fact instanceof Agreement agreement) {
      builder.agreements(plus(reading.agreements(), agreement));
    } else if (fact instanceof JointExercise exercise) {
      builder.exercises(plus(reading.exercises(), exercise));
    } else if (fact instanceof ArmsTransfer transfer) {
      builder.armsTransfers(plus(reading.armsTransfers(), transfer));
    } else if (fact instanceof Statement statement) {
      builder.statements(plus(reading.statements(), statement));
    }
    return builder.build();
  }

  /** Returns {@code readings} with the one at {@code index} replaced. */
  static List<Reading> replace(List<Reading> readings, int index, Reading replacement) {
    List<Reading> copy = new ArrayList<>(readings);
    copy.set(index, replacement);
    return copy;
  }

  /**
   * Returns {@code reading}'s actors, facts and diagnostics as a reading of {@code document}, each
   * fact's evidence moved to that document.
   */
  static Reading rehome(Reading reading, Document document) {
    Reading rehomed =
        Reading.builder(document).actors(reading.actors()).diagnostics(reading.diagnostics()).build();
    for (Fact fact : reading.facts()) {
      List<Evidence> evidence =
          fact.evidence().stream()
              .map(e -> new Evidence(document.id(), e.span(), e.sentence(), e.rule(), e.confidence()))
              .toList();
      rehomed = with(rehomed, fact.withEvidence(evidence));
    }
    return rehomed;
  }

  private static <F extends Fact> List<F> keep(List<F> facts, Fact gone) {
    return facts.stream().filter(f -> !f.equals(gone)).toList();
  }

  private static <F> List<F> plus(List<F> facts, F more) {
    List<F> copy = new ArrayList<>(facts);
    copy.add(more);
    return copy;
  }
}
