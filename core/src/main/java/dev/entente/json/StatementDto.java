package dev.entente.json;

import static dev.entente.json.Fields.checkDerived;
import static dev.entente.json.Fields.constants;
import static dev.entente.json.Fields.countries;
import static dev.entente.json.Fields.list;
import static dev.entente.json.Fields.orNull;
import static dev.entente.json.Fields.required;

import com.google.common.collect.ImmutableSetMultimap;
import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.PartialDate;
import dev.entente.model.Statement;
import dev.entente.identity.FactRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A statement object: {@code {"id", "speaker", "quote", "about", "domains", "narrowed", "date",
 * "evidence"}}; the speaker is a full actor object, and {@code narrowed} maps the alpha-3 code of
 * each state the statement links in only some of its domains to those domains ({@code {}} when
 * there is none; absent, as in lines written before it existed, means none).
 */
record StatementDto(
    String id,
    ActorDto speaker,
    String quote,
    List<String> about,
    List<String> domains,
    Map<String, List<String>> narrowed,
    String date,
    List<EvidenceDto> evidence,
    List<Integer> positions,
    List<StatementDto> mentions) implements RecordDto<StatementDto, Statement> {

  static StatementDto from(Statement statement) {
    return new StatementDto(
        statement.id(),
        ActorDto.from(statement.speaker()),
        statement.quote(),
        Fields.codes(statement.about()),
        Fields.names(statement.domains()),
        narrowedOf(statement),
        orNull(statement.date(), PartialDate::toString),
        statement.evidence().stream().map(EvidenceDto::from).toList(),
        List.of(),
        List.of());
  }

  /**
   * Returns the object of a record: its merged fact, its mentions when it has more than one.
   */
  static StatementDto from(FactRecord<Statement> record, Function<Statement, Integer> position) {
    StatementDto fact = from(record.fact());
    List<StatementDto> mentions =
        record.mentions().size() == 1
            ? List.of()
            : record.mentions().stream().map(StatementDto::from).toList();
    return new StatementDto(fact.id(),
        fact.speaker(),
        fact.quote(),
        fact.about(),
        fact.domains(),
        fact.narrowed(),
        fact.date(),
        fact.evidence(),
        record.mentions().stream().map(position).toList(),
        mentions);
  }

  @Override
  public Statement toModel(FieldPath at) {
    required(id, at.field("id"));
    Actor who = required(speaker, at.field("speaker")).toModel(at.field("speaker"));
    String words = required(quote, at.field("quote"));
    var states = countries(about, at.field("about"));
    var fields = constants(Domain.class, domains, at.field("domains"));
    var narrower = narrowedOf(narrowed, at.field("narrowed"));
    var when = Fields.date(date, at.field("date"));
    var where = list(evidence, at.field("evidence"), EvidenceDto::toModel);
    Statement statement =
        Fields.build(() -> new Statement(who, words, states, fields, narrower, when, where), at);
    checkDerived(id, statement.id(), at.field("id"));
    return statement;
  }

  private static Map<String, List<String>> narrowedOf(Statement statement) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    statement.narrowed().asMap().forEach((state, own) -> out.put(state.alpha3(), Fields.names(own)));
    return out;
  }

  private static ImmutableSetMultimap<Country, Domain> narrowedOf(
      Map<String, List<String>> narrowed, FieldPath at) {
    ImmutableSetMultimap.Builder<Country, Domain> out = ImmutableSetMultimap.builder();
    if (narrowed != null) {
      narrowed.forEach(
          (code, own) ->
              out.putAll(
                  Fields.country(code, at.field(code)),
                  constants(Domain.class, own, at.field(code))));
    }
    return out.build();
  }
}
