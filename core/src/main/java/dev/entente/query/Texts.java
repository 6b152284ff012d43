package dev.entente.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for the query filters that match text loosely ({@code named}, {@code ofSystem},
 * {@code bySpeaker}).
 *
 * <p>The folding is the one the style guide gives for French text: lower case in {@code
 * Locale.ROOT}, accents stripped by decomposition, then what decomposition leaves alone mapped by
 * hand. The parser's {@code FrenchText.fold} lives in a module {@code core} cannot see, hence this
 * package-private copy.
 */
final class Texts {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES_AND_HYPHENS =
      Pattern.compile("[\\s\\u00a0\\u202f\\-\\u2010\\u2011\\u2012\\u2013\\u2014]+");

  private Texts() {}

  /** Returns {@code text} in lower case, without accents, with plain apostrophes and spaces. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String stripped =
        MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return stripped
        .replace("\u0153", "oe")
        .replace("\u00e6", "ae")
        .replace('\u2019', '\'')
        .replace('\u00a0', ' ')
        .replace('\u202f', ' ');
  }

  /**
   * Returns {@code text} folded, without spaces or hyphens: {@code "S-400"} gives {@code "s400"}.
   */
  static String squash(String text) {
    return SPACES_AND_HYPHENS.matcher(fold(text)).replaceAll("");
  }
}
