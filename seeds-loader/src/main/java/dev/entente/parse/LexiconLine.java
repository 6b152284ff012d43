package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import dev.entente.text.FrenchText;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One meaningful line of a word-list resource, with where it came from, so a broken entry can be
 * reported by resource and line.
 *
 * @param resource the resource's path
 * @param number the 1-based line number
 * @param text the line, trimmed of surrounding blanks
 */
record LexiconLine(String resource, int number, String text) {

  /** Base folder of the bundled resources. */
  static final String BASE = "dev/entente/parse/";

  /**
   * Returns the non-blank, non-comment ({@code #}) lines of a bundled resource.
   *
   * @throws LexiconException if the resource is missing or unreadable
   */
  static ImmutableList<LexiconLine> read(String relativePath) {
    String resource = BASE + relativePath;
    URL url = LexiconLine.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new LexiconException("missing bundled resource " + resource);
    }
    List<String> lines;
    try {
      lines = Resources.readLines(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LexiconException("cannot read bundled resource " + resource, e);
    }
    ImmutableList.Builder<LexiconLine> out = ImmutableList.builder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\ufeff")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        out.add(new LexiconLine(resource, i + 1, line.stripTrailing()));
      }
    }
    return out.build();
  }

  /** Returns the words of a one-word-per-line list, folded ("Président" and "president" are one). */
  static ImmutableSet<String> foldedWords(List<LexiconLine> lines) {
    return lines.stream().map(l -> FrenchText.fold(l.text().strip())).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the TAB-separated fields, checking there are at least {@code min}.
   *
   * @throws LexiconException naming the resource and line if there are fewer
   */
  String[] fields(int min) {
    String[] fields = text.split("\t", -1);
    if (fields.length < min) {
      throw error("expected at least " + min + " TAB-separated fields, got " + fields.length);
    }
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fields[i].strip();
    }
    return fields;
  }

  /**
   * Returns the constant of {@code type} named {@code name}.
   *
   * @throws LexiconException naming the resource, the line and the accepted names if there is none
   */
  <E extends Enum<E>> E enumValue(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw error("unknown " + type.getSimpleName() + " " + name + "; expected one of "
        + java.util.Arrays.toString(type.getEnumConstants()));
  }

  /**
   * Returns the state of an alpha-3 code.
   *
   * @throws LexiconException naming the resource and the line if the code is unknown
   */
  dev.entente.model.Country country(String code) {
    return dev.entente.model.Country.findAlpha3(code)
        .orElseThrow(() -> error("unknown alpha-3 country code \"" + code + "\""));
  }

  /** Returns an exception naming this line, for a broken entry. */
  LexiconException error(String problem) {
    return new LexiconException(resource + ", line " + number + ": " + problem + ": \"" + text + "\"");
  }
}
