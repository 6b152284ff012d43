package dev.entente.json;

import static dev.entente.json.Fields.checkDerived;
import static dev.entente.json.Fields.constant;
import static dev.entente.json.Fields.country;
import static dev.entente.json.Fields.list;
import static dev.entente.json.Fields.optional;
import static dev.entente.json.Fields.optionalConstant;
import static dev.entente.json.Fields.orNull;
import static dev.entente.json.Fields.required;

import dev.entente.model.ArmsTransfer;
import dev.entente.model.PartialDate;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.identity.FactRecord;
import java.util.List;
import java.util.function.Function;
import java.util.OptionalInt;

/**
 * An arms transfer object: {@code {"id", "supplier", "recipient", "system", "canonicalSystem",
 * "category", "quantity", "status", "date", "evidence"}}; an absent or null {@code canonicalSystem}
 * is none.
 */
record TransferDto(
    String id,
    String supplier,
    String recipient,
    String system,
    String canonicalSystem,
    String category,
    Integer quantity,
    String status,
    String date,
    List<EvidenceDto> evidence,
    List<Integer> positions,
    List<TransferDto> mentions,
    List<StepDto> lifecycle) implements RecordDto<TransferDto, ArmsTransfer> {

  static TransferDto from(ArmsTransfer transfer) {
    return new TransferDto(
        transfer.id(),
        transfer.supplier().alpha3(),
        transfer.recipient().alpha3(),
        transfer.system().orElse(null),
        transfer.canonicalSystem().orElse(null),
        orNull(transfer.category(), SystemCategory::name),
        transfer.quantity().isPresent() ? transfer.quantity().getAsInt() : null,
        transfer.status().name(),
        orNull(transfer.date(), PartialDate::toString),
        transfer.evidence().stream().map(EvidenceDto::from).toList(),
        List.of(),
        List.of(), List.of());
  }

  /**
   * Returns the object of a record: its merged fact, its mentions when it has more than one, and
   * its lifecycle.
   */
  static TransferDto from(FactRecord<ArmsTransfer> record, Function<ArmsTransfer, Integer> position) {
    TransferDto fact = from(record.fact());
    List<TransferDto> mentions =
        record.mentions().size() == 1
            ? List.of()
            : record.mentions().stream().map(TransferDto::from).toList();
    return new TransferDto(fact.id(),
        fact.supplier(),
        fact.recipient(),
        fact.system(),
        fact.canonicalSystem(),
        fact.category(),
        fact.quantity(),
        fact.status(),
        fact.date(),
        fact.evidence(),
        record.mentions().stream().map(position).toList(),
        mentions,
        record.lifecycle().stream().map(StepDto::from).toList());
  }

  @Override
  public ArmsTransfer toModel(FieldPath at) {
    required(id, at.field("id"));
    var from = country(supplier, at.field("supplier"));
    var to = country(recipient, at.field("recipient"));
    var kind = optionalConstant(SystemCategory.class, category, at.field("category"));
    if (quantity != null && quantity < 1) { // the model's rule, checked here to name the field
      throw new FieldException(
          at.field("quantity"),
          "a quantity must be at least 1, got " + quantity + "; null means the article gives none");
    }
    var count = quantity == null ? OptionalInt.empty() : OptionalInt.of(quantity);
    var stage = constant(TransferStatus.class, status, at.field("status"));
    var when = Fields.date(date, at.field("date"));
    var where = list(evidence, at.field("evidence"), EvidenceDto::toModel);
    ArmsTransfer transfer =
        Fields.build(
            () -> new ArmsTransfer(from, to, optional(system), optional(canonicalSystem), kind, count, stage, when, where),
            at);
    checkDerived(id, transfer.id(), at.field("id"));
    return transfer;
  }
}
