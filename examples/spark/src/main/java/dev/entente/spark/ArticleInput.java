package dev.entente.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where the job reads articles: a path of one format, as Spark reads paths (a file, a folder, a
 * glob such as {@code feed/2024-*.jsonl}, on any file system Spark knows: {@code file:},
 * {@code hdfs:}, {@code s3a:}).
 *
 * <pre>{@code
 * ArticleInput.jsonLines("s3a://news/feed/*.jsonl")
 * }</pre>
 *
 * @param format how the files hold articles
 * @param path the path, as Spark's readers take it
 */
public record ArticleInput(Format format, String path) {

  /** How files hold articles. */
  public enum Format {
    /**
     * One article a file, plain text (UTF-8, UTF-16 with a byte order mark, or Windows-1252) or a
     * web page, told by its first bytes, as {@code entente extract -} reads standard input; its id
     * is the file's name without the extension.
     */
    TEXT,
    /**
     * JSON Lines of articles, {@code {"id", "text", "title", "published", "source", "url",
     * "language"}} a line, as the command line reads them; each bad line is reported, the others
     * read.
     */
    JSON_LINES,
    /**
     * Parquet rows with the columns of the JSON Lines fields ({@code id} and {@code text}
     * required); {@code published} is text as in JSON Lines, or a date or timestamp. Each row is
     * read as the JSON line of the same fields.
     */
    PARQUET
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the path is blank
   */
  public ArticleInput {
    checkNotNull(format, "format");
    checkNotNull(path, "path");
    checkArgument(!path.isBlank(), "an input path must not be blank");
  }

  /** Returns the input of text files (or web pages) at {@code path}, one article a file. */
  public static ArticleInput text(String path) {
    return new ArticleInput(Format.TEXT, path);
  }

  /** Returns the input of JSON Lines of articles at {@code path}. */
  public static ArticleInput jsonLines(String path) {
    return new ArticleInput(Format.JSON_LINES, path);
  }

  /** Returns the input of Parquet files of articles at {@code path}. */
  public static ArticleInput parquet(String path) {
    return new ArticleInput(Format.PARQUET, path);
  }

  @Override
  public String toString() {
    return format + " " + path;
  }
}
