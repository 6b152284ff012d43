package dev.entente.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits JSON Lines input at {@code \n}, dropping a {@code \r} before it and a byte order mark at
 * the start, and hands each line with its 1-based number to a {@link Handler}. A final line
 * without a terminator is a line; an empty input has none.
 *
 * <p>A line longer than the limit is refused as soon as the limit is passed, before it is
 * buffered whole, so hostile input cannot exhaust memory: the handler is told, and the rest of the
 * line is skipped unbuffered up to the next line end. Reading bytes, each line is decoded as strict
 * UTF-8, so a malformed byte is reported on its own line.
 */
final class LineSplitter {

  /** Receives each line, or the problem that kept it from being a line. */
  interface Handler {
    void line(int number, String text);

    /** Receives a line that cannot be handed over (too long, not UTF-8); by default, throws it. */
    default void unreadable(CorpusJsonException problem) {
      throw problem;
    }
  }

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private LineSplitter() {}

  /** Splits the characters of {@code in}; lines hold at most {@code maxLength} characters. */
  static void split(Reader in, int maxLength, Handler handler) throws IOException {
    char[] buffer = new char[8192];
    StringBuilder line = new StringBuilder();
    int number = 1;
    boolean first = true;
    boolean skipping = false;
    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        char c = buffer[i];
        if (first) {
          first = false;
          if (c == BYTE_ORDER_MARK) {
            continue;
          }
        }
        if (c == '\n') {
          if (!skipping) {
            handler.line(number, withoutCarriageReturn(line));
          }
          number++;
          skipping = false;
          line.setLength(0);
        } else if (!skipping) {
          if (line.length() >= maxLength) {
            handler.unreadable(tooLong(number, maxLength, "characters"));
            skipping = true;
            line.setLength(0);
            line.trimToSize();
          } else {
            line.append(c);
          }
        }
      }
    }
    if (line.length() > 0 && !skipping) {
      handler.line(number, withoutCarriageReturn(line));
    }
  }

  /** Splits the UTF-8 bytes of {@code in}; lines hold at most {@code maxLength} bytes. */
  static void split(InputStream in, int maxLength, Handler handler) throws IOException {
    byte[] buffer = new byte[8192];
    byte[] line = new byte[256];
    int length = 0;
    int number = 1;
    boolean first = true;
    boolean skipping = false;
    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
      int i = 0;
      if (first) {
        first = false;
        if (n >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
          i = 3;
        }
      }
      for (; i < n; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          if (!skipping) {
            decode(line, length, number, handler);
          }
          number++;
          length = 0;
          skipping = false;
        } else if (!skipping) {
          if (length >= maxLength) {
            handler.unreadable(tooLong(number, maxLength, "bytes"));
            skipping = true;
            length = 0;
            line = new byte[256];
          } else {
            if (length == line.length) {
              line = Arrays.copyOf(line, Math.min(maxLength, line.length * 2));
            }
            line[length++] = b;
          }
        }
      }
    }
    if (length > 0 && !skipping) {
      decode(line, length, number, handler);
    }
  }

  private static CorpusJsonException tooLong(int number, int maxLength, String unit) {
    return new CorpusJsonException(
        number,
        FieldPath.ROOT,
        String.format("line longer than %d %s, the limit; refused unread", maxLength, unit),
        null);
  }

  private static String withoutCarriageReturn(StringBuilder line) {
    int end = line.length();
    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
  }

  private static void decode(byte[] line, int length, int number, Handler handler) {
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder() // reports malformed input rather than replacing it
              .decode(ByteBuffer.wrap(line, 0, length))
              .toString();
    } catch (CharacterCodingException e) {
      handler.unreadable(
          new CorpusJsonException(
              number, FieldPath.ROOT, "not valid UTF-8; JSON Lines files are UTF-8", e));
      return;
    }
    handler.line(number, text);
  }
}
