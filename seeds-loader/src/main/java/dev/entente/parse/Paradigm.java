package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.entente.parse.VerbForm.Tense;
import dev.entente.text.FrenchText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The table of one verb's folded forms, or of one regular class's endings, read from lines {@code
 * name<TAB>TENSE<TAB>cells}. Every table has all ten tenses. A tense has six cells (the persons, 1s
 * to 3p), except the imperative (2s, 1p, 2p), the past participle (m.s., f.s., m.p., f.p.), the
 * infinitive and the present participle (one each). A cell written {@code -} holds no form, {@code
 * a/b} holds two variants. A verb's infinitive line may carry a fourth field {@code ETRE} when the
 * verb builds its compound tenses with être. Immutable.
 */
final class Paradigm {

  private static final ImmutableMap<Tense, Integer> CELLS =
      ImmutableMap.of(Tense.INFINITIVE, 1, Tense.IMPERATIVE, 3, Tense.PAST_PARTICIPLE, 4, Tense.PRESENT_PARTICIPLE, 1);
  private static final int PERSONS = 6;

  private final String lemma;
  private final boolean etre;
  private final LexiconLine source;
  /** Per tense, per cell, the variants (none for a missing form), folded. */
  private final ImmutableMap<Tense, ImmutableList<ImmutableList<String>>> cells;

  private Paradigm(String lemma, boolean etre, LexiconLine source, Map<Tense, ImmutableList<ImmutableList<String>>> cells) {
    this.lemma = lemma;
    this.etre = etre;
    this.source = source;
    this.cells = ImmutableMap.copyOf(cells);
  }

  /**
   * Reads the tables of {@code lines}, keyed by folded name, in the order they first appear; every
   * variant must match {@code variant} once folded.
   *
   * @throws LexiconException naming the resource and line of a malformed line, a repeated tense, a
   *     cell count that does not fit the tense, or a table that lacks a tense
   */
  static ImmutableMap<String, Paradigm> read(List<LexiconLine> lines, Pattern variant) {
    Map<String, Builder> builders = new LinkedHashMap<>();
    for (LexiconLine line : lines) {
      String[] f = line.fields(3);
      if (f.length > 4) {
        throw line.error("expected name, TENSE, cells and an optional ETRE, got " + f.length + " fields");
      }
      Tense tense = line.enumValue(Tense.class, f[1]);
      boolean etre = f.length == 4;
      if (etre && !(tense == Tense.INFINITIVE && f[3].equals("ETRE"))) {
        throw line.error("only the INFINITIVE line may have a fourth field, and it must be ETRE");
      }
      Builder builder = builders.computeIfAbsent(FrenchText.fold(f[0]), k -> new Builder(f[0], line));
      builder.add(line, tense, parseCells(line, tense, f[2], variant), etre);
    }
    ImmutableMap.Builder<String, Paradigm> out = ImmutableMap.builder();
    builders.forEach((name, builder) -> out.put(name, builder.build()));
    return out.build();
  }

  private static ImmutableList<ImmutableList<String>> parseCells(LexiconLine line, Tense tense, String text, Pattern variant) {
    String[] written = text.split(",", -1);
    int expected = CELLS.getOrDefault(tense, PERSONS);
    if (written.length != expected) {
      throw line.error(tense + " has " + expected + " comma-separated cells, got " + written.length);
    }
    ImmutableList.Builder<ImmutableList<String>> cells = ImmutableList.builder();
    for (String cell : written) {
      String trimmed = cell.strip();
      ImmutableList.Builder<String> variants = ImmutableList.builder();
      if (!trimmed.equals("-")) {
        for (String v : trimmed.split("/", -1)) {
          String folded = FrenchText.fold(v.strip());
          if (!variant.matcher(folded).matches()) {
            throw line.error("malformed cell \"" + v + "\"; write - for a missing form and a/b for variants");
          }
          variants.add(folded);
        }
      }
      cells.add(variants.build());
    }
    return cells.build();
  }

  /** Returns the analysis of cell {@code cell} of {@code tense} (see the class comment for the cell order). */
  static VerbForm analysis(String lemma, Tense tense, int cell) {
    switch (tense) {
      case INFINITIVE:
      case PRESENT_PARTICIPLE:
        return new VerbForm(lemma, tense, 0, false);
      case PAST_PARTICIPLE:
        return new VerbForm(lemma, tense, 0, cell >= 2);
      case IMPERATIVE:
        return new VerbForm(lemma, tense, cell == 1 ? 1 : 2, cell > 0);
      default:
        return new VerbForm(lemma, tense, cell % 3 + 1, cell >= 3);
    }
  }

