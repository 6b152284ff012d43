package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was read out of one document: its metadata, the actors it names, its facts, and the
 * diagnostics met on the way. The relations are derived from the facts.
 *
 * <p>A reading holds each fact once: facts given with the same {@link Fact#id()} (the same sentence
 * three times in one article, say) become one fact, the first, with the distinct evidence of all of
 * them in order, as a {@code Corpus} merges the reports of several documents.
 *
 * @param document the document's metadata
 * @param actors the states, persons and organizations the document names, each once, in order of
 *     first mention
 * @param agreements the agreements it reports
 * @param exercises the joint exercises it reports
 * @param armsTransfers the arms transfers it reports
 * @param statements the statements it reports
 * @param diagnostics doubts and problems met while reading it
 */
public record Reading(
    Document document,
    ImmutableList<Actor> actors,
    ImmutableList<Agreement> agreements,
    ImmutableList<JointExercise> exercises,
    ImmutableList<ArmsTransfer> armsTransfers,
    ImmutableList<Statement> statements,
    ImmutableList<Diagnostic> diagnostics) {

  /**
   * Checks every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if an actor is listed twice, or a fact's evidence names
   *     another document
   */
  public Reading {
    checkNotNull(document, "document");
    checkNotNull(actors, "actors");
    checkNotNull(agreements, "agreements");
    checkNotNull(exercises, "exercises");
    checkNotNull(armsTransfers, "armsTransfers");
    checkNotNull(statements, "statements");
    checkNotNull(diagnostics, "diagnostics");
    agreements = merged(agreements);
    exercises = merged(exercises);
    armsTransfers = merged(armsTransfers);
    statements = merged(statements);
    checkArgument(
        ImmutableSet.copyOf(actors).size() == actors.size(),
        "actors of %s are listed more than once",
        document.id());
    for (Fact fact : Iterables.concat(agreements, exercises, armsTransfers, statements)) {
      for (Evidence evidence : fact.evidence()) {
        // Not checkArgument: its arguments are evaluated even when the check passes, and id()
        // hashes the fact's content.
        if (!evidence.documentId().equals(document.id())) {
          throw new IllegalArgumentException(
              String.format(
                  "fact %s of document %s has evidence from document %s",
                  fact.id(),
                  document.id(),
                  evidence.documentId()));
        }
      }
    }
  }

  /**
   * Returns {@code facts} with those of equal id merged into the first, which takes the distinct
   * evidence of all in order. Ids are hashes, so they are computed only for facts that share their
   * states, domains and date, the only ones that can have equal ids.
   */
  private static <F extends Fact> ImmutableList<F> merged(ImmutableList<F> facts) {
    checkNotNull(facts, "facts");
    if (facts.size() < 2) {
      return facts;
    }
    Map<List<Object>, Integer> coarse = new HashMap<>();
    boolean maybeSame = false;
    for (F fact : facts) {
      checkNotNull(fact, "fact");
      if (coarse.merge(List.of(fact.states(), fact.domains(), fact.date()), 1, Integer::sum) > 1) {
        maybeSame = true;
      }
    }
    if (!maybeSame) {
      return facts;
    }
    Map<String, Integer> slots = new HashMap<>();
    List<F> kept = new ArrayList<>(facts.size());
    Map<Integer, Set<Evidence>> evidence = new HashMap<>();
    for (F fact : facts) {
      if (coarse.get(List.of(fact.states(), fact.domains(), fact.date())) == 1) {
        kept.add(fact);
        continue;
      }
      Integer slot = slots.putIfAbsent(fact.id(), kept.size());
      if (slot == null) {
        kept.add(fact);
      } else {
        evidence
            .computeIfAbsent(slot, s -> new LinkedHashSet<>(kept.get(s).evidence()))
            .addAll(fact.evidence());
      }
    }
    if (evidence.isEmpty()) {
      return facts;
    }
    evidence.forEach(
        (slot, all) -> {
          @SuppressWarnings("unchecked") // withEvidence returns the fact's own type
          F merged = (F) kept.get(slot).withEvidence(all);
          kept.set(slot, merged);
        });
    return ImmutableList.copyOf(kept);
  }

  /** Returns a reading of {@code document} with nothing in it. */
  public static Reading empty(Document document) {
    return builder(document).build();
  }

  /** Returns a builder of a reading of {@code document}. */
  public static Builder builder(Document document) {
    return new Builder(document);
  }

  /** Returns a builder holding this reading's values. */
  public Builder toBuilder() {
    return new Builder(document)
        .actors(actors)
        .agreements(agreements)
        .exercises(exercises)
        .armsTransfers(armsTransfers)
        .statements(statements)
        .diagnostics(diagnostics);
  }

  /**
   * Returns this reading with other metadata for its document, such as the title and date a feed
   * gives; the facts and their evidence are kept.
   *
   * @throws NullPointerException if {@code document} is null
   * @throws IllegalArgumentException if {@code document} has another id
   */
  public Reading withDocument(Document document) {
    checkNotNull(document, "document");
    checkArgument(
        document.id().equals(this.document.id()),
        "the document of reading %s cannot become document %s; ids are kept",
        this.document.id(),
        document.id());
    return new Reading(
        document, actors, agreements, exercises, armsTransfers, statements, diagnostics);
  }

  /** Returns the document's id. */
  public String id() {
    return document.id();
  }

  /** Returns every fact: agreements, exercises, transfers, then statements. */
  public ImmutableList<Fact> facts() {
    return ImmutableList.<Fact>builder()
        .addAll(agreements)
        .addAll(exercises)
        .addAll(armsTransfers)
        .addAll(statements)
        .build();
  }

  /** Returns the relations derived from the facts, ordered by pair then domain. */
  public ImmutableList<Relation> relations() {
    return Relation.derive(facts());
  }

  /** Returns the states the document names as actors, in alpha-3 order. */
  public ImmutableSet<Country> states() {
    return Sets.immutableEnumSet(
        actors.stream().filter(State.class::isInstance).map(a -> ((State) a).code()).toList());
  }

  /** Returns the persons the document names. */
  public ImmutableList<Person> persons() {
    return actors.stream()
        .filter(Person.class::isInstance)
        .map(Person.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the organizations the document names. */
  public ImmutableList<Organization> organizations() {
    return actors.stream()
        .filter(Organization.class::isInstance)
        .map(Organization.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the diagnostics of the given severity. */
  public ImmutableList<Diagnostic> diagnostics(Severity severity) {
    return diagnostics.stream()
        .filter(d -> d.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether nothing was read: no actor and no fact. */
  public boolean isEmpty() {
    return actors.isEmpty() && facts().isEmpty();
  }

  @Override
  public String toString() {
    return "Reading["
        + document.id()
        + ": "
        + actors.size()
        + " actors, "
        + agreements.size()
        + " agreements, "
        + exercises.size()
        + " exercises, "
        + armsTransfers.size()
        + " transfers, "
        + statements.size()
        + " statements, "
        + diagnostics.size()
        + " diagnostics]";
  }

  /** Collects the values of a {@link Reading}; {@link #build()} checks them. */
  public static final class Builder {
    private final Document document;
    private ImmutableList<Actor> actors = ImmutableList.of();
    private ImmutableList<Agreement> agreements = ImmutableList.of();
    private ImmutableList<JointExercise> exercises = ImmutableList.of();
    private ImmutableList<ArmsTransfer> armsTransfers = ImmutableList.of();
    private ImmutableList<Statement> statements = ImmutableList.of();
    private ImmutableList<Diagnostic> diagnostics = ImmutableList.of();

    private Builder(Document document) {
      this.document = checkNotNull(document, "document");
    }

    /** Sets the actors. */
    public Builder actors(Iterable<? extends Actor> actors) {
      this.actors = ImmutableList.copyOf(actors);
      return this;
    }

    /** Sets the actors. */
    public Builder actors(Actor... actors) {
      return actors(Arrays.asList(actors));
    }

    /** Sets the agreements. */
    public Builder agreements(Iterable<Agreement> agreements) {
      this.agreements = ImmutableList.copyOf(agreements);
      return this;
    }

    /** Sets the agreements. */
    public Builder agreements(Agreement... agreements) {
      return agreements(Arrays.asList(agreements));
    }

    /** Sets the exercises. */
    public Builder exercises(Iterable<JointExercise> exercises) {
      this.exercises = ImmutableList.copyOf(exercises);
      return this;
    }

    /** Sets the exercises. */
    public Builder exercises(JointExercise... exercises) {
      return exercises(Arrays.asList(exercises));
    }

    /** Sets the arms transfers. */
    public Builder armsTransfers(Iterable<ArmsTransfer> armsTransfers) {
      this.armsTransfers = ImmutableList.copyOf(armsTransfers);
      return this;
    }

    /** Sets the arms transfers. */
    public Builder armsTransfers(ArmsTransfer... armsTransfers) {
      return armsTransfers(Arrays.asList(armsTransfers));
    }

    /** Sets the statements. */
    public Builder statements(Iterable<Statement> statements) {
      this.statements = ImmutableList.copyOf(statements);
      return this;
    }

    /** Sets the statements. */
    public Builder statements(Statement... statements) {
      return statements(Arrays.asList(statements));
    }

    /** Sets the diagnostics. */
    public Builder diagnostics(Iterable<Diagnostic> diagnostics) {
      this.diagnostics = ImmutableList.copyOf(diagnostics);
      return this;
    }

    /**
     * Returns the reading.
     *
     * @throws IllegalArgumentException as {@link Reading#Reading} does
     */
    public Reading build() {
      return new Reading(
          document, actors, agreements, exercises, armsTransfers, statements, diagnostics);
    }
  }
}
