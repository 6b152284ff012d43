package dev.entente.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Actor;
import dev.entente.model.Diagnostic;
import dev.entente.model.Document;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import dev.entente.model.Relation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between expected and actual readings, document by document: the facts (matched by
 * {@link Fact#id()}), actors, relations (matched by pair and domain) and diagnostics each side has
 * and the other lacks, facts whose evidence changed, document metadata, and order.
 *
 * <p>It is empty exactly when the two sides hold equal readings in the same order. Its {@link
 * #report()} lists, per document, what was ADDED (only in the actual readings), what was LOST (only
 * in the expected ones) and what CHANGED, with each value's {@code toString()}, so a parser change
 * reads as a diff.
 *
 * <pre>{@code
 * SnapshotDiff diff = SnapshotDiff.between(SeedCorpus.get().snapshot(), parser.parseAll(articles).readings());
 * assertEquals(List.of(), diff.lostFacts(), diff::report);   // may gain facts, must not lose any
 * }</pre>
 */
public final class SnapshotDiff {

  private final ImmutableList<DocumentDiff> documents;
  private final int documentCount;
  private final Optional<LineDiff> documentOrder;

  private SnapshotDiff(
      ImmutableList<DocumentDiff> documents, int documentCount, Optional<LineDiff> documentOrder) {
    this.documents = documents;
    this.documentCount = documentCount;
    this.documentOrder = documentOrder;
  }

  /**
   * Returns the difference between the {@code expected} and the {@code actual} readings, matched
   * by document id.
   *
   * @throws NullPointerException if an argument or a reading is null
   * @throws IllegalArgumentException if a document id occurs twice on one side
   */
  public static SnapshotDiff between(Iterable<Reading> expected, Iterable<Reading> actual) {
    Map<String, Reading> expectedById = byId(expected, "expected");
    Map<String, Reading> actualById = byId(actual, "actual");
    Set<String> ids = new LinkedHashSet<>(expectedById.keySet());
    ids.addAll(actualById.keySet());
    ImmutableList.Builder<DocumentDiff> documents = ImmutableList.builder();
    for (String id : ids) {
      DocumentDiff diff = DocumentDiff.of(id, expectedById.get(id), actualById.get(id));
      if (!diff.isEmpty()) {
        documents.add(diff);
      }
    }
    List<String> expectedOrder =
        expectedById.keySet().stream().filter(actualById::containsKey).toList();
    List<String> actualOrder =
        actualById.keySet().stream().filter(expectedById::containsKey).toList();
    Optional<LineDiff> order =
        expectedOrder.equals(actualOrder)
            ? Optional.empty()
            : Optional.of(LineDiff.of(expectedOrder, actualOrder));
    return new SnapshotDiff(documents.build(), ids.size(), order);
  }

  private static Map<String, Reading> byId(Iterable<Reading> readings, String side) {
    checkNotNull(readings, side);
    Map<String, Reading> byId = new LinkedHashMap<>();
    for (Reading reading : readings) {
      checkNotNull(reading, "a reading of the %s readings is null", side);
      if (byId.put(reading.id(), reading) != null) {
        throw new IllegalArgumentException(
            String.format(
                "document id \"%s\" occurs more than once in the %s readings", reading.id(), side));
      }
    }
    return byId;
  }

  /** Returns whether both sides hold equal readings, in the same order. */
  public boolean isEmpty() {
    return documents.isEmpty() && documentOrder.isEmpty();
  }

  /** Returns the ids of the documents that differ, expected ones first, in their order. */
  public ImmutableList<String> differingDocuments() {
    return documents.stream().map(DocumentDiff::id).collect(ImmutableList.toImmutableList());
  }

  /** Returns the facts only the actual readings hold, document by document. */
  public ImmutableList<Fact> addedFacts() {
    return documents.stream()
        .flatMap(d -> d.facts.added().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the facts only the expected readings hold, document by document. */
  public ImmutableList<Fact> lostFacts() {
    return documents.stream()
        .flatMap(d -> d.facts.lost().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a readable account of the differences: a summary line, then, per differing document,
   * each section of ADDED, LOST and CHANGED values with their {@code toString()}.
   */
  public String report() {
    if (isEmpty()) {
      return "no differences in " + plural(documentCount, "document") + "\n";
    }
    StringBuilder out = new StringBuilder();
    out.append(plural(documents.size(), "document"))
        .append(" of ")
        .append(documentCount)
        .append(" differ: ")
        .append(summary())
        .append('\n');
    documentOrder.ifPresent(
        order -> {
          out.append("document order CHANGED:\n");
          indent(out, order.toString(), "    ");
        });
    for (DocumentDiff document : documents) {
      document.appendTo(out);
    }
    return out.toString();
  }

  private String summary() {
    int[] totals = new int[8];
    for (DocumentDiff d : documents) {
      totals[0] += d.facts.added().size();
      totals[1] += d.facts.lost().size();
      totals[2] += d.changedFacts.size();
      totals[3] += d.actors.added().size();
      totals[4] += d.actors.lost().size();
      totals[5] += d.relations.added().size();
      totals[6] += d.relations.lost().size();
      totals[7] += d.diagnostics.added().size() + d.diagnostics.lost().size();
    }
    return String.format(
        "facts %d added, %d lost, %d changed; actors %d added, %d lost; relations %d added, %d lost;"
            + " diagnostics %d added or lost",
        totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6], totals[7]);
  }

  /** Returns {@link #report()}. */
  @Override
  public String toString() {
    return report();
  }

  /**
   * Returns every reading as indented lines (document, actors, facts with their evidence,
   * relations, diagnostics), the text an IDE compares when a snapshot assertion fails.
   */
  static String render(Iterable<Reading> readings) {
    StringBuilder out = new StringBuilder();
    for (Reading reading : readings) {
      for (String line : render(reading)) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> render(Reading reading) {
    List<String> lines = new ArrayList<>();
    lines.add("document " + reading.id() + " " + reading.document());
    reading.actors().forEach(a -> lines.add("  actor " + a));
    for (Fact fact : reading.facts()) {
      lines.add("  fact " + describe(fact));
      fact.evidence().forEach(e -> lines.add("    evidence " + e));
    }
    reading.relations().forEach(r -> lines.add("  relation " + describe(r)));
    reading.diagnostics().forEach(d -> lines.add("  diagnostic " + d));
    return lines;
  }

  private static String describe(Fact fact) {
    return fact.id() + " " + fact;
  }

  private static String describe(Relation relation) {
    return relation
        + " from "
        + relation.facts().stream().map(Fact::id).collect(Collectors.joining(", "));
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static void indent(StringBuilder out, String text, String indent) {
    text.lines().forEach(line -> out.append(indent).append(line).append('\n'));
  }

  /** The values of one kind that only one side holds, each in its side's order. */
  private record Delta<T>(List<T> added, List<T> lost) {

    boolean isEmpty() {
      return added.isEmpty() && lost.isEmpty();
    }

    /** Compares the lists as multisets of keys, so a value listed twice on one side counts twice. */
    static <T> Delta<T> of(List<T> expected, List<T> actual, Function<T, ?> key) {
      return new Delta<>(missingFrom(expected, actual, key), missingFrom(actual, expected, key));
    }

    /** Returns the values of {@code side} whose key {@code other} has fewer times. */
    private static <T> List<T> missingFrom(List<T> other, List<T> side, Function<T, ?> key) {
      Map<Object, Integer> counts = new HashMap<>();
      other.forEach(value -> counts.merge(key.apply(value), 1, Integer::sum));
      List<T> missing = new ArrayList<>();
      for (T value : side) {
        Object k = key.apply(value);
        int left = counts.getOrDefault(k, 0);
        if (left > 0) {
          counts.put(k, left - 1);
        } else {
          missing.add(value);
        }
      }
      return missing;
    }
  }

  /** A fact both sides hold, by id, with other evidence. */
  private record ChangedFact(Fact expected, Fact actual) {}

  /** What differs in one document. */
  private static final class DocumentDiff {
    private final String id;
    private final Optional<String> presence; // set when only one side has the document
    private final Optional<LineDiff> metadata;
    private final Delta<Fact> facts;
    private final List<ChangedFact> changedFacts;
    private final Delta<Actor> actors;
    private final Delta<Relation> relations;
    private final Delta<Diagnostic> diagnostics;
    private final Optional<LineDiff> order;

    private DocumentDiff(
        String id,
        Optional<String> presence,
        Optional<LineDiff> metadata,
        Delta<Fact> facts,
        List<ChangedFact> changedFacts,
        Delta<Actor> actors,
        Delta<Relation> relations,
        Delta<Diagnostic> diagnostics,
        Optional<LineDiff> order) {
      this.id = id;
      this.presence = presence;
      this.metadata = metadata;
      this.facts = facts;
      this.changedFacts = changedFacts;
      this.actors = actors;
      this.relations = relations;
      this.diagnostics = diagnostics;
      this.order = order;
    }

    /** Compares the readings of document {@code id}; either, but not both, may be null. */
    static DocumentDiff of(String id, Reading expected, Reading actual) {
      Optional<String> presence = Optional.empty();
      if (expected == null) {
        presence = Optional.of("ADDED (only in the actual readings)");
        expected = Reading.empty(Document.of(id));
      } else if (actual == null) {
        presence = Optional.of("LOST (only in the expected readings)");
        actual = Reading.empty(Document.of(id));
      }
      Optional<LineDiff> metadata =
          presence.isEmpty() && !expected.document().equals(actual.document())
              ? Optional.of(
                  LineDiff.of(
                      List.of(expected.document().toString()), List.of(actual.document().toString())))
              : Optional.empty();
      Delta<Fact> facts = Delta.of(expected.facts(), actual.facts(), Fact::id);
      List<ChangedFact> changed = changed(expected.facts(), actual.facts());
      Delta<Actor> actors = Delta.of(expected.actors(), actual.actors(), a -> a);
      Delta<Relation> relations =
          Delta.of(expected.relations(), actual.relations(), r -> List.of(r.pair(), r.domain()));
      Delta<Diagnostic> diagnostics = Delta.of(expected.diagnostics(), actual.diagnostics(), d -> d);
      boolean sameContent =
          presence.isEmpty()
              && metadata.isEmpty()
              && facts.isEmpty()
              && changed.isEmpty()
              && actors.isEmpty()
              && relations.isEmpty()
              && diagnostics.isEmpty();
      Optional<LineDiff> order =
          sameContent && !expected.equals(actual)
              ? Optional.of(LineDiff.of(render(expected), render(actual)))
              : Optional.empty();
      return new DocumentDiff(
          id, presence, metadata, facts, changed, actors, relations, diagnostics, order);
    }

    /** Returns the facts of equal id on both sides whose evidence differs, in actual order. */
    private static List<ChangedFact> changed(List<Fact> expected, List<Fact> actual) {
      Map<String, Deque<Fact>> byId = new HashMap<>();
      expected.forEach(f -> byId.computeIfAbsent(f.id(), id -> new ArrayDeque<>()).add(f));
      List<ChangedFact> changed = new ArrayList<>();
      for (Fact fact : actual) {
        Deque<Fact> same = byId.get(fact.id());
        Fact before = same == null ? null : same.poll();
        if (before != null && !before.equals(fact)) {
          changed.add(new ChangedFact(before, fact));
        }
      }
      return changed;
    }

    String id() {
      return id;
    }

    boolean isEmpty() {
      return presence.isEmpty()
          && metadata.isEmpty()
          && facts.isEmpty()
          && changedFacts.isEmpty()
          && actors.isEmpty()
          && relations.isEmpty()
          && diagnostics.isEmpty()
          && order.isEmpty();
    }

    void appendTo(StringBuilder out) {
      out.append("document ").append(id).append(presence.map(p -> " " + p).orElse("")).append(":\n");
      metadata.ifPresent(
          m -> {
            out.append("  metadata CHANGED:\n");
            indent(out, String.join("\n", m.lines()), "    ");
          });
      section(out, "facts ADDED", "+ ", facts.added(), SnapshotDiff::describe);
      section(out, "facts LOST", "- ", facts.lost(), SnapshotDiff::describe);
      if (!changedFacts.isEmpty()) {
        out.append("  facts CHANGED, same content with other evidence (")
            .append(changedFacts.size())
            .append("):\n");
        for (ChangedFact change : changedFacts) {
          out.append("    ~ ").append(describe(change.actual())).append('\n');
          LineDiff evidence =
              LineDiff.of(evidenceLines(change.expected()), evidenceLines(change.actual()));
          indent(out, evidence.toString(), "        ");
        }
      }
      section(out, "actors ADDED", "+ ", actors.added(), Object::toString);
      section(out, "actors LOST", "- ", actors.lost(), Object::toString);
      section(out, "relations ADDED", "+ ", relations.added(), SnapshotDiff::describe);
      section(out, "relations LOST", "- ", relations.lost(), SnapshotDiff::describe);
      section(out, "diagnostics ADDED", "+ ", diagnostics.added(), Object::toString);
      section(out, "diagnostics LOST", "- ", diagnostics.lost(), Object::toString);
      order.ifPresent(
          o -> {
            out.append("  order CHANGED, same content in another order:\n");
            indent(out, o.toString(), "    ");
          });
    }

    private static List<String> evidenceLines(Fact fact) {
      return fact.evidence().stream().map(Evidence::toString).map(e -> "evidence " + e).toList();
    }

    private static <T> void section(
        StringBuilder out, String title, String mark, List<T> values, Function<T, String> text) {
      if (values.isEmpty()) {
        return;
      }
      out.append("  ").append(title).append(" (").append(values.size()).append("):\n");
      for (T value : values) {
        out.append("    ").append(mark).append(text.apply(value)).append('\n');
      }
    }
  }
}
