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
 * buffered whole, so hostile input cannot exhaust memory. Reading bytes, each line is decoded as
 * strict UTF-8, so a malformed byte is reported on its own line.
 */
final class LineSplitter {

  /** Receives each line. */
  interface Handler {
    void line(int number, String text);
  }

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private LineSplitter() {}

  /** Splits the characters of {@code in}; lines hold at most {@code maxLength} characters. */
  static void split(Reader in, int maxLength, Handler handler) throws IOException {
    char[] buffer = new char[8192];
    StringBuilder line = new StringBuilder();
    int number = 1;
    boolean first = true;
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
          handler.line(number++, withoutCarriageReturn(line));
          line.setLength(0);
        } else {
          checkLength(line.length(), maxLength, number, "characters");
          line.append(c);
        }
      }
    }
    if (line.length() > 0) {
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
          handler.line(number, decode(line, length, number));
          number++;
          length = 0;
        } else {
          checkLength(length, maxLength, number, "bytes");
          if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(maxLength, line.length * 2));
          }
          line[length++] = b;
        }
      }
    }
    if (length > 0) {
      handler.line(number, decode(line, length, number));
    }
  }

  private static void checkLength(int length, int maxLength, int number, String unit) {
    if (length >= maxLength) {
      throw new CorpusJsonException(
          number,
          FieldPath.ROOT,
          String.format("line longer than %d %s, the limit; refused unread", maxLength, unit),
          null);
    }
  }

  private static String withoutCarriageReturn(StringBuilder line) {
    int end = line.length();
    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
  }

  private static String decode(byte[] line, int length, int number) {
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder() // reports malformed input rather than replacing it
          .decode(ByteBuffer.wrap(line, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CorpusJsonException(
          number, FieldPath.ROOT, "not valid UTF-8; JSON Lines files are UTF-8", e);
    }
  }
}
