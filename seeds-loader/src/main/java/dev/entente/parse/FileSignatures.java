package dev.entente.parse;

/**
 * Tells files that are not text from their first bytes (their "magic numbers"), so that a PDF or
 * an image named {@code article.txt} is reported for what it is instead of being parsed.
 */
final class FileSignatures {

  private FileSignatures() {}

  /** Returns what {@code bytes} are when their start is a known binary format, else null. */
  static String describe(byte[] bytes) {
    if (startsWith(bytes, "%PDF-")) {
      return "a PDF document (it starts with %PDF-)";
    }
    if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
      return "a ZIP archive or an office document (it starts with PK)";
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "an old office document (OLE2)";
    }
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) {
      return "a GIF image";
    }
    if (startsWith(bytes, "RIFF") && bytes.length >= 12 && new String(bytes, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WEBP")) {
      return "a WebP image";
    }
    if (startsWith(bytes, 0x1F, 0x8B)) {
      return "a gzip archive";
    }
    if (startsWith(bytes, "BZh")) {
      return "a bzip2 archive";
    }
    if (startsWith(bytes, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
      return "an xz archive";
    }
    if (startsWith(bytes, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return "a 7-Zip archive";
    }
    if (startsWith(bytes, "Rar!")) {
      return "a RAR archive";
    }
    if (startsWith(bytes, "{\\rtf")) {
      return "an RTF document";
    }
    if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
      return "a program (ELF)";
    }
    if (startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "a Java class file";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    if (bytes.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int... start) {
    if (bytes.length < start.length) {
      return false;
    }
    for (int i = 0; i < start.length; i++) {
      if ((bytes[i] & 0xff) != start[i]) {
        return false;
      }
    }
    return true;
  }
}
