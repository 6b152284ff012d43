package dev.entente.json;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Thrown when a JSON line cannot be read into a {@link dev.entente.model.Reading}: malformed JSON,
 * a value of the wrong type, an unknown enum constant or country code, a malformed date, a missing
 * required field, a value the model rejects, derived data (an id, a relation) that does not match
 * the content, or input beyond a safety limit.
 *
 * <p>The message names the place and the problem, such as {@code line 3, agreements[0].parties[1]:
 * unknown alpha-3 country code "RUZ"; codes are ISO 3166-1, upper case}, prefixed by the file name
 * when a file was read. When the problem was found by Jackson or by a model constructor, that
 * exception is the cause.
 */
public final class CorpusJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String field;
  private final String reason;

  CorpusJsonException(int line, FieldPath field, String reason, Throwable cause) {
    this(null, line, field.text(), reason, cause);
  }

  private CorpusJsonException(Path file, int line, String field, String reason, Throwable cause) {
    super(message(file, line, Fields.shortened(field, 200), Fields.shortened(reason, 1000)), cause);
    this.file = file;
    this.line = line;
    this.field = Fields.shortened(field, 200);
    this.reason = Fields.shortened(reason, 1000);
  }

  private static String message(Path file, int line, String field, String reason) {
    return (file == null ? "" : file + ", ")
        + "line "
        + line
        + (field.isEmpty() ? "" : ", " + field)
        + ": "
        + reason;
  }

  /** Returns the same problem, located in {@code file}. */
  CorpusJsonException inFile(Path file) {
    return new CorpusJsonException(file, line, field, reason, getCause());
  }

  /** Returns the file that was read, when one was. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Returns the 1-based number of the line; {@code 1} for {@link CorpusJson#read(String)}. */
  public int line() {
    return line;
  }

  /**
   * Returns the path of the offending value in the line, such as {@code agreements[0].parties[1]};
   * empty when the problem concerns the whole line.
   */
  public String field() {
    return field;
  }

  /** Returns the problem, without its location. */
  public String reason() {
    return reason;
  }
}
