package dev.entente.json;

import static dev.entente.json.Fields.list;
import static dev.entente.json.Fields.required;

import dev.entente.identity.FactRecord;
import dev.entente.identity.FactResolver;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.CountryPair;
import dev.entente.model.Diagnostic;
import dev.entente.model.Document;
import dev.entente.model.JointExercise;
import dev.entente.model.Relation;
import dev.entente.model.Statement;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

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
    Records records = Records.of(reading);
    Function<Fact, Integer> position = positions(reading);
    return new ReadingDto(
        DocumentDto.from(reading.document()),
        reading.actors().stream().map(ActorDto::from).toList(),
        records.agreements().stream().map(r -> AgreementDto.from(r, position::apply)).toList(),
        records.exercises().stream().map(r -> ExerciseDto.from(r, position::apply)).toList(),
        records.transfers().stream().map(r -> TransferDto.from(r, position::apply)).toList(),
        records.statements().stream().map(r -> StatementDto.from(r, position::apply)).toList(),
        Relation.derive(records.facts()).stream().map(r -> RelationDto.from(r, id)).toList(),
        reading.diagnostics().stream().map(DiagnosticDto::from).toList());
  }

  /** Returns the place of each of the reading's facts in its kind's list. */
  private static Function<Fact, Integer> positions(Reading reading) {
    Map<Fact, Integer> places = new IdentityHashMap<>();
    for (List<? extends Fact> kind :
        List.of(
            reading.agreements(),
            reading.exercises(),
            reading.armsTransfers(),
            reading.statements())) {
      for (int i = 0; i < kind.size(); i++) {
        places.put(kind.get(i), i);
      }
    }
    return places::get;
  }

  /** The records of one reading's facts, resolved within the document, by kind. */
  private record Records(
      List<FactRecord<Agreement>> agreements,
      List<FactRecord<JointExercise>> exercises,
      List<FactRecord<ArmsTransfer>> transfers,
      List<FactRecord<Statement>> statements) {

    @SuppressWarnings("unchecked") // each kind is resolved on its own: its records hold that kind
    static Records of(Reading reading) {
      FactResolver resolver = FactResolver.standard();
      return new Records(
          (List<FactRecord<Agreement>>) (List<?>) resolver.resolve(reading.agreements()),
          (List<FactRecord<JointExercise>>) (List<?>) resolver.resolve(reading.exercises()),
          (List<FactRecord<ArmsTransfer>>) (List<?>) resolver.resolve(reading.armsTransfers()),
          (List<FactRecord<Statement>>) (List<?>) resolver.resolve(reading.statements()));
    }

    List<Fact> facts() {
      List<Fact> facts = new ArrayList<>();
      agreements.forEach(r -> facts.add(r.fact()));
      exercises.forEach(r -> facts.add(r.fact()));
      transfers.forEach(r -> facts.add(r.fact()));
      statements.forEach(r -> facts.add(r.fact()));
      return facts;
    }
  }

  /**
   * Returns the reading, after checking that the relations written in the line are those its
   * facts derive. A line lists each record of the document with its mentions, which are the
   * reading's facts; its records and relations are derived from them, and checked. A line written
   * before records (no {@code "mentions"} key) lists the facts themselves.
   */
  Reading toModel(FieldPath at) {
    var doc = required(document, at.field("document")).toModel(at.field("document"));
    List<Actor> who = list(actors, at.field("actors"), ActorDto::toModel);
    boolean legacy =
        Stream.of(agreements, exercises, armsTransfers, statements)
            .filter(java.util.Objects::nonNull)
            .flatMap(List::stream)
            .anyMatch(dto -> ((RecordDto<?, ?>) dto).writtenBeforeRecords());
    if (legacy) {
      return legacyModel(doc, who, at);
    }
    var deals =
        mentions(
            agreements, at.field("agreements"), AgreementDto::mentionsToModel,
            AgreementDto::positions);
    var drills =
        mentions(
            exercises, at.field("exercises"), ExerciseDto::mentionsToModel,
            ExerciseDto::positions);
    var sales =
        mentions(
            armsTransfers, at.field("armsTransfers"), TransferDto::mentionsToModel,
            TransferDto::positions);
    var words =
        mentions(
            statements, at.field("statements"), StatementDto::mentionsToModel,
            StatementDto::positions);
    var doubts = list(diagnostics, at.field("diagnostics"), DiagnosticDto::toModel);
    List<RelationDto> written = list(relations, at.field("relations"), (r, path) -> r);
    Map<Fact, String> ids = new IdentityHashMap<>();
    checkOnce(deals, ids, at.field("agreements"));
    checkOnce(drills, ids, at.field("exercises"));
    checkOnce(sales, ids, at.field("armsTransfers"));
    checkOnce(words, ids, at.field("statements"));
    Reading reading = build(doc, who, deals, drills, sales, words, doubts, at);
    Records records = Records.of(reading);
    checkRecords(
        agreements, records.agreements(), AgreementDto::toModel, AgreementDto::lifecycle,
        at.field("agreements"));
    checkRecords(exercises, records.exercises(), ExerciseDto::toModel, null, at.field("exercises"));
    checkRecords(
        armsTransfers, records.transfers(), TransferDto::toModel, TransferDto::lifecycle,
        at.field("armsTransfers"));
    checkRecords(
        statements, records.statements(), StatementDto::toModel, null, at.field("statements"));
    checkRelations(written, records.facts(), new IdentityHashMap<>(), at.field("relations"));
    return reading;
  }

  /**
   * Returns the mentions of the objects of one kind, each at the place its record's {@code
   * "positions"} give, which must place every mention once.
   */
  private static <D, F> List<F> mentions(
      List<D> dtos,
      FieldPath at,
      java.util.function.BiFunction<D, FieldPath, List<F>> read,
      Function<D, List<Integer>> positions) {
    List<List<F>> each = list(dtos, at, read::apply);
    int total = each.stream().mapToInt(List::size).sum();
    List<F> placed = new ArrayList<>(java.util.Collections.nCopies(total, null));
    for (int i = 0; i < each.size(); i++) {
      List<Integer> places = positions.apply(dtos.get(i));
      FieldPath where = at.index(i).field("positions");
      if (places.size() != each.get(i).size()) {
        throw new FieldException(
            where,
            String.format(
                "%d positions for %d mentions; each mention has one place in the reading",
                places.size(), each.get(i).size()));
      }
      for (int m = 0; m < places.size(); m++) {
        Integer place = places.get(m);
        if (place == null || place < 0 || place >= total || placed.get(place) != null) {
          throw new FieldException(
              where.index(m),
              String.format(
                  "%s is not a free place among the %d facts of this kind; positions number the"
                      + " mentions 0 to %d, each once",
                  place, total, total - 1));
        }
        placed.set(place, each.get(i).get(m));
      }
    }
    return placed;
  }

  /**
   * Checks that the objects written are the records the mentions resolve into: the same merged
   * fact (read as the model reads it, so sets may come in any order) and the same lifecycle.
   */
  private static <D, F extends Fact> void checkRecords(
      List<D> written,
      List<FactRecord<F>> derived,
      java.util.function.BiFunction<D, FieldPath, F> merged,
      Function<D, List<StepDto>> lifecycle,
      FieldPath at) {
    if (written.size() != derived.size()) {
      throw new FieldException(
          at,
          String.format(
              "the mentions of the line resolve into %d records, the line lists %d; records are"
                  + " derived and cannot be edited by hand",
              derived.size(),
              written.size()));
    }
    for (int i = 0; i < written.size(); i++) {
      FactRecord<F> record = derived.get(i);
      D dto = written.get(i);
      List<StepDto> steps = record.lifecycle().stream().map(StepDto::from).toList();
      boolean sameSteps = lifecycle == null || steps.equals(lifecycle.apply(dto));
      if (!sameSteps || !record.fact().equals(merged.apply(dto, at.index(i)))) {
        throw new FieldException(
            at.index(i),
            "does not match the record its mentions resolve into ("
                + record.fact()
                + (lifecycle == null ? "" : ", lifecycle " + steps)
                + "); records, their merged values and lifecycle are derived and cannot be"
                + " edited by hand");
      }
    }
  }

  private Reading build(
      Document doc,
      List<Actor> who,
      List<Agreement> deals,
      List<JointExercise> drills,
      List<ArmsTransfer> sales,
      List<Statement> words,
      List<Diagnostic> doubts,
      FieldPath at) {
    try {
      return Reading.builder(doc)
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
  }

  /** Returns the reading of a line written before records: its facts are the mentions. */
  private Reading legacyModel(Document doc, List<Actor> who, FieldPath at) {
    var deals = list(agreements, at.field("agreements"), AgreementDto::toModel);
    var drills = list(exercises, at.field("exercises"), ExerciseDto::toModel);
    var sales = list(armsTransfers, at.field("armsTransfers"), TransferDto::toModel);
    var words = list(statements, at.field("statements"), StatementDto::toModel);
    var doubts = list(diagnostics, at.field("diagnostics"), DiagnosticDto::toModel);
    List<RelationDto> written = list(relations, at.field("relations"), (r, path) -> r);
    Map<Fact, String> ids = new IdentityHashMap<>();
    checkOnce(deals, ids, at.field("agreements"));
    checkOnce(drills, ids, at.field("exercises"));
    checkOnce(sales, ids, at.field("armsTransfers"));
    checkOnce(words, ids, at.field("statements"));
    Reading reading = build(doc, who, deals, drills, sales, words, doubts, at);
    checkRelations(written, reading.facts(), ids, at.field("relations"));
    return reading;
  }

  /**
   * Checks that no two facts of one kind have the same id, which the model would merge into one
   * (changing the line), and records each fact's id.
   */
  private static <F extends Fact> void checkOnce(List<F> facts, Map<Fact, String> ids, FieldPath at) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      String id = facts.get(i).id();
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        throw new FieldException(
            at,
            String.format(
                "%s is the id of two facts (mentions %d and %d); a reading lists each fact once,"
                    + " with all its evidence",
                Fields.quoted(id),
                earlier,
                i));
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
      List<RelationDto> written, List<Fact> facts, Map<Fact, String> ids, FieldPath at) {
    long listed = 0;
    for (RelationDto relation : written) {
      listed += relation.facts() == null ? 0 : relation.facts().size();
    }
    long derivable = 0;
    for (Fact fact : facts) {
      // pairs() costs what it yields, so stopping once past what is listed bounds the work
      for (CountryPair pair : fact.pairs()) {
        derivable += fact.domainsOf(pair).size();
      }
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
        Relation.derive(facts).stream().map(r -> RelationDto.from(r, id)).toList();
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
