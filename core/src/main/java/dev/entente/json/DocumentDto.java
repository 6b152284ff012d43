package dev.entente.json;

import static dev.entente.json.Fields.date;
import static dev.entente.json.Fields.optional;
import static dev.entente.json.Fields.orNull;
import static dev.entente.json.Fields.required;

import dev.entente.model.Document;
import dev.entente.model.PartialDate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The {@code "document"} object: {@code {"id", "title", "published", "source", "url",
 * "language"}}; lines written before the last two existed leave them out, which reads as absent.
 */
record DocumentDto(
    String id, String title, String published, String source, String url, String language) {

  static DocumentDto from(Document document) {
    return new DocumentDto(
        document.id(),
        document.title().orElse(null),
        orNull(document.published(), PartialDate::toString),
        document.source().orElse(null),
        orNull(document.url(), URI::toString),
        document.language().orElse(null));
  }

  Document toModel(FieldPath at) {
    String documentId = required(id, at.field("id"));
    var date = date(published, at.field("published"));
    Optional<URI> address = uri(url, at.field("url"));
    return Fields.build(
        () ->
            new Document(
                documentId, optional(title), date, optional(source), address, optional(language)),
        at);
  }

  /** Returns the address of {@code text}, absent when null. */
  static Optional<URI> uri(String text, FieldPath at) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      throw new FieldException(
          at,
          String.format(
              "malformed address %s: %s; write it as a URI, spaces as %%20",
              Fields.quoted(text), e.getReason()),
          e);
    }
  }
}
