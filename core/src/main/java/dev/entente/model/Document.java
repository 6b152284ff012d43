package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.util.Optional;

/**
 * A document's metadata: its id and, where the article or its feed gives them, its title,
 * publication date, source, address and language.
 *
 * <pre>{@code
 * Document doc = Document.builder("lemonde-1")
 *     .title("Moscou et Pékin renforcent leur coopération")
 *     .published(PartialDate.parse("2024-05-16"))
 *     .source("Le Monde").url(URI.create("https://www.lemonde.fr/a/1.html")).language("fr")
 *     .build();
 * }</pre>
 *
 * @param id a non-blank id, unique within a corpus; for a file, its name without {@code .txt}
 * @param title the title, when the article has one
 * @param published the publication date, at the precision the article gives
 * @param source the source: a newsroom, an agency or a site's name
 * @param url the address the document was published at, when known
 * @param language the document's language as a BCP 47 tag ({@code "fr"}), when the feed says it
 */
public record Document(
    String id,
    Optional<String> title,
    Optional<PartialDate> published,
    Optional<String> source,
    Optional<URI> url,
    Optional<String> language) {

  /**
   * Checks every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id or the language is blank
   */
  public Document {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(published, "published");
    checkNotNull(source, "source");
    checkNotNull(url, "url");
    checkNotNull(language, "language");
    checkArgument(!id.isBlank(), "a document id must not be blank, got \"%s\"", id);
    checkArgument(
        language.isEmpty() || !language.get().isBlank(),
        "a document's language must not be blank; leave it out when it is not known");
  }

  /**
   * Returns the document of the given id, title, publication date and source, with no address and
   * no language.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id is blank
   */
  public Document(
      String id, Optional<String> title, Optional<PartialDate> published, Optional<String> source) {
    this(id, title, published, source, Optional.empty(), Optional.empty());
  }

  /** Returns a document known only by its id. */
  public static Document of(String id) {
    return new Document(id, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a builder of the document {@code id}, every other value absent.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(checkNotNull(id, "id"));
  }

  /** Returns a builder holding this document's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(id);
    builder.title = title;
    builder.published = published;
    builder.source = source;
    builder.url = url;
    builder.language = language;
    return builder;
  }

  /** Returns this document with the given title. */
  public Document withTitle(String title) {
    return toBuilder().title(title).build();
  }

  /** Returns this document with the given publication date. */
  public Document withPublished(PartialDate published) {
    return toBuilder().published(published).build();
  }

  /** Returns this document with the given source. */
  public Document withSource(String source) {
    return toBuilder().source(source).build();
  }

  /** Collects the values of a {@link Document}; {@link #build()} checks them. */
  public static final class Builder {
    private final String id;
    private Optional<String> title = Optional.empty();
    private Optional<PartialDate> published = Optional.empty();
    private Optional<String> source = Optional.empty();
    private Optional<URI> url = Optional.empty();
    private Optional<String> language = Optional.empty();

    private Builder(String id) {
      this.id = id;
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = Optional.of(title);
      return this;
    }

    /** Sets the title, or leaves it out when empty. */
    public Builder title(Optional<String> title) {
      this.title = checkNotNull(title, "title");
      return this;
    }

    /** Sets the publication date. */
    public Builder published(PartialDate published) {
      this.published = Optional.of(published);
      return this;
    }

    /** Sets the publication date, or leaves it out when empty. */
    public Builder published(Optional<PartialDate> published) {
      this.published = checkNotNull(published, "published");
      return this;
    }

    /** Sets the source. */
    public Builder source(String source) {
      this.source = Optional.of(source);
      return this;
    }

    /** Sets the source, or leaves it out when empty. */
    public Builder source(Optional<String> source) {
      this.source = checkNotNull(source, "source");
      return this;
    }

    /** Sets the address. */
    public Builder url(URI url) {
      this.url = Optional.of(url);
      return this;
    }

    /** Sets the address, or leaves it out when empty. */
    public Builder url(Optional<URI> url) {
      this.url = checkNotNull(url, "url");
      return this;
    }

    /** Sets the language, a BCP 47 tag such as {@code "fr"}. */
    public Builder language(String language) {
      this.language = Optional.of(language);
      return this;
    }

    /** Sets the language, or leaves it out when empty. */
    public Builder language(Optional<String> language) {
      this.language = checkNotNull(language, "language");
      return this;
    }

    /**
     * Returns the document.
     *
     * @throws IllegalArgumentException if the id or the language is blank
     */
    public Document build() {
      return new Document(id, title, published, source, url, language);
    }
  }
}
