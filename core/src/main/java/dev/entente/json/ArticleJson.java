package dev.entente.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import dev.entente.model.Document;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads JSON Lines of articles to parse, one object per line, as feeds and scrapers write them:
 *
 * <pre>
 * {"id": "lemonde-1", "text": "Moscou et Pékin ...", "title": "...", "published": "2024-05-16",
 *  "source": "Le Monde", "url": "https://www.lemonde.fr/...", "language": "fr"}
 * </pre>
 *
 * <p>{@code id} and {@code text} are required, the others optional ({@code null} or left out);
 * {@code published} may be partial ISO-8601 text, an ISO-8601 timestamp or an RFC 1123 date. An
 * unknown field is an error, so that a misspelt {@code "publised"} does not lose a date in
 * silence. Each bad line is reported, naming its line and field, and the others are read.
 */
public final class ArticleJson {

  /**
   * One article of a file.
   *
   * @param number the 1-based line number
   * @param document the article's id and metadata
   * @param text the article's text
   */
  public record Line(int number, Document document, String text) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Line {
      checkNotNull(document, "document");
      checkNotNull(text, "text");
    }
  }

  /**
   * What a file of articles held.
   *
   * @param articles the good lines, in order, each id once
   * @param errors the problem of each other line, in order
   */
  public record Lines(ImmutableList<Line> articles, ImmutableList<CorpusJsonException> errors) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Lines {
      checkNotNull(articles, "articles");
      checkNotNull(errors, "errors");
    }
  }

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();
  private static final ObjectReader READER = MAPPER.readerFor(ArticleDto.class);

  private ArticleJson() {}

  /**
   * Returns whether {@code line}, the first line of a file, is an article rather than a reading
   * written by {@link CorpusJson}: an object with a {@code "text"} field and no {@code "document"}.
   *
   * @throws NullPointerException if {@code line} is null
   */
  public static boolean isArticleLine(String line) {
    checkNotNull(line, "line");
    try {
      JsonNode node = MAPPER.readTree(line);
      return node != null && node.isObject() && node.has("text") && !node.has("document");
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /**
   * Returns the articles of the JSON Lines {@code content}: its good lines, and the problem of each
   * other line (malformed, a missing id or text, an unknown field, an id an earlier line has).
   * Blank lines are skipped.
   *
   * @throws NullPointerException if {@code content} is null
   */
  public static Lines read(String content) {
    checkNotNull(content, "content");
    ImmutableList.Builder<Line> articles = ImmutableList.builder();
    ImmutableList.Builder<CorpusJsonException> errors = ImmutableList.builder();
    Map<String, Integer> lineOfId = new HashMap<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\ufeff") ? lines[i].substring(1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      int number = i + 1;
      try {
        Line article = decode(line, number);
        Integer earlier = lineOfId.putIfAbsent(article.document().id(), number);
        if (earlier != null) {
          throw new CorpusJsonException(
              number,
              FieldPath.ROOT.field("id"),
              String.format(
                  "article %s is already on line %d; ids must be unique",
                  Fields.quoted(article.document().id()),
                  earlier),
              null);
        }
        articles.add(article);
      } catch (CorpusJsonException e) {
        errors.add(e);
      }
    }
    return new Lines(articles.build(), errors.build());
  }

  private static Line decode(String line, int number) {
    try {
      ArticleDto dto;
      try {
        dto = READER.readValue(line);
      } catch (UnrecognizedPropertyException e) {
        throw new FieldException(
            FieldPath.ROOT.field(e.getPropertyName()),
            "unknown field; an article has id, text, title, published, source, url and language",
            e);
      } catch (JsonProcessingException e) {
        throw new FieldException(FieldPath.ROOT, "not an article object: " + e.getOriginalMessage(), e);
      }
      if (dto == null) {
        throw new FieldException(FieldPath.ROOT, "expected an object, got null");
      }
      return dto.toModel(number, FieldPath.ROOT);
    } catch (FieldException e) {
      throw new CorpusJsonException(number, e.path(), e.getMessage(), e.getCause());
    }
  }
}
