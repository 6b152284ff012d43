package dev.entente.parse;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.entente.model.Document;
import dev.entente.model.PartialDate;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A French news article to read: an id, its raw text (boilerplate and all) and what its feed
 * already knows about it: title, publication date, source, address and language.
 *
 * <p>Metadata the caller gives wins over what the parser reads in the text: a given publication
 * date is the reading's date, and it dates the facts the text dates relative to it ("mardi
 * dernier"); a given title or source replaces the one read from the text's lines.
 *
 * <pre>{@code
 * Article article = Article.builder("lemonde-1", text)
 *     .title("Moscou et Pékin renforcent leur coopération")
 *     .published(PartialDate.parse("2024-05-16"))
 *     .source("Le Monde")
 *     .url(URI.create("https://www.lemonde.fr/a/1.html"))
 *     .build();
 * }</pre>
 *
 * @param id a non-blank id, unique within a corpus; for a file, its name without {@code .txt}
 * @param text the article's text; any string is accepted
 * @param title the title the feed gives
 * @param published the publication date the feed gives
 * @param source the newsroom, agency or site the feed names
 * @param url the address of the article
 * @param language the language the feed declares, a BCP 47 tag such as {@code "fr"}
 */
public record Article(
    String id,
    String text,
    Optional<String> title,
    Optional<PartialDate> published,
    Optional<String> source,
    Optional<URI> url,
    Optional<String> language) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id is blank, or a title, source or language is blank
   */
  public Article {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(title, "title");
    checkNotNull(published, "published");
    checkNotNull(source, "source");
    checkNotNull(url, "url");
    checkNotNull(language, "language");
    checkArgument(!id.isBlank(), "an article id must not be blank, got \"%s\"", id);
    checkArgument(title.isEmpty() || !title.get().isBlank(), "a title must not be blank; leave it out");
    checkArgument(source.isEmpty() || !source.get().isBlank(), "a source must not be blank; leave it out");
    checkArgument(
        language.isEmpty() || !language.get().isBlank(), "a language must not be blank; leave it out");
  }

  /**
   * Returns the article with the given id and text, and no metadata.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank
   */
  public Article(String id, String text) {
    this(id, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Returns the article with the given id and text, and no metadata. */
  public static Article of(String id, String text) {
    return new Article(id, text);
  }

  /**
   * Returns the article of {@code document}'s id and metadata, and of {@code text}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Article of(Document document, String text) {
    checkNotNull(document, "document");
    return new Article(
        document.id(),
        text,
        document.title(),
        document.published(),
        document.source(),
        document.url(),
        document.language());
  }

  /**
   * Returns a builder of the article {@code id} of {@code text}, without metadata.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String id, String text) {
    return new Builder(checkNotNull(id, "id"), checkNotNull(text, "text"));
  }

  /**
   * Returns the id {@link Parser#parseFiles} gives the article of {@code file}: its name without
   * {@code .txt}, {@code .html}, {@code .htm}, {@code .xhtml} or {@code .jsonl}, read from the
   * name's bytes so that it is the same under any locale.
   *
   * @throws NullPointerException if {@code file} is null
   */
  public static String idOf(Path file) {
    return ArticleFiles.idOf(null, checkNotNull(file, "file"));
  }

  /**
   * Returns the id {@link Parser#parseFilesRecursively} gives the article of {@code file} found
   * below {@code folder}: its path from the folder, {@code /}-separated, without the extension
   * ({@code 2024/05/index}).
   *
   * @throws NullPointerException if an argument is null
   */
  public static String idOf(Path folder, Path file) {
    return ArticleFiles.idOf(checkNotNull(folder, "folder"), checkNotNull(file, "file"));
  }

  /** Returns whether the caller gave any metadata: title, date, source, address or language. */
  public boolean hasMetadata() {
    return title.isPresent()
        || published.isPresent()
        || source.isPresent()
        || url.isPresent()
        || language.isPresent();
  }

  /**
   * Returns {@code read}, the metadata the parser read in the text, with each value this article
   * was given put in its place.
   */
  Document metadataOver(Document read) {
    return read.toBuilder()
        .title(title.or(read::title))
        .published(published.or(read::published))
        .source(source.or(read::source))
        .url(url.or(read::url))
        .language(language.or(read::language))
        .build();
  }

  @Override
  public String toString() {
    return "Article[" + id + ", " + text.length() + " chars"
        + title.map(t -> ", \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"").orElse("")
        + published.map(p -> ", " + p).orElse("")
        + source.map(s -> ", " + s).orElse("")
        + url.map(u -> ", " + u).orElse("")
        + "]";
  }

  /** Collects an article's metadata; {@link #build()} checks it. */
  public static final class Builder {
    private final String id;
    private final String text;
    private Optional<String> title = Optional.empty();
    private Optional<PartialDate> published = Optional.empty();
    private Optional<String> source = Optional.empty();
    private Optional<URI> url = Optional.empty();
    private Optional<String> language = Optional.empty();

    private Builder(String id, String text) {
      this.id = id;
      this.text = text;
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = Optional.of(title);
      return this;
    }

    /** Sets the publication date, which wins over any date the parser reads in the text. */
    public Builder published(PartialDate published) {
      this.published = Optional.of(published);
      return this;
    }

    /** Sets the source: a newsroom, an agency, a site's name. */
    public Builder source(String source) {
      this.source = Optional.of(source);
      return this;
    }

    /** Sets the article's address. */
    public Builder url(URI url) {
      this.url = Optional.of(url);
      return this;
    }

    /** Sets the language, a BCP 47 tag such as {@code "fr"}. */
    public Builder language(String language) {
      this.language = Optional.of(language);
      return this;
    }

    /**
     * Returns the article.
     *
     * @throws IllegalArgumentException if the id is blank, or a title, source or language is blank
     */
    public Article build() {
      return new Article(id, text, title, published, source, url, language);
    }
  }
}