  /** Returns the lemma as written in the resource. */
  String lemma() {
    return lemma;
  }

  /** Returns whether the verb builds its compound tenses with être. */
  boolean takesEtre() {
    return etre;
  }

  /** Returns the line that introduced this table, for error messages. */
  LexiconLine source() {
    return source;
  }

  /** Returns the variants of one cell, folded. */
  ImmutableList<String> cell(Tense tense, int cell) {
    return cells.get(tense).get(cell);
  }

  /**
   * Returns how the forms of {@code lemma}, a verb conjugated like this one behind another prefix
   * ("obtenir" like "tenir", "apercevoir" like "recevoir"), are made from this table's forms: the
   * longest common ending of both folded lemmas is kept, and the prefix before it replaces this
   * table's own prefix ("o" of offrir becomes "sou" of souffrir).
   *
   * <p>The returned function throws a {@link LexiconException} naming {@code line} for a form of this
   * table that does not start with its prefix, where the replacement would be meaningless.
   */
  Function<String, List<String>> prefixFor(String lemma, LexiconLine line) {
    String target = FrenchText.fold(lemma);
    String model = FrenchText.fold(this.lemma);
    int common = 0;
    while (common < target.length() && common < model.length()
        && target.charAt(target.length() - 1 - common) == model.charAt(model.length() - 1 - common)) {
      common++;
    }
    String from = model.substring(0, model.length() - common);
    String to = target.substring(0, target.length() - common);
    return v -> {
      if (!v.startsWith(from)) {
        throw line.error("the form \"" + v + "\" of " + this.lemma + " does not start with \"" + from
            + "\", so " + lemma + " cannot be derived from it by prefix");
      }
      return List.of(to + v.substring(from.length()));
    };
  }

  /** Adds this table's own analyses to {@code index}, keyed by folded form, each once per form. */
  void addTo(Map<String, List<VerbForm>> index) {
    addTo(lemma, List::of, index);
  }

  /**
   * Adds to {@code index} the analyses of {@code lemma}, whose forms in each cell are those {@code
   * rewrite} makes of this table's variants of that cell (an ending gives the forms built on it, a
   * model's form the derived verb's form); each analysis is added once per form.
   */
  void addTo(String lemma, Function<String, List<String>> rewrite, Map<String, List<VerbForm>> index) {
    for (Map.Entry<Tense, ImmutableList<ImmutableList<String>>> tense : cells.entrySet()) {
      ImmutableList<ImmutableList<String>> list = tense.getValue();
      for (int c = 0; c < list.size(); c++) {
        VerbForm form = analysis(lemma, tense.getKey(), c);
        for (String variant : list.get(c)) {
          for (String written : rewrite.apply(variant)) {
            List<VerbForm> forms = index.computeIfAbsent(written, k -> new ArrayList<>(2));
            if (!forms.contains(form)) {   // lists are short: a handful of analyses at most
              forms.add(form);
            }
          }
        }
      }
    }
  }

  /** Collects the lines of one table; used only while reading. */
  private static final class Builder {
    private final String name;
    private final LexiconLine first;
    private final Map<Tense, ImmutableList<ImmutableList<String>>> cells = new EnumMap<>(Tense.class);
    private final Map<Tense, LexiconLine> lines = new EnumMap<>(Tense.class);
    private boolean etre;

    Builder(String name, LexiconLine first) {
      this.name = name;
      this.first = first;
    }

    void add(LexiconLine line, Tense tense, ImmutableList<ImmutableList<String>> tenseCells, boolean etre) {
      LexiconLine earlier = lines.putIfAbsent(tense, line);
      if (earlier != null) {
        throw line.error(tense + " of " + name + " already given on line " + earlier.number());
      }
      cells.put(tense, tenseCells);
      this.etre |= etre;
    }

    Paradigm build() {
      Set<Tense> missing = EnumSet.allOf(Tense.class);
      missing.removeAll(cells.keySet());
      if (!missing.isEmpty()) {
        throw first.error(name + " lacks the tenses " + missing + "; write - for a missing form");
      }
      return new Paradigm(name, etre, first, cells);
    }
  }
}
