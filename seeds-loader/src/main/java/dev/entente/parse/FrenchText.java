package dev.entente.parse;

import java.text.Normalizer;

/**
 * The one place French text is normalized for matching: lower case in {@code Locale.ROOT},
 * accents stripped by decomposition, and what decomposition leaves alone mapped by hand.
 */
final class FrenchText {

  private FrenchText() {}

  /** Returns {@code text} folded: lower case, no accents, œ as oe, ’ as ', no-break spaces as spaces. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(foldChar(text.charAt(i)));
    }
    return out.toString();
  }

  /** Returns the folded form of one character: usually one character, "oe" or "ae" for ligatures. */
  static String foldChar(char c) {
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
