package dev.entente.parse;

import java.text.Normalizer;

/**
 * The one place French text is normalized for matching: lower case in {@code Locale.ROOT},
 * accents stripped by decomposition, and what decomposition leaves alone mapped by hand.
 */
final class FrenchText {

  private FrenchText() {}

  /** The folded forms of the first 0x250 characters (Latin scripts), computed once. */
  private static final String[] LATIN = new String[0x250];

  static {
    for (char c = 0; c < LATIN.length; c++) {
      LATIN[c] = computeFold(c);
    }
  }

  /** Returns {@code text} folded: lower case, no accents, œ as oe, ’ as ', no-break spaces as spaces. */
  static String fold(String text) {
    int i = 0;
    while (i < text.length()) { // fast path: lower-case ASCII folds to itself
      char c = text.charAt(i);
      if (c >= 0x80 || c >= 'A' && c <= 'Z') {
        break;
      }
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      } else {
        out.append(foldChar(c));
      }
    }
    return out.toString();
  }

  /** Returns the folded form of one character: usually one character, "oe" or "ae" for ligatures. */
  static String foldChar(char c) {
    return c < LATIN.length ? LATIN[c] : computeFold(c);
  }

  private static String computeFold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : String.valueOf(c);
    }
    switch (c) {
      case 'œ':
      case 'Œ':
        return "oe";
      case 'æ':
      case 'Æ':
        return "ae";
      case '’':
      case '‘':
      case 'ʼ':
      case '´':
      case '`':
        return "'";
      case '\u00a0':
      case '\u202f':
      case '\u2007':
      case '\u2009':
        return " ";
      case '‐':
      case '‑':
      case '‒':
        return "-";
      case 'ß':
        return "ss";
      default:
        break;
    }
    if (Character.isSurrogate(c)) {
      return String.valueOf(c);
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder kept = new StringBuilder(1);
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (Character.getType(d) != Character.NON_SPACING_MARK) {
        kept.append(Character.toLowerCase(d));
      }
    }
    return kept.length() == 0 ? String.valueOf(c) : kept.toString();
  }
}
