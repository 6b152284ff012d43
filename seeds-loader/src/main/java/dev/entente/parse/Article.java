package dev.entente.parse;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A French news article to read: an id and its raw text, boilerplate and all.
 *
 * @param id a non-blank id, unique within a corpus; for a file, its name without {@code .txt}
 * @param text the article's text; any string is accepted
 */
public record Article(String id, String text) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id is blank
   */
  public Article {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkArgument(!id.isBlank(), "an article id must not be blank, got \"%s\"", id);
  }

  /** Returns the article with the given id and text. */
  public static Article of(String id, String text) {
    return new Article(id, text);
  }

  @Override
  public String toString() {
    return "Article[" + id + ", " + text.length() + " chars]";
  }
}
