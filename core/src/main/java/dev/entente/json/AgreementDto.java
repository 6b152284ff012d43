package dev.entente.json;

import static dev.entente.json.Fields.checkDerived;
import static dev.entente.json.Fields.constant;
import static dev.entente.json.Fields.constants;
import static dev.entente.json.Fields.countries;
import static dev.entente.json.Fields.list;
import static dev.entente.json.Fields.optional;
import static dev.entente.json.Fields.orNull;
import static dev.entente.json.Fields.period;
import static dev.entente.json.Fields.required;
import static dev.entente.json.Fields.set;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Domain;
import dev.entente.model.PartialDate;
import java.time.Period;
import dev.entente.identity.FactRecord;
import java.util.List;
import java.util.function.Function;

/**
 * An agreement object: {@code {"id", "parties", "organizations", "kind", "domains", "status",
 * "date", "subject", "duration", "evidence"}}; {@code "organizations"} is always written, {@code []}
 * when the parties are states only.
 */
record AgreementDto(
    String id,
    List<String> parties,
    List<OrganizationDto> organizations,
    String kind,
    List<String> domains,
    String status,
    String date,
    String subject,
    String duration,
    List<EvidenceDto> evidence,
    List<Integer> positions,
    List<AgreementDto> mentions,
    List<StepDto> lifecycle) implements RecordDto<AgreementDto, Agreement> {

  static AgreementDto from(Agreement agreement) {
    return new AgreementDto(
        agreement.id(),
        Fields.codes(agreement.parties()),
        agreement.organizations().stream().map(OrganizationDto::from).toList(),
        agreement.kind().name(),
        Fields.names(agreement.domains()),
        agreement.status().name(),
        orNull(agreement.date(), PartialDate::toString),
        agreement.subject().orElse(null),
        orNull(agreement.duration(), Period::toString),
        agreement.evidence().stream().map(EvidenceDto::from).toList(),
        List.of(),
        List.of(), List.of());
  }

  /**
   * Returns the object of a record: its merged fact, its mentions when it has more than one, and
   * its lifecycle.
   */
  static AgreementDto from(FactRecord<Agreement> record, Function<Agreement, Integer> position) {
    AgreementDto fact = from(record.fact());
    List<AgreementDto> mentions =
        record.mentions().size() == 1
            ? List.of()
            : record.mentions().stream().map(AgreementDto::from).toList();
    return new AgreementDto(fact.id(),
        fact.parties(),
        fact.organizations(),
        fact.kind(),
        fact.domains(),
        fact.status(),
        fact.date(),
        fact.subject(),
        fact.duration(),
        fact.evidence(),
        record.mentions().stream().map(position).toList(),
        mentions,
        record.lifecycle().stream().map(StepDto::from).toList());
  }

  @Override
  public Agreement toModel(FieldPath at) {
    required(id, at.field("id"));
    var states = countries(parties, at.field("parties"));
    var bodies = set(
            organizations,
            at.field("organizations"),
            OrganizationDto::toModel,
            OrganizationDto::name);
    var legalForm = constant(AgreementKind.class, kind, at.field("kind"));
    var fields = constants(Domain.class, domains, at.field("domains"));
    var stage = constant(AgreementStatus.class, status, at.field("status"));
    var when = Fields.date(date, at.field("date"));
    var runs = period(duration, at.field("duration"));
    var where = list(evidence, at.field("evidence"), EvidenceDto::toModel);
    Agreement agreement =
        Fields.build(
            () ->
                new Agreement(
                    states,
                    bodies,
                    legalForm,
                    fields,
                    stage,
                    when,
                    optional(subject),
                    runs,
                    where),
            at);
    checkDerived(id, agreement.id(), at.field("id"));
    return agreement;
  }
}
