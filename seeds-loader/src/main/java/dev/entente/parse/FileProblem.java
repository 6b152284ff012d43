package dev.entente.parse;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A file that could not be read as an article, or was read with a caveat.
 *
 * @param file the file
 * @param kind what went wrong
 * @param byteOffset where in the file, when it concerns one place (the first invalid byte)
 * @param message a human-readable explanation that names the file
 */
public record FileProblem(Path file, Kind kind, OptionalLong byteOffset, String message) {

  /** What went wrong with a file. */
  public enum Kind {
    /** Read, but it was not UTF-8: it was decoded as Windows-1252 (a superset of Latin-1). */
    DECODED_AS_WINDOWS_1252(false),
    /**
     * Read, but a few bytes were not UTF-8 (a truncated copy, a stray byte): each bad sequence was
     * replaced by U+FFFD; the message lists their offsets.
     */
    DECODED_WITH_REPLACEMENTS(false),
    /** Not read: neither UTF-8 nor Windows-1252 text. */
    INVALID_ENCODING(true),
    /** Not read: it holds NUL bytes, so it is binary, not text. */
    BINARY(true),
    /** Not read: it is empty. */
    EMPTY(true),
    /** Not read: it is larger than the size limit. */
    TOO_LARGE(true),
    /**
     * Not read, not even opened: a FIFO, a device, a socket or some other special file, which could
     * block the run or never end; only regular files are articles.
     */
    NOT_A_REGULAR_FILE(true),
    /** Not read: the file system refused to read it, or it is a link that leads nowhere. */
    UNREADABLE(true),
    /** Not read: another file of the batch already has its id. */
    DUPLICATE_ID(true),
    /**
     * Not read: a PDF, an image, an office file, an archive or any file of a folder that is not
     * {@code .txt}, {@code .html}, {@code .htm} or {@code .jsonl}; told by its name or its first
     * bytes, and nothing is parsed from it.
     */
    NOT_AN_ARTICLE(true),
    /** Read in part: one line of a JSON Lines file of articles is bad; its other lines were read. */
    BAD_LINE(false);

    private final boolean fatal;

    Kind(boolean fatal) {
      this.fatal = fatal;
    }

    /** Returns whether the file was left out of the corpus. */
    public boolean isFatal() {
      return fatal;
    }
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public FileProblem {
    checkNotNull(file, "file");
    checkNotNull(kind, "kind");
    checkNotNull(byteOffset, "byteOffset");
    checkNotNull(message, "message");
  }

  @Override
  public String toString() {
    return kind + " " + message; // the message already starts with the file
  }
}
