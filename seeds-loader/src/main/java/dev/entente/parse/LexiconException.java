package dev.entente.parse;

/**
 * Thrown when a bundled or supplied word list or gazetteer is broken; the message names the
 * resource and the line. Raised when a {@link Parser} is built, never while reading an article.
 */
public final class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LexiconException(String message) {
    super(message);
  }

  LexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
