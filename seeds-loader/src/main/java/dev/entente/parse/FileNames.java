package dev.entente.parse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads file names from their bytes, whatever the locale. Java decodes a file name with the
 * locale's charset: under the C locale {@code é.txt} and {@code è.txt} both read as {@code
 * "��.txt"}, and under any locale two names with different invalid bytes read alike. A path's
 * URI keeps the bytes, percent-encoded, so the name is taken from there and decoded as UTF-8;
 * a byte that is not UTF-8 is written {@code %XX}, so that different names give different texts.
 */
final class FileNames {

  private FileNames() {}

  /** Returns the name of {@code file}, decoded from its bytes as UTF-8, bad bytes as {@code %XX}. */
  static String name(Path file) {
    Path name = file.getFileName();
    String shown = name == null ? file.toString() : name.toString();
    if (isAscii(shown)) {
      return shown; // nothing was decoded, so nothing was lost
    }
    String raw = file.toAbsolutePath().toUri().getRawPath();
    if (raw.endsWith("/")) { // a folder's URI ends with a slash
      raw = raw.substring(0, raw.length() - 1);
    }
    return decode(raw.substring(raw.lastIndexOf('/') + 1));
  }

  /**
   * Returns {@code file} as a message shows it: as Java prints it when its name was decoded without
   * loss, else its folder and its name read from the bytes.
   */
  static String shown(Path file) {
    String text = file.toString();
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    Path parent = file.getParent();
    return (parent == null ? "" : parent + "/") + name(file);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Decodes a percent-encoded name: its bytes as UTF-8, each byte that is not as {@code %XX}. */
  private static String decode(String percentEncoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(percentEncoded.length());
    for (int i = 0; i < percentEncoded.length(); i++) {
      char c = percentEncoded.charAt(i);
      if (c == '%' && i + 2 < percentEncoded.length()) {
        bytes.write(Integer.parseInt(percentEncoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    ByteBuffer in = ByteBuffer.wrap(bytes.toByteArray());
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(in.remaining() * 3 + 4);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        for (int k = 0; k < result.length(); k++) {
          out.put(String.format("%%%02X", in.get() & 0xff));
        }
      } else {
        decoder.flush(out);
        break;
      }
    }
    return out.flip().toString();
  }
}
