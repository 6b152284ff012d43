package dev.entente.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one place French text is folded for matching, shared by the parser and the query filters:
 * lower case in {@code Locale.ROOT}, accents stripped by decomposition, and what decomposition
 * leaves alone mapped by hand ({@code œ} as {@code oe}, {@code ’} as {@code '}, no-break spaces as
 * spaces).
 *
 * <pre>{@code
 * FrenchText.fold("Ministère de la Défense");   // "ministere de la defense"
 * FrenchText.squash("Su-30 MK2");              // "su30mk2"
 * }</pre>
 */
public final class FrenchText {

  private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s\\-\\u2013\\u2014]+");

  /**
   * The folded form of every char below {@code TABLE_SIZE} (Latin, Greek, Cyrillic, punctuation and
   * more), computed once when the class loads and never written after: folding is what the parser
   * does most, and decomposing one char at a time was its largest cost.
   */
  private static final int TABLE_SIZE = 0x3000;
  private static final String[] TABLE = new String[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      TABLE[c] = compute((char) c);
    }
  }

  private FrenchText() {}

  /**
   * Returns {@code text} folded: lower case, no accents, œ as oe, ’ as ', no-break spaces as spaces.
   * Returns {@code text} itself when folding changes nothing.
   */
  public static String fold(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && foldsToItself(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 8);
    out.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      out.append(c < TABLE_SIZE ? TABLE[c] : compute(c));
    }
    return out.toString();
  }

  /** Returns the folded form of one character: usually one character, "oe" or "ae" for ligatures. */
  public static String foldChar(char c) {
    return c < TABLE_SIZE ? TABLE[c] : compute(c);
  }

  /**
   * Returns {@code text} folded, without spaces or hyphens: {@code "S-400"} and {@code "S 400"}
   * both give {@code "s400"}.
   */
  public static String squash(String text) {
    return SPACES_AND_HYPHENS.matcher(fold(text)).replaceAll("");
  }

  private static boolean foldsToItself(char c) {
    if (c >= TABLE_SIZE) {
      return false;
    }
    String folded = TABLE[c];
    return folded.length() == 1 && folded.charAt(0) == c;
  }

  private static String compute(char c) {
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
