package dev.entente.json;

import static dev.entente.json.Fields.optional;
import static dev.entente.json.Fields.required;

import dev.entente.model.Document;
import dev.entente.model.PartialDate;
import java.util.Optional;

/**
 * One line of a JSON Lines file of articles: {@code {"id", "text", "title", "published", "source",
 * "url", "language"}}; only {@code id} and {@code text} are required.
 */
record ArticleDto(
    String id,
    String text,
    String title,
    String published,
    String source,
    String url,
    String language) {

  ArticleJson.Line toModel(int number, FieldPath at) {
    String documentId = required(id, at.field("id"));
    String body = required(text, at.field("text"));
    Optional<PartialDate> date = Optional.empty();
    if (published != null) {
      try {
        date = Optional.of(PartialDate.parseTimestamp(published));
      } catch (IllegalArgumentException e) {
        throw new FieldException(at.field("published"), e.getMessage(), e);
      }
    }
    var address = DocumentDto.uri(url, at.field("url"));
    Optional<PartialDate> day = date;
    Document document =
        Fields.build(
            () ->
                Document.builder(documentId)
                    .title(optional(title).filter(t -> !t.isBlank()))
                    .published(day)
                    .source(optional(source).filter(s -> !s.isBlank()))
                    .url(address)
                    .language(optional(language).filter(l -> !l.isBlank()))
                    .build(),
            at);
    return new ArticleJson.Line(number, document, body);
  }
}
