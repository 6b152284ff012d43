package dev.entente.json;

import static dev.entente.json.Fields.date;
import static dev.entente.json.Fields.optional;
import static dev.entente.json.Fields.orNull;
import static dev.entente.json.Fields.required;

import dev.entente.model.Document;
import dev.entente.model.PartialDate;

/** The {@code "document"} object: {@code {"id", "title", "published", "source"}}. */
record DocumentDto(String id, String title, String published, String source) {

  static DocumentDto from(Document document) {
    return new DocumentDto(
        document.id(),
        document.title().orElse(null),
        orNull(document.published(), PartialDate::toString),
        document.source().orElse(null));
  }

  Document toModel(FieldPath at) {
    String documentId = required(id, at.field("id"));
    var date = date(published, at.field("published"));
    return Fields.build(() -> new Document(documentId, optional(title), date, optional(source)), at);
  }
}
