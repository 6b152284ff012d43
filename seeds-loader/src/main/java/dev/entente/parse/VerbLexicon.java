package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.entente.text.FrenchText;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The French verbs the parser knows, answering "which verb forms can this folded word be?".
 * Immutable and thread-safe; building it conjugates about two thousand verbs, so build it once
 * ({@link #bundled()}) and share it.
 *
 * <p>Nothing is a full-form list. Three bundled resources under {@code lexicon/} hold compact data
 * and the forms are generated when the lexicon is built:
 *
 * <ul>
 *   <li>{@code verb-endings.tsv}: the endings of the regular classes, as {@link Paradigm} tables
 *       whose cells marked {@code *} take the strong stem ("appelle", "jette", "paie");
 *   <li>{@code irregular-verbs.tsv}: the full tables of the irregular model verbs;
 *   <li>{@code verbs.tsv}: {@code lemma<TAB>CLASS[<TAB>ETRE]}, where CLASS is a {@link
 *       RegularClass} or {@code LIKE <model>}, a verb conjugated like an irregular model behind
 *       another prefix ("obtenir LIKE tenir").
 * </ul>
 *
 * <p>Forms are keyed folded ({@link FrenchText#fold}), so accents do not matter: the e/è/é
 * alternations of "acheter", "céder" or "lever" vanish, as does the ç of "lançons". Every analysis
 * of a form is listed once, in resource order; homographs of nouns ("livre", "président" = 3p of
 * présider) are listed like any other form, for the parser to resolve from context. Lemmas are kept
 * as written, accents included, because a few distinct verbs fold alike (répartir and repartir,
 * pécher and pêcher); each is listed once. Pronominal verbs are listed by their base lemma ("se
 * doter" as "doter").
 *
 * <pre>{@code
 * VerbLexicon verbs = VerbLexicon.bundled();
 * verbs.analyses("acheterait");   // [VerbForm[lemma=acheter, tense=CONDITIONAL, person=3, plural=false]]
 * verbs.takesEtre("devenir");     // true
 * }</pre>
 */
final class VerbLexicon {

  static final String VERBS = "lexicon/verbs.tsv";
  static final String IRREGULAR = "lexicon/irregular-verbs.tsv";
  static final String ENDINGS = "lexicon/verb-endings.tsv";

  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final Pattern ENDING = Pattern.compile("\\*?[a-z]*");
  private static final String LIKE = "LIKE ";

  /**
   * The regular classes of {@code verbs.tsv}. Each builds its forms as stem + ending, the stem being
   * the folded lemma without its last two letters; only the stems differ between classes.
   */
  enum RegularClass {
    /**
     * Regular first group: -ger keeps its e before a and o (mangeons); before a mute e, -ayer has
     * both ay and ai (paye, paie), -oyer and -uyer only oi and ui (emploie, appuie). The ç of -cer
     * and the accents of acheter or céder fold away.
     */
    ER("ER", "er"),
    /** First group doubling its consonant before a mute e: appelle, jette, appellera. */
    ER_DOUBLE("ER", "eler", "eter"),
    /** Second group: finissons, finissent. */
    IR("IR", "ir"),
    /** Verbs in -dre of the vendre type: vends, vend, vendu. */
    RE("RE", "dre");

    private final String endings;
    private final ImmutableList<String> lemmaEndings;

    RegularClass(String endings, String... lemmaEndings) {
      this.endings = endings;
      this.lemmaEndings = ImmutableList.copyOf(lemmaEndings);
    }

    /** Returns the forms of the folded {@code lemma} built on {@code ending} ({@code *} marks the strong stem). */
    List<String> forms(String lemma, String ending) {
      boolean strong = ending.startsWith("*");
      String bare = strong ? ending.substring(1) : ending;
      String stem = lemma.substring(0, lemma.length() - 2);
      if (lemma.endsWith("ger") && (bare.startsWith("a") || bare.startsWith("o"))) {
        return List.of(stem + "e" + bare);
      }
      if (!strong) {
        return List.of(stem + bare);
      }
      if (this == ER_DOUBLE) {
        return List.of(stem + stem.charAt(stem.length() - 1) + bare);
      }
      if (stem.endsWith("ay")) {
        return List.of(stem + bare, stem.substring(0, stem.length() - 1) + "i" + bare);
      }
      if (stem.endsWith("oy") || stem.endsWith("uy")) {
        return List.of(stem.substring(0, stem.length() - 1) + "i" + bare);
      }
      return List.of(stem + bare);
    }
  }

  /** Folded form → its analyses, each once. */
  private final ImmutableMap<String, ImmutableList<VerbForm>> analyses;
  /** The folded forms, for the quick "no verb" answer most words of a text get. */
  private final KeyFilter formFilter;
  /** The lemmas as written, in resource order. */
  private final ImmutableSet<String> lemmas;
  /** Folded lemma → the lemmas that fold to it (répartir and repartir are two verbs). */
  private final ImmutableSetMultimap<String, String> byFolded;
  /** The lemmas, as written, of the verbs that build their compound tenses with être. */
  private final ImmutableSet<String> etre;
  private final ImmutableMap<String, String> foldedLemmas;

  private VerbLexicon(Map<String, List<VerbForm>> index, Collection<String> lemmas, Set<String> etre) {
    ImmutableMap.Builder<String, ImmutableList<VerbForm>> forms = ImmutableMap.builderWithExpectedSize(index.size());
    index.forEach((form, list) -> forms.put(form, ImmutableList.copyOf(list)));
    this.analyses = forms.build();
    this.formFilter = KeyFilter.of(analyses.keySet());
    this.lemmas = ImmutableSet.copyOf(lemmas);
    ImmutableSetMultimap.Builder<String, String> folded = ImmutableSetMultimap.builder();
    for (String lemma : lemmas) {
      folded.put(FrenchText.fold(lemma), lemma);
    }
    this.byFolded = folded.build();
    ImmutableMap.Builder<String, String> foldedLemmas = ImmutableMap.builderWithExpectedSize(this.lemmas.size());
    for (String lemma : this.lemmas) {
      foldedLemmas.put(lemma, FrenchText.fold(lemma));
    }
    this.foldedLemmas = foldedLemmas.buildOrThrow();
    this.etre = ImmutableSet.copyOf(etre);
  }

  /**
   * Returns {@code lemma} folded: for a lemma of the lexicon, one string made once, whose hash
   * every later lookup reuses.
   */
  String foldedLemma(String lemma) {
    String folded = foldedLemmas.get(lemma);
    return folded != null ? folded : FrenchText.fold(lemma);
  }

  /**
   * Builds the lexicon from the bundled resources.
   *
   * @throws LexiconException naming the resource and line of a broken entry
   */
  static VerbLexicon bundled() {
    return of(LexiconLine.read(ENDINGS), LexiconLine.read(IRREGULAR), LexiconLine.read(VERBS));
  }

  /**
   * Builds a lexicon from the lines of the three resources (see the class comment).
   *
   * @throws LexiconException naming the resource and line of a broken entry: a malformed line, an
   *     unknown class or model, a lemma that does not fit its class, or a lemma listed twice
   */
  static VerbLexicon of(List<LexiconLine> endingLines, List<LexiconLine> irregularLines, List<LexiconLine> verbLines) {
    ImmutableMap<String, Paradigm> endings = Paradigm.read(endingLines, ENDING);
    for (RegularClass c : RegularClass.values()) {
      if (!endings.containsKey(FrenchText.fold(c.endings))) {
        throw new LexiconException(ENDINGS + " lacks the endings table " + c.endings + " of class " + c);
      }
    }
    ImmutableMap<String, Paradigm> models = Paradigm.read(irregularLines, WORD);
    Map<String, List<VerbForm>> index = new HashMap<>(verbLines.size() * 64);
    Map<String, LexiconLine> listed = new LinkedHashMap<>();
    Set<String> etre = new HashSet<>();
    models.forEach((folded, model) -> {
      if (!model.cell(VerbForm.Tense.INFINITIVE, 0).equals(List.of(folded))) {
        throw model.source().error("the INFINITIVE of " + model.lemma() + " must be the lemma itself");
      }
      listed.put(model.lemma(), model.source());
      if (model.takesEtre()) {
        etre.add(model.lemma());
      }
      model.addTo(index);
    });
    for (LexiconLine line : verbLines) {
      String[] f = line.fields(2);
      if (f.length > 3 || (f.length == 3 && !f[2].equals("ETRE"))) {
        throw line.error("expected lemma, CLASS and an optional ETRE");
      }
      String lemma = f[0];
      if (!WORD.matcher(FrenchText.fold(lemma)).matches()) {
        throw line.error("a lemma is one word, without \"se\" or an apostrophe");
      }
      LexiconLine earlier = listed.putIfAbsent(lemma, line);
      if (earlier != null) {
        throw line.error(lemma + " is already listed in " + earlier.resource() + ", line " + earlier.number()
            + "; a lemma has one class");
      }
      if (f.length == 3) {
        etre.add(lemma);
      }
      conjugate(line, lemma, f[1], endings, models, index);
    }
    return new VerbLexicon(index, listed.keySet(), etre);
  }

  /** Adds to {@code index} the analyses of {@code lemma}, of class {@code name}: a regular class or {@code LIKE <model>}. */
  private static void conjugate(LexiconLine line, String lemma, String name, Map<String, Paradigm> endings,
      Map<String, Paradigm> models, Map<String, List<VerbForm>> index) {
    if (name.startsWith(LIKE)) {
      String modelName = name.substring(LIKE.length()).strip();
      Paradigm model = models.get(FrenchText.fold(modelName));
      if (model == null) {
        throw line.error("unknown model " + modelName + "; a model is a lemma of " + IRREGULAR);
      }
      model.addTo(lemma, model.prefixFor(lemma, line), index);
      return;
    }
    RegularClass regular = Arrays.stream(RegularClass.values()).filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> line.error("unknown class " + name + "; expected ER, ER_DOUBLE, IR, RE or LIKE <model>"));
    String folded = FrenchText.fold(lemma);
    if (regular.lemmaEndings.stream().noneMatch(folded::endsWith)) {
      throw line.error("a verb of class " + regular + " ends in " + String.join(" or ", regular.lemmaEndings));
    }
    endings.get(FrenchText.fold(regular.endings)).addTo(lemma, ending -> regular.forms(folded, ending), index);
  }

  /**
   * Returns every analysis of a folded word as a verb form, each once, in resource order; empty if
   * it is none. An unfolded word is folded first.
   */
  ImmutableList<VerbForm> analyses(String folded) {
    return analysesOfFolded(FrenchText.fold(folded));
  }

  /** Returns every analysis of a token as a verb form, as {@link #analyses(String)} does, without folding it again. */
  ImmutableList<VerbForm> analyses(Token token) {
    return analysesOfFolded(token.folded());
  }

  private ImmutableList<VerbForm> analysesOfFolded(String key) {
    ImmutableList<VerbForm> found = formFilter.mayContain(key) ? analyses.get(key) : null;
    return found == null ? ImmutableList.of() : found;
  }

  /**
   * Returns the folded forms that some analysis reads as a form of one of {@code foldedLemmas}:
   * a sentence without any of them has no verb of those lemmas, whatever its grammar.
   */
  ImmutableSet<String> formsOf(Set<String> foldedLemmas) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    analyses.forEach((form, readings) -> {
      if (readings.stream().anyMatch(f -> foldedLemmas.contains(FrenchText.fold(f.lemma())))) {
        out.add(form);
      }
    });
    return out.build();
  }

  /** Returns whether a folded word can be a form of some known verb. */
  boolean isVerbForm(String folded) {
    return analyses.containsKey(FrenchText.fold(folded));
  }

  /**
   * Returns whether {@code lemma} builds its compound tenses with être when intransitive ("il est
   * devenu", "elle est sortie"); false for an unknown lemma. The lemma is best given as {@link
   * VerbForm#lemma()} writes it: a folded one is accepted and counts as taking être if some verb
   * that folds to it does ("naitre"). Pronominal uses, which always take être, are for the parser to
   * see.
   */
  boolean takesEtre(String lemma) {
    if (lemmas.contains(lemma)) {
      return etre.contains(lemma);
    }
    return byFolded.get(FrenchText.fold(lemma)).stream().anyMatch(etre::contains);
  }

  /** Returns whether {@code lemma}, as written or folded, is a verb of the lexicon. */
  boolean isKnownLemma(String lemma) {
    return lemmas.contains(lemma) || byFolded.containsKey(FrenchText.fold(lemma));
  }

  /** Returns the lemmas as written in the resources, in resource order (the models first). */
  ImmutableSet<String> lemmas() {
    return lemmas;
  }

  /** Returns the folded forms the lexicon knows. */
  ImmutableSet<String> forms() {
    return analyses.keySet();
  }
}
