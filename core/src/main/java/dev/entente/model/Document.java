package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A document's metadata: its id and, where the article gives them, its title, publication date
 * and source.
 *
 * @param id a non-blank id, unique within a corpus; for a file, its name without {@code .txt}
 * @param title the title, when the article has one
 * @param published the publication date, at the precision the article gives
 * @param source the source: a URL, a newsroom or an agency
 */
public record Document(
    String id, Optional<String> title, Optional<PartialDate> published, Optional<String> source) {

  /**
   * Checks every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id is blank
   */
  public Document {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(published, "published");
    checkNotNull(source, "source");
    checkArgument(!id.isBlank(), "a document id must not be blank, got \"%s\"", id);
  }

  /** Returns a document known only by its id. */
  public static Document of(String id) {
    return new Document(id, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Returns this document with the given title. */
  public Document withTitle(String title) {
    return new Document(id, Optional.of(title), published, source);
  }

  /** Returns this document with the given publication date. */
  public Document withPublished(PartialDate published) {
    return new Document(id, title, Optional.of(published), source);
  }

  /** Returns this document with the given source. */
  public Document withSource(String source) {
    return new Document(id, title, published, Optional.of(source));
  }
}
