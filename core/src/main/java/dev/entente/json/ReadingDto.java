package dev.entente.json;

import static dev.entente.json.Fields.list;
import static dev.entente.json.Fields.required;

import dev.entente.model.Actor;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One line: {@code {"document", "actors", "agreements", "exercises", "armsTransfers",
 * "statements", "relations", "diagnostics"}}.
 */
record ReadingDto(
    DocumentDto document,
    List<ActorDto> actors,
    List<AgreementDto> agreements,
    List<ExerciseDto> exercises,
    List<TransferDto> armsTransfers,
    List<StatementDto> statements,
    List<RelationDto> relations,
    List<DiagnosticDto> diagnostics) {

  static ReadingDto from(Reading reading) {
    // each fact's id is hashed once, however many relations list it
    Map<Fact, String> ids = new IdentityHashMap<>();
    Function<Fact, String> id = fact -> ids.computeIfAbsent(fact, Fact::id);
    return new ReadingDto(
        DocumentDto.from(reading.document()),
        reading.actors().stream().map(ActorDto::from).toList(),
        reading.agreements().stream().map(AgreementDto::from).toList(),
        reading.exercises().stream().map(ExerciseDto::from).toList(),
        reading.armsTransfers().stream().map(TransferDto::from).toList(),
        reading.statements().stream().map(StatementDto::from).toList(),
        reading.relations().stream().map(r -> RelationDto.from(r, id)).toList(),
        reading.diagnostics().stream().map(DiagnosticDto::from).toList());
  }

  /**
   * Returns the reading, after checking that the relations written in the line are those its
   * facts derive.
   */
  Reading toModel(FieldPath at) {
    var doc = required(document, at.field("document")).toModel(at.field("document"));
    List<Actor> who = list(actors, at.field("actors"), ActorDto::toModel);
    var deals = list(agreements, at.field("agreements"), AgreementDto::toModel);
    var drills = list(exercises, at.field("exercises"), ExerciseDto::toModel);
    var sales = list(armsTransfers, at.field("armsTransfers"), TransferDto::toModel);
    var words = list(statements, at.field("statements"), StatementDto::toModel);
    var doubts = list(diagnostics, at.field("diagnostics"), DiagnosticDto::toModel);
    List<RelationDto> written = list(relations, at.field("relations"), (r, path) -> r);
    Map<Fact, String> ids = new IdentityHashMap<>();
    checkOnce(agreements, AgreementDto::id, deals, ids, at.field("agreements"));
    checkOnce(exercises, ExerciseDto::id, drills, ids, at.field("exercises"));
    checkOnce(armsTransfers, TransferDto::id, sales, ids, at.field("armsTransfers"));
    checkOnce(statements, StatementDto::id, words, ids, at.field("statements"));
    Reading reading;
    try {
      reading =
          Reading.builder(doc)
              .actors(who)
              .agreements(deals)
              .exercises(drills)
              .armsTransfers(sales)
              .statements(words)
              .diagnostics(doubts)
              .build();
    } catch (IllegalArgumentException e) { // the model validates; this only finds the place
      throw new FieldException(locate(doc.id(), who, at), e.getMessage(), e);
    }
    checkRelations(written, reading, ids, at.field("relations"));
    return reading;
  }

  /**
   * Checks that no two facts of one kind have the same id, which the model would merge into one
   * (changing the line), and records each fact's id, already checked against its content.
   */
  private static <D, F extends Fact> void checkOnce(
      List<D> dtos, Function<D, String> writtenId, List<F> facts, Map<Fact, String> ids, FieldPath at) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      String id = writtenId.apply(dtos.get(i));
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        throw new FieldException(
            at.index(i).field("id"),
            String.format(
                "%s is also the id of %s; a reading lists each fact once, with all its evidence",
                Fields.quoted(id),
                at.index(earlier)));
      }
      ids.put(facts.get(i), id);
    }
  }

  /**
   * Returns where the reading the model rejected goes wrong: the first actor listed twice or the
   * first evidence from another document, else the whole line.
   */
  private FieldPath locate(String documentId, List<Actor> who, FieldPath at) {
    Set<Actor> seen = new HashSet<>();
    for (int i = 0; i < who.size(); i++) {
      if (!seen.add(who.get(i))) {
        return at.field("actors").index(i);
      }
    }
    Map<String, List<? extends List<EvidenceDto>>> facts = new LinkedHashMap<>();
    facts.put("agreements", agreements.stream().map(AgreementDto::evidence).toList());
    facts.put("exercises", exercises.stream().map(ExerciseDto::evidence).toList());
    facts.put("armsTransfers", armsTransfers.stream().map(TransferDto::evidence).toList());
    facts.put("statements", statements.stream().map(StatementDto::evidence).toList());
    for (var kind : facts.entrySet()) {
      for (int i = 0; i < kind.getValue().size(); i++) {
        List<EvidenceDto> evidence = kind.getValue().get(i);
        for (int j = 0; j < evidence.size(); j++) {
          if (!evidence.get(j).document().equals(documentId)) {
            return at.field(kind.getKey()).index(i).field("evidence").index(j).field("document");
          }
        }
      }
    }
    return at;
  }

  /**
   * Checks the written relations against those the facts derive. The facts' links are counted
   * first: each fact links the pairs of its states in each of its domains, and a line that lists
   * fewer (pair, domain, fact) entries is refused as soon as the count passes them, before any
   * relation is derived, so that a short line of exercises among 249 states cannot make the
   * reader derive millions. The work is then linear in the line's length.
   */
  private static void checkRelations(
      List<RelationDto> written, Reading reading, Map<Fact, String> ids, FieldPath at) {
    long listed = 0;
    for (RelationDto relation : written) {
      listed += relation.facts() == null ? 0 : relation.facts().size();
    }
    long derivable = 0;
    for (Fact fact : reading.facts()) {
      // pairs() costs what it yields, so stopping once past what is listed bounds the work
      derivable += (long) fact.pairs().size() * fact.domains().size();
      if (derivable > listed) {
        throw new FieldException(
            at,
            String.format(
                "the facts derive more (pair, domain, fact) links than the %d the relations list;"
                    + " relations are derived and cannot be edited by hand",
                listed));
      }
    }
    if (derivable != listed) {
      throw new FieldException(
          at,
          String.format(
              "the facts derive %d (pair, domain, fact) links, the relations list %d; relations"
                  + " are derived and cannot be edited by hand",
              derivable,
              listed));
    }
    Function<Fact, String> id = fact -> ids.computeIfAbsent(fact, Fact::id);
    List<RelationDto> derived =
        reading.relations().stream().map(r -> RelationDto.from(r, id)).toList();
    int common = Math.min(written.size(), derived.size());
    for (int i = 0; i < common; i++) {
      if (!written.get(i).equals(derived.get(i))) {
        throw new FieldException(
            at.index(i),
            String.format(
                "%s does not match the relations the facts derive, where this one is %s;"
                    + " relations are derived and cannot be edited by hand",
                written.get(i).describe(),
                derived.get(i).describe()));
      }
    }
    if (written.size() > common) {
      throw new FieldException(
          at.index(common),
          String.format(
              "%s is not derived from the facts, which derive %d relations;"
                  + " relations are derived and cannot be edited by hand",
              written.get(common).describe(),
              derived.size()));
    }
    if (derived.size() > common) {
      throw new FieldException(
          at,
          String.format(
              "%s is missing: the facts derive %d relations, the line lists %d;"
                  + " relations are derived and cannot be edited by hand",
              derived.get(common).describe(),
              derived.size(),
              written.size()));
    }
  }
}
