package dev.entente.json;

import static dev.entente.json.Fields.checkDerived;
import static dev.entente.json.Fields.constants;
import static dev.entente.json.Fields.countries;
import static dev.entente.json.Fields.date;
import static dev.entente.json.Fields.list;
import static dev.entente.json.Fields.optional;
import static dev.entente.json.Fields.orNull;
import static dev.entente.json.Fields.required;
import static dev.entente.json.Fields.set;

import dev.entente.model.Domain;
import dev.entente.model.JointExercise;
import dev.entente.model.PartialDate;
import dev.entente.identity.FactRecord;
import java.util.List;
import java.util.function.Function;

/**
 * A joint exercise object: {@code {"id", "name", "participants", "organizations", "domains",
 * "location", "start", "end", "forces", "evidence"}}; {@code "organizations"} is always written,
 * {@code []} when the participants are states only.
 */
record ExerciseDto(
    String id,
    String name,
    List<String> participants,
    List<OrganizationDto> organizations,
    List<String> domains,
    String location,
    String start,
    String end,
    String forces,
    List<EvidenceDto> evidence,
    List<Integer> positions,
    List<ExerciseDto> mentions) implements RecordDto<ExerciseDto, JointExercise> {

  static ExerciseDto from(JointExercise exercise) {
    return new ExerciseDto(
        exercise.id(),
        exercise.name().orElse(null),
        Fields.codes(exercise.participants()),
        exercise.organizations().stream().map(OrganizationDto::from).toList(),
        Fields.names(exercise.domains()),
        exercise.location().orElse(null),
        orNull(exercise.start(), PartialDate::toString),
        orNull(exercise.end(), PartialDate::toString),
        exercise.forces().orElse(null),
        exercise.evidence().stream().map(EvidenceDto::from).toList(),
        List.of(),
        List.of());
  }

  /**
   * Returns the object of a record: its merged fact, its mentions when it has more than one.
   */
  static ExerciseDto from(FactRecord<JointExercise> record, Function<JointExercise, Integer> position) {
    ExerciseDto fact = from(record.fact());
    List<ExerciseDto> mentions =
        record.mentions().size() == 1
            ? List.of()
            : record.mentions().stream().map(ExerciseDto::from).toList();
    return new ExerciseDto(fact.id(),
        fact.name(),
        fact.participants(),
        fact.organizations(),
        fact.domains(),
        fact.location(),
        fact.start(),
        fact.end(),
        fact.forces(),
        fact.evidence(),
        record.mentions().stream().map(position).toList(),
        mentions);
  }

  @Override
  public JointExercise toModel(FieldPath at) {
    required(id, at.field("id"));
    var states = countries(participants, at.field("participants"));
    var bodies = set(
            organizations,
            at.field("organizations"),
            OrganizationDto::toModel,
            OrganizationDto::name);
    var fields = constants(Domain.class, domains, at.field("domains"));
    var from = date(start, at.field("start"));
    var to = date(end, at.field("end"));
    var where = list(evidence, at.field("evidence"), EvidenceDto::toModel);
    JointExercise exercise =
        Fields.build(
            () ->
                new JointExercise(
                    optional(name),
                    states,
                    bodies,
                    fields,
                    optional(location),
                    from,
                    to,
                    optional(forces),
                    where),
            at);
    checkDerived(id, exercise.id(), at.field("id"));
    return exercise;
  }
}
