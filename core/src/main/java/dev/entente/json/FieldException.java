package dev.entente.json;

/**
 * A value of one line that cannot be read, and where it is. {@link CorpusJson} adds the line
 * number and turns it into a {@link CorpusJsonException}; it never leaves the package.
 */
final class FieldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final FieldPath path;

  FieldException(FieldPath path, String reason) {
    this(path, reason, null);
  }

  FieldException(FieldPath path, String reason, Throwable cause) {
    super(reason, cause);
    this.path = path;
  }

  /** Returns where the value is. */
  FieldPath path() {
    return path;
  }

  /** Returns this exception with its path taken as relative to {@code base}. */
  FieldException under(FieldPath base) {
    return new FieldException(base.resolve(path), getMessage(), getCause());
  }
}
