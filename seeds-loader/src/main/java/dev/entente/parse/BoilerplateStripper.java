package dev.entente.parse;

import dev.entente.text.FrenchText;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the lines of an article that are not the article (newsletter and donation appeals,
 * sharing prompts, navigation) and keeps as metadata the lines that describe it: a "Source :" line,
 * a byline ("Publié par X le 21 mai 2018", "Site.fr | Publié le 2018-09-07 à 21:29", "Dernière mise à
 * jour le 10/10"), a line that is only a date ("2 avr. 2010"), a leading ISO date field ("date
 * 2018-09") and a dateline ("Paris, 6 déc. (Agency) –").
 *
 * <p>Expects any string. Guarantees a text of at most {@code maxChars} characters in Unicode NFC,
 * with control characters and unpaired surrogates replaced by spaces and {@code \r} treated as a
 * line end. Text in NFD (decomposed accents, as macOS and some CMSs write it) reads as the same
 * text composed, so every later stage sees one spelling of "é"; spans then point into the
 * normalized text, which is what {@link CleanText#text()} holds. All its patterns are bounded and
 * normalization works on bounded pieces, so it runs in time linear in the input.
 */
final class BoilerplateStripper {

  /** The digits of the patterns' {@code \d}, which match ASCII digits only. */
  private static final CharMatcher DIGIT = CharMatcher.inRange('0', '9');
  private static final Pattern SOURCE = Pattern.compile("(?i)^\\s*source\\s*:\\s*(\\S.{0,500}?)\\s*$");
  /** A date as headers write it: "2 août 2021", "2 avr. 2010", "2018-09-07", "03/05/2018", "10/10". */
  private static final String HEADER_DATE =
      "(\\d{1,2}(?:er)?\\s+\\p{L}{3,10}\\.?(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)";
  /**
   * "Publié le 21 mai 2018", "Par Jeanne Martin, publié le ...", "Exemple.fr | Publié le 2018-09-07
   * à 21:29", "Dernière mise à jour à 08h18 le 10/10"; of "Publié le 20/11/2019 | Mis à jour le
   * 21/11/2019", the publication date.
   */
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?iu)^\\s*(?:(?![^\\n|]*publi)[^\\n|]{1,80}\\|\\s*)?(?:par\\s+[^\\n,]{1,60},\\s*)?"
              + "(?:publi[ée]e?|mis\\s+[àa]\\s+jour|derni[èe]re\\s+mise\\s+[àa]\\s+jour)(?:\\s+par\\s+([^\\n]{1,80}?))?"
              + "(?:\\s+[àa]\\s+\\d{1,2}\\s*[h:]\\s*\\d{2})?\\s+(?:le\\s+)?(?:\\p{L}+\\s+)?"
              + HEADER_DATE + "(?![\\p{L}\\d]).{0,80}$");
  /** A line that is only a date, maybe with its weekday or a source before it: "2 avr. 2010", "jeudi 03/05/2018", "Le Monde, 4 mai 2021". */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?iu)^\\s*(?:[\\p{Lu}][^\\n,]{0,60},\\s*)?(?:\\p{L}+\\s+)?"
              + "(\\d{1,2}(?:er)?\\s+\\p{L}{3,10}\\.?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?)\\s*$");
  /** An ISO date field opening the text: "2018-09-07", "date: 2018-09", "date 2018-09 La Russie ...". */
  private static final Pattern LEADING_ISO =
      Pattern.compile("(?iu)^\\s*(?:date\\s*:?\\s*)?(\\d{4}-\\d{2}(?:-\\d{2})?)(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?(?=\\s|$)\\s*");
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?u)^\\s*(\\p{Lu}[\\p{L}'’ .-]{1,40}?)\\s*[:,]?\\s*,?\\s*"
              + "(\\d{1,2}(?:er)?\\s+\\p{L}{3,10}\\.?(?:\\s+\\d{4})?)\\s*"
              + "(?:\\(([^)\\n]{1,60})\\))?\\s*[–—-]+\\s*");

  /** "HANOÏ (AFP) –", "MOSCOU (Reuters) -": an upper-case place and an agency, with no date. */
  private static final Pattern AGENCY_DATELINE =
      Pattern.compile("(?u)^\\s*(\\p{Lu}[\\p{Lu}'’ .-]{1,40}?)\\s*\\(([^)\\n]{1,60})\\)\\s*[–—-]+\\s*");

  private final ImmutableList<String> prefixes;
  private final ImmutableList<String> fragments;
  private final ImmutableList<String> exact;
  private final int longestPrefix;
  private final int longestExact;
  private final int maxChars;

  BoilerplateStripper(ImmutableList<LexiconLine> patterns, int maxChars) {
    ImmutableList.Builder<String> prefixes = ImmutableList.builder();
    ImmutableList.Builder<String> fragments = ImmutableList.builder();
    ImmutableList.Builder<String> exact = ImmutableList.builder();
    for (LexiconLine line : patterns) {
      String text = line.text().strip();
      if (text.startsWith("prefix:")) {
        prefixes.add(FrenchText.fold(text.substring(7)));
      } else if (text.startsWith("contains:")) {
        fragments.add(FrenchText.fold(text.substring(9)));
      } else if (text.startsWith("exact:")) {
        exact.add(FrenchText.fold(text.substring(6)));
      } else {
        throw line.error("expected prefix:, contains: or exact:");
      }
    }
    this.prefixes = prefixes.build();
    this.fragments = fragments.build();
    this.exact = exact.build();
    this.longestPrefix = this.prefixes.stream().mapToInt(String::length).max().orElse(0);
    this.longestExact = this.exact.stream().mapToInt(String::length).max().orElse(0);
    this.maxChars = maxChars;
  }

  /** Returns the article's text without its boilerplate, and its metadata. */
  CleanText strip(Article article) {
    String raw = article.text();
    boolean truncated = raw.length() > maxChars;
    if (truncated) {
      raw = raw.substring(0, cutBefore(raw, maxChars));
    }
    int charsRead = raw.length();
    String sanitized = sanitize(raw);
    String text = nfc(sanitized);
    boolean normalized = !text.equals(sanitized);
    if (text.length() > maxChars) { // NFC lengthens a few characters (U+0958 and kin)
      text = text.substring(0, cutBefore(text, maxChars));
    }
    List<String> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    Optional<String> source = Optional.empty();
    List<String> datelines = new ArrayList<>();
    Optional<String> title = Optional.empty();
    String[] lines = text.split("\n", -1);
    boolean seenContent = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = stripBlanks(line);
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.length() <= 600) {
        Matcher m = SOURCE.matcher(trimmed);
        if (m.matches()) {
          source = Optional.of(m.group(1));
          dropped.add(line);
          continue;
        }
        // a byline and a date line hold a date, so a digit: most lines have none to try
        boolean dated = DIGIT.matchesAnyOf(trimmed);
        if (dated && (containsIgnoringCase(trimmed, "publi") || containsIgnoringCase(trimmed, "jour"))
            && (m = BYLINE.matcher(trimmed)).matches()) {
          datelines.add(m.group(2));
          dropped.add(line);
          continue;
        }
        if (!seenContent && dated && (m = DATE_LINE.matcher(trimmed)).matches()) {
          datelines.add(m.group(1));
          dropped.add(line);
          continue;
        }
      }
      if (isBoilerplate(trimmed)) {
        dropped.add(line);
        continue;
      }
      if (!seenContent) {
        Matcher iso = LEADING_ISO.matcher(trimmed.length() > 60 ? trimmed.substring(0, 60) : trimmed);
        if (iso.lookingAt()) {
          datelines.add(iso.group(1));
          dropped.add(trimmed.substring(0, iso.end()));
          trimmed = stripBlanks(trimmed.substring(iso.end()));
          if (trimmed.isEmpty()) {
            continue;
          }
        }
        Matcher m = DATELINE.matcher(trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed);
        if (m.lookingAt()) {
          datelines.add(m.group(2));
          if (m.group(3) != null && source.isEmpty()) {
            source = Optional.of(m.group(3).strip());
          }
          dropped.add(trimmed.substring(0, m.end()));
          trimmed = stripBlanks(trimmed.substring(m.end()));
          if (trimmed.isEmpty()) {
            continue;
          }
        } else if (AGENCY_DATELINE.matcher(trimmed.length() > 120 ? trimmed.substring(0, 120) : trimmed).lookingAt()) {
          Matcher agency = AGENCY_DATELINE.matcher(trimmed.length() > 120 ? trimmed.substring(0, 120) : trimmed);
          agency.lookingAt();
          if (source.isEmpty()) {
            source = Optional.of(agency.group(2).strip());
          }
          dropped.add(trimmed.substring(0, agency.end()));
          trimmed = trimmed.substring(agency.end()).strip();
          if (trimmed.isEmpty()) {
            continue;
          }
        } else if (isTitle(trimmed, lines, i)) {
          title = Optional.of(trimmed);
        }
      }
      seenContent = true;
      kept.add(trimmed);
    }
    return new CleanText(
        article.id(),
        String.join("\n", kept),
        ImmutableList.copyOf(dropped),
        title,
        source,
        ImmutableList.copyOf(datelines),
        truncated,
        charsRead,
        hasInvalidCharacters(raw),
        normalized);
  }

  /** Whether {@code line} holds {@code word} in any case, as the case-insensitive patterns find it. */
  private static boolean containsIgnoringCase(String line, String word) {
    char lower = word.charAt(0);
    char upper = Character.toUpperCase(lower);
    for (int i = 0; i + word.length() <= line.length(); i++) {
      char c = line.charAt(i);
      // only a non-ASCII letter can match the first letter otherwise than in its two cases
      if ((c == lower || c == upper || c > 0x7f) && line.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code at}, or {@code at - 1} if cutting there would split a surrogate pair. */
  private static int cutBefore(String text, int at) {
    return at > 0 && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
  }

  /** The longest run of a starter and its combining marks that {@link #nfc} normalizes. */
  private static final int MAX_COMBINING_RUN = 32;

  /**
   * Returns {@code text} in Unicode NFC. The JDK's normalizer reorders a run of combining marks
   * in quadratic time (100,000 alternating accents take 9 s), so the text is normalized in pieces
   * cut before each starter, and a run of more than {@value #MAX_COMBINING_RUN} characters, which
   * no language writes, is kept as it is. Pieces are joined into chunks of a few thousand
   * characters so that ordinary text costs one call per chunk.
   */
  static String nfc(String text) {
    int first = 0;
    while (first < text.length() && isStableStarter(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    if (first > 0) {
      first--; // the character before may compose with what follows: start there
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    int chunk = first; // start of the chunk not yet normalized
    int run = first; // start of the current starter's run
    for (int i = first; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (i > run && isStarter(c)) {
        if (i - run > MAX_COMBINING_RUN) { // normalize what came before, keep the run as it is
          out.append(Normalizer.normalize(text.substring(chunk, run), Normalizer.Form.NFC));
          out.append(text, run, i);
          chunk = i;
        } else if (i - chunk >= 4096) {
          out.append(Normalizer.normalize(text.substring(chunk, i), Normalizer.Form.NFC));
          chunk = i;
        }
        run = i;
      }
      i = next;
    }
    if (text.length() - run > MAX_COMBINING_RUN) {
      out.append(Normalizer.normalize(text.substring(chunk, run), Normalizer.Form.NFC));
      out.append(text, run, text.length());
    } else {
      out.append(Normalizer.normalize(text.substring(chunk), Normalizer.Form.NFC));
    }
    return out.toString();
  }

  /**
   * Whether {@code c} is left as it is by NFC whatever surrounds it: every character below U+0300
   * (Latin letters with their precomposed accents), and the general punctuation and currency
   * signs French news writes (’, —, …, the narrow no-break space, €), none of which decomposes or
   * composes with a neighbour.
   */
  static boolean isStableStarter(char c) {
    return c < '\u0300' || c >= '\u2010' && c <= '\u205f' || c >= '\u20a0' && c <= '\u20c0';
  }

  /**
   * Whether NFC can cut before {@code c}: not a combining mark and not a Hangul vowel or final
   * jamo, the characters that compose with what precedes them.
   */
  private static boolean isStarter(int c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return false;
    }
    return !(c >= 0x1160 && c <= 0x11FF) && !(c >= 0xD7B0 && c <= 0xD7FF);
  }

  private static boolean isTitle(String line, String[] lines, int index) {
    char last = line.charAt(line.length() - 1);
    boolean nextBlank = index + 1 < lines.length && stripBlanks(lines[index + 1]).isEmpty();
    return line.length() <= 200 && nextBlank && ".!?»\"…:".indexOf(last) < 0;
  }

  /**
   * Returns {@code line} without leading and trailing blanks, no-break spaces included: a line of
   * "&nbsp;" (common in text taken from HTML) is a blank line, not a sentence.
   */
  private static String stripBlanks(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && isBlank(line.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(line.charAt(to - 1))) {
      to--;
    }
    return line.substring(from, to);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether a prefix of {@code length} characters ends a word of {@code text}: a prefix is a whole word or words. */
  private static boolean endsWord(String text, int length) {
    return length == 0 || length >= text.length() || !Character.isLetterOrDigit(text.charAt(length - 1))
        || !Character.isLetterOrDigit(text.charAt(length));
  }

  private boolean isBoilerplate(String line) {
    // folding never shortens text, so a long line can only match a prefix: fold just enough of it
    // rather than the whole paragraph (the same answer, and most lines of an article are long)
    boolean isLong = line.length() > Math.max(200, longestExact);
    String folded = FrenchText.fold(isLong ? line.substring(0, Math.min(line.length(), longestPrefix)) : line);
    if (!isLong && exact.contains(folded)) {
      return true;
    }
    for (String prefix : prefixes) {
      if (folded.startsWith(prefix) && endsWord(folded, prefix.length())) {
        return true; // "Partager :" is a prompt, "Shared Destiny 2021, l'exercice..." an article
      }
    }
    if (!isLong && folded.length() <= 200) {
      for (String fragment : fragments) {
        if (folded.contains(fragment)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds characters that cannot be text: control characters other than line
   * ends and tabs, unpaired surrogates, U+FFFE and U+FFFF. A byte-order mark and \r are not errors.
   */
  static boolean hasInvalidCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\t' && c != '\r' && Character.isISOControl(c) || c == '\ufffe' || c == '\uffff') {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return true;
      }
      if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Replaces characters that cannot be text by spaces, keeping every offset; \r becomes \n. */
  static String sanitize(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char replacement = c;
      if (c == '\r') {
        replacement = (i + 1 < text.length() && text.charAt(i + 1) == '\n') ? ' ' : '\n';
      } else if (c != '\n' && c != '\t' && Character.isISOControl(c)) {
        replacement = ' ';
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        replacement = ' ';
      } else if (Character.isLowSurrogate(c) || c == '\ufeff' || c == '\ufffe' || c == '\uffff') {
        replacement = ' ';
      }
      if (replacement != c) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, replacement);
      }
    }
    return out == null ? text : out.toString();
  }
}
