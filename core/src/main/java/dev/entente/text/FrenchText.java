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
  /** Whether a char below {@code TABLE_SIZE} folds to itself, the common case, in one read. */
  private static final boolean[] ITSELF = new boolean[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      TABLE[c] = compute((char) c);
      ITSELF[c] = TABLE[c].length() == 1 && TABLE[c].charAt(0) == c;
    }
  }

  private FrenchText() {}

  /**
   * Returns {@code text} folded: lower case, no accents, œ as oe, ’ as ', no-break spaces as spaces.
   * Returns {@code text} itself when folding changes nothing.
   */
  public static String fold(String text) {
    return fold(text, 0, text.length());
  }

  /**
   * Returns {@code text[from, to)} folded, as {@link #fold(String)} folds it, without first copying
   * the range out.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code text}
   */
  public static String fold(String text, int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, text.length());
    int i = from;
    while (i < to && foldsToItself(text.charAt(i))) {
      i++;
    }
    if (i == to) {
      return from == 0 && to == text.length() ? text : text.substring(from, to);
    }
    char[] out = new char[to - from + 8];
    text.getChars(from, i, out, 0);
    int n = i - from;
    for (; i < to; i++) {
      char c = text.charAt(i);
      String folded = c < TABLE_SIZE ? TABLE[c] : compute(c);
      int length = folded.length();
      if (n + length > out.length) {
        out = java.util.Arrays.copyOf(out, Math.max(2 * out.length, n + length));
      }
      if (length == 1) {
        out[n++] = folded.charAt(0);
      } else {
        folded.getChars(0, length, out, n);
        n += length;
      }
    }
    return new String(out, 0, n);
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
    return c < TABLE_SIZE && ITSELF[c];
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
