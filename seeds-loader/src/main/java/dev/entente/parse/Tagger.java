package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.parse.Mention.CategoryMention;
import dev.entente.parse.Mention.StateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives each unit of a sentence its grammatical class: gazetteer mentions are names (or nominal
 * words, for state adjectives and category words), function words take the class their context
 * allows ("la" before a noun is a determiner, before "a livré" an object pronoun; "des" after a
 * noun is "de" + "les"), verb forms are finite verbs, participles, infinitives or nouns by what
 * precedes them ("la commande" is a noun, "l'Inde commande" a verb, "a commandé" a participle),
 * and every other word is nominal.
 *
 * <p>Expects a sentence and its mentions in text order (nested mentions, such as a state inside
 * an organization's name, are covered by the outer one). Guarantees units that cover every token
 * once, in order. One pass with one unit of look-back and one token of look-ahead: linear time.
 */
final class Tagger {

  /** Share of all-capital words above which capitals say nothing (a headline in capitals). */
  private static final double CAPITALS_HEADLINE = 0.6;
  /** Degree words that, after a determiner, make the next word an adjective: "le plus important". */
  private static final ImmutableSet<String> DEGREES = ImmutableSet.of("plus", "moins", "tres", "si", "aussi");

  private final FunctionWords functionWords;
  private final VerbLexicon verbs;
  private final Calendar calendar;
  private final ImmutableSet<String> prenominal;
  /** Verb forms that qualify a title after it, {@code lexicon/title-qualifiers.txt}: "le secrétaire adjoint", "le président élu". */
  private final ImmutableSet<String> titleQualifiers;

  Tagger(
      FunctionWords functionWords,
      VerbLexicon verbs,
      Calendar calendar,
      ImmutableList<LexiconLine> prenominal,
      ImmutableList<LexiconLine> titleQualifiers) {
    this.functionWords = functionWords;
    this.verbs = verbs;
    this.calendar = calendar;
    this.prenominal = LexiconLine.foldedWords(prenominal);
    this.titleQualifiers = LexiconLine.foldedWords(titleQualifiers);
  }

  /** Returns the units of {@code sentence}, tagged. */
  ImmutableList<Unit> tag(Sentence sentence, List<Mention> mentions) {
    List<Token> t = sentence.tokens();
    Mention[] mentionAt = outerMentions(t.size(), mentions);
    boolean capitalsMeanNothing = isCapitalsHeadline(sentence);
    List<Unit> units = new ArrayList<>(t.size());
    boolean quoteOpen = false;
    int i = 0;
    while (i < t.size()) {
      Token token = t.get(i);
      Unit previous = lastMeaningful(units);
      Mention mention = mentionAt[i];
      if (mention != null) {
        units.add(new Unit(i, mention.to(), nameTag(mention), "", ImmutableList.of(), Optional.of(mention)));
        i = mention.to();
        continue;
      }
      if (token.type() == Token.Type.PUNCTUATION) {
        Tag tag = punctuation(t, i, quoteOpen);
        if (token.is("\"")) {
          quoteOpen = tag == Tag.QUOTE_OPEN;
        }
        units.add(new Unit(i, i + 1, tag, "", ImmutableList.of(), Optional.empty()));
        i++;
        continue;
      }
      if (token.isNumber() || calendar.number(token).isPresent() && !token.is("un") && !token.is("une")) {
        units.add(new Unit(i, i + 1, Tag.NUMBER, "", ImmutableList.of(), Optional.empty()));
        i++;
        continue;
      }
      if (isCourtesy(t, i)) {
        // "M. Coats", "Mme Swaraj": the title and its point belong to the name that follows
        units.add(new Unit(i, i + 1, Tag.NAME, "", ImmutableList.of(), Optional.empty()));
        if (t.get(i + 1).is(".")) {
          units.add(new Unit(i + 1, i + 2, Tag.GLUE, "", ImmutableList.of(), Optional.empty()));
          i++;
        }
        i++;
        continue;
      }
      boolean initial = previous == null || previous.tag() == Tag.QUOTE_OPEN
          || previous.tag() == Tag.PUNCT && t.get(previous.from()).is(":");
      boolean capitalized = token.capitalized() && !capitalsMeanNothing;
      Optional<PhraseTable.Match<FunctionWords.Reading>> function = functionWords.at(t, i);
      if (function.isPresent() && (!capitalized || initial || isAllCaps(sentence, token) && token.end() - token.start() <= 3)
          && !isParticipleOfDevoir(t, i)) {
        PhraseTable.Match<FunctionWords.Reading> m = function.get();
        FunctionWords.Reading reading = choose(sentence, t, m, previous, units);
        if (reading.tag() == Tag.ADV && m.to() == i + 1 && previous != null && previous.tag() == Tag.DET
            && !DEGREES.contains(token.folded())) {
          reading = new FunctionWords.Reading(Tag.NOUN, ""); // "l'ensemble des appareils", "le lendemain": an adverb after an article is a noun
        }
        if (reading.tag() == Tag.DET && (token.is("des") || token.is("du")) && m.to() < mentionAt.length
            && mentionAt[m.to()] instanceof Mention.StateMention state && state.form() == StateForm.NAME) {
          reading = new FunctionWords.Reading(Tag.PREP_DET, "de"); // "a obtenu des Pays-Bas", "a reçu du Japon": a state's name takes the article
        }
        if (reading.tag() == Tag.AUX || reading.tag() == Tag.VERB) {
          units.add(verbal(i, reading.tag(), token));
        } else {
          units.add(new Unit(i, m.to(), reading.tag(), reading.feature(), ImmutableList.of(), Optional.empty()));
        }
        i = m.to();
        continue;
      }
      if (capitalized && !initial) {
        units.add(new Unit(i, i + 1, Tag.NAME, "", ImmutableList.of(), Optional.empty()));
        i++;
        continue;
      }
      ImmutableList<VerbForm> forms = byAccent(sentence, token, verbs.analyses(token));
      if (!forms.isEmpty()) {
        units.add(verbOrNoun(i, forms, previous, units, t));
        i++;
        continue;
      }
      Tag tag = token.folded().endsWith("ment") && isVerbal(previous) ? Tag.ADV : Tag.NOUN;
      units.add(new Unit(i, i + 1, tag, "", ImmutableList.of(), Optional.empty()));
      i++;
    }
    restating(units, t);
    return ImmutableList.copyOf(units);
  }

  /**
   * Retags the "soit" that restates a phrase by its count as a conjunction: in "sa flotte de
   * MiG-29, soit treize appareils" it is no form of "être".
   */
  private static void restating(List<Unit> units, List<Token> t) {
    for (int u = 1; u + 1 < units.size(); u++) {
      Unit unit = units.get(u);
      Tag next = units.get(u + 1).tag();
      if (unit.to() == unit.from() + 1 && t.get(unit.from()).is("soit") && t.get(unit.from() - 1).is(",")
          && (next == Tag.NUMBER || next == Tag.QUANT || t.get(units.get(u + 1).from()).isNumber())) {
        units.set(u, new Unit(unit.from(), unit.to(), Tag.COORD, "soit", ImmutableList.of(), Optional.empty()));
      }
    }
  }

  /** "devant livrer", "devant s'achever": the participle of "devoir" before an infinitive, not the preposition. */
  private boolean isParticipleOfDevoir(List<Token> t, int i) {
    if (!t.get(i).is("devant") || i + 1 >= t.size()) {
      return false;
    }
    Token next = t.get(i + 1);
    return next.is("se") || next.is("s") || next.is("etre")
        || verbs.analyses(next).stream().anyMatch(f -> f.tense() == VerbForm.Tense.INFINITIVE);
  }

  /**
   * Keeps the analyses the written accents allow: folding makes "livré" and "livre" one key, but a
   * final "é" is a participle of a verb in -er and a final plain "e" is not.
   */
  private static ImmutableList<VerbForm> byAccent(Sentence sentence, Token token, ImmutableList<VerbForm> forms) {
    if (forms.isEmpty()) {
      return forms;
    }
    String text = sentence.text();
    int from = token.start() - sentence.span().start();
    int to = token.end() - sentence.span().start();
    boolean acute = endsWithAcute(text, from, to);
    boolean plain = !acute && endsWithPlainE(text, from, to);
    if (!acute && !plain || isAllCapsWord(text, from, to)) {
      return forms;
    }
    ImmutableList.Builder<VerbForm> builder = ImmutableList.builderWithExpectedSize(forms.size());
    for (int k = 0; k < forms.size(); k++) {
      VerbForm f = forms.get(k);
      if (acute ? f.tense() == VerbForm.Tense.PAST_PARTICIPLE
          : !(f.tense() == VerbForm.Tense.PAST_PARTICIPLE && f.lemma().endsWith("er"))) {
        builder.add(f);
      }
    }
    ImmutableList<VerbForm> kept = builder.build();
    return kept.isEmpty() ? forms : kept;
  }

  /** Whether {@code text[from, to)} ends in é, ée, és or ées, in either case. */
  private static boolean endsWithAcute(String text, int from, int to) {
    int end = to;
    if (end - from >= 2 && isLetterS(text.charAt(end - 1))) {
      end--;
    }
    if (end - from >= 2 && isPlainE(text.charAt(end - 1)) && isAcuteE(text.charAt(end - 2))) {
      return true;
    }
    return end > from && isAcuteE(text.charAt(end - 1));
  }

  /** Whether {@code text[from, to)} ends in e or es, in either case. */
  private static boolean endsWithPlainE(String text, int from, int to) {
    int end = to;
    if (end - from >= 2 && isLetterS(text.charAt(end - 1))) {
      end--;
    }
    return end > from && isPlainE(text.charAt(end - 1));
  }

  private static boolean isLetterS(char c) {
    return c == 's' || c == 'S';
  }

  private static boolean isPlainE(char c) {
    return c == 'e' || c == 'E';
  }

  private static boolean isAcuteE(char c) {
    return c == 'é' || c == 'É';
  }

  /** Whether {@code text[from, to)}, two characters or more, has no lower-case letter. */
  private static boolean isAllCapsWord(String text, int from, int to) {
    if (to - from <= 1) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != Character.toUpperCase(c) || c == 'ß') { // ß upper-cases to SS
        return false;
      }
    }
    return true;
  }

  private static boolean isCourtesy(List<Token> t, int i) {
    Token token = t.get(i);
    if (!token.capitalized() || !(token.is("m") || token.is("mme") || token.is("mlle") || token.is("dr") || token.is("me"))) {
      return false;
    }
    int next = i + 1 < t.size() && t.get(i + 1).is(".") ? i + 2 : i + 1;
    return next > i + 1 && next < t.size() && t.get(next).capitalized() && t.get(next).isWord()
        || next == i + 1 && !token.is("m") && !token.is("me") && next < t.size() && t.get(next).capitalized();
  }

  private static Mention[] outerMentions(int size, List<Mention> mentions) {
    Mention[] at = new Mention[size];
    int covered = 0;
    for (Mention m : mentions) {
      if (m.from() >= covered && m.from() < size && m.to() > m.from()) {
        at[m.from()] = m;
        covered = m.to();
      }
    }
    return at;
  }

  private static Tag nameTag(Mention m) {
    if (m instanceof CategoryMention) {
      return Tag.NOUN;
    }
    if (m instanceof StateMention s && (s.form() == StateForm.ADJ || s.form() == StateForm.PREFIX)) {
      return Tag.NOUN;
    }
    return Tag.NAME;
  }

  private static Tag punctuation(List<Token> t, int i, boolean quoteOpen) {
    Token token = t.get(i);
    String f = token.folded();
    if (f.equals("«") || f.equals("“")) {
      return Tag.QUOTE_OPEN;
    }
    if (f.equals("»") || f.equals("”")) {
      return Tag.QUOTE_CLOSE;
    }
    if (f.equals("\"")) {
      return quoteOpen ? Tag.QUOTE_CLOSE : Tag.QUOTE_OPEN;
    }
    boolean joined = i > 0 && i + 1 < t.size() && t.get(i - 1).end() == token.start() && t.get(i + 1).start() == token.end();
    if (f.equals("'")) {
      return Tag.GLUE;
    }
    if (f.equals("-") && joined) {
      return Tag.GLUE;
    }
    if ((f.equals(".") || f.equals(",")) && joined && t.get(i - 1).isNumber() && t.get(i + 1).isNumber()) {
      return Tag.GLUE; // "300.000", "2,1 milliards"
    }
    return Tag.PUNCT;
  }

  private static Unit lastMeaningful(List<Unit> units) {
    for (int k = units.size() - 1; k >= 0; k--) {
      if (units.get(k).tag() != Tag.GLUE) {
        return units.get(k);
      }
    }
    return null;
  }

  private static boolean isVerbal(Unit u) {
    return u != null && u.tag().isVerbal();
  }

  private static boolean isNominal(Unit u) {
    return u != null && u.tag().isNominal();
  }

  /** Chooses among a function word's readings by its neighbours. */
  private FunctionWords.Reading choose(
      Sentence sentence, List<Token> t, PhraseTable.Match<FunctionWords.Reading> m, Unit previous, List<Unit> units) {
    ImmutableList<FunctionWords.Reading> readings = m.values();
    int i = m.from();
    Token token = t.get(i);
    int after = m.to() < t.size() && t.get(m.to()).is("'") ? m.to() + 1 : m.to(); // "l'a", "qu'il"
    Token next = after < t.size() ? t.get(after) : null;
    String f = token.folded();
    if (m.to() == i + 1) {
      // accents the folding removed: "à"/"a", "où"/"ou", "là"/"la", "dès"/"des"
      char written = sentence.text().charAt(token.start() - sentence.span().start());
      if (f.equals("a")) {
        // a capital "A" is often an "À" written without its accent: "A Moscou, ..."
        boolean avoir = written == 'a' || written == 'A' && startsVerbForm(next);
        return avoir ? new FunctionWords.Reading(Tag.AUX, "") : find(readings, Tag.PREP).orElse(readings.get(0));
      }
      if (f.equals("ou")) {
        return find(readings, token.end() - token.start() == 2 && isGrave(sentence, token, 1) ? Tag.RELATIVE : Tag.COORD)
            .orElse(readings.get(0));
      }
      if (f.equals("la") && isGrave(sentence, token, 1)) {
        return find(readings, Tag.ADV).orElse(readings.get(0));
      }
      if (f.equals("des") && isGrave(sentence, token, 1)) {
        return find(readings, Tag.PREP).orElse(readings.get(0));
      }
    }
    if (readings.size() == 1) {
      return readings.get(0);
    }
    boolean negatedBefore = negationOpen(units);
    switch (f) {
      case "le", "la", "les", "l", "leur" -> {
        ImmutableList<VerbForm> nextForms = next == null ? ImmutableList.of() : verbs.analyses(next);
        boolean afterPronoun = previous != null && (previous.tag() == Tag.PRONOUN || previous.tag() == Tag.NEG
            || previous.tag() == Tag.CLITIC || previous.tag() == Tag.REFLEXIVE || previous.tag() == Tag.RELATIVE);
        // "les a livrés", "il la livre", "de les livrer"; but "par les forces", "après la rencontre"
        boolean clitic = next != null && !startsNoun(next) && (isAuxiliaryForm(next) && !isNominal(previous)
            || afterPronoun && nextForms.stream().anyMatch(v -> v.isFinite() || v.tense() == VerbForm.Tense.INFINITIVE)
            || previous != null && previous.tag() == Tag.PREP
                && nextForms.stream().anyMatch(v -> v.tense() == VerbForm.Tense.INFINITIVE));
        return find(readings, clitic ? Tag.CLITIC : Tag.DET).orElse(readings.get(0));
      }
      case "en" -> {
        // "en a livré", "n'en possède", "il en compte"; but "en cours", "mis en place", "en signant"
        ImmutableList<VerbForm> nextForms = next == null ? ImmutableList.of() : verbs.analyses(next);
        boolean clitic = next != null && !isVerbal(previous) && (previous == null || previous.tag() != Tag.DET && previous.tag() != Tag.PREP)
            && (isAuxiliaryForm(next) || nextForms.stream().anyMatch(v -> v.isFinite() && v.person() == 3)
                && nextForms.stream().noneMatch(v -> v.tense() == VerbForm.Tense.PRESENT_PARTICIPLE));
        return find(readings, clitic ? Tag.CLITIC : Tag.PREP).orElse(readings.get(0));
      }
      case "lui", "nous", "vous" -> {
        boolean clitic = next != null && (isAuxiliaryForm(next) || !verbs.analyses(next).isEmpty())
            && previous != null && (previous.tag() == Tag.PRONOUN || previous.tag() == Tag.NEG || isNominal(previous));
        return find(readings, clitic ? Tag.CLITIC : Tag.PRONOUN).orElse(readings.get(0));
      }
      case "que", "qu" -> {
        if (negatedBefore) {
          return new FunctionWords.Reading(Tag.ADV, ""); // "ne ... que": only
        }
        boolean relative = isNominal(previous) || previous != null && previous.tag() == Tag.PRONOUN;
        return find(readings, relative ? Tag.RELATIVE : Tag.SUBORD).orElse(readings.get(0));
      }
      case "s" -> {
        boolean conditional = next != null && (next.is("il") || next.is("ils"));
        return find(readings, conditional ? Tag.SUBORD : Tag.REFLEXIVE).orElse(readings.get(0));
      }
      case "ce" -> {
        boolean pronoun = next != null && (next.is("qui") || next.is("que") || next.is("qu") || next.is("dont") || isAuxiliaryForm(next));
        return find(readings, pronoun ? Tag.PRONOUN : Tag.DET).orElse(readings.get(0));
      }
      case "des", "du" -> {
        boolean fused = isNominal(previous);
        return find(readings, fused ? Tag.PREP_DET : Tag.DET).orElse(readings.get(0));
      }
      case "plus", "pas", "point", "personne", "rien", "jamais" -> {
        if (negatedBefore || f.equals("pas") || f.equals("jamais")) {
          return find(readings, Tag.NEG_TAIL).orElse(readings.get(0));
        }
        if (m.to() > i + 1 && next != null && (next.isNumber() || calendar.number(next).isPresent())) {
          return find(readings, Tag.QUANT).orElse(readings.get(0));
        }
        return find(readings, f.equals("plus") ? Tag.ADV : Tag.NOUN).orElse(new FunctionWords.Reading(Tag.NOUN, ""));
      }
      default -> {
        boolean number = next != null && (next.isNumber() || calendar.number(next).isPresent());
        Optional<FunctionWords.Reading> quant = find(readings, Tag.QUANT);
        if (quant.isPresent()) {
          return number ? quant.get() : readings.stream().filter(r -> r.tag() != Tag.QUANT).findFirst().orElse(quant.get());
        }
        return readings.get(0);
      }
    }
  }

  private static Optional<FunctionWords.Reading> find(List<FunctionWords.Reading> readings, Tag tag) {
    for (int k = 0; k < readings.size(); k++) { // by index: no iterator for a word's few readings
      FunctionWords.Reading reading = readings.get(k);
      if (reading.tag() == tag) {
        return Optional.of(reading);
      }
    }
    return Optional.empty();
  }

  /** Whether the character at {@code offset} of the token is written with a grave accent. */
  private static boolean isGrave(Sentence sentence, Token token, int offset) {
    int at = token.start() - sentence.span().start() + offset;
    if (at >= sentence.text().length()) {
      return false;
    }
    char c = sentence.text().charAt(at);
    return c == 'à' || c == 'ù' || c == 'è' || c == 'À' || c == 'Ù' || c == 'È';
  }

  /** Whether a "ne" opened a negation in the current clause that no tail has closed yet. */
  private static boolean negationOpen(List<Unit> units) {
    for (int k = units.size() - 1; k >= 0 && k >= units.size() - 6; k--) {
      Tag tag = units.get(k).tag();
      if (tag == Tag.NEG) {
        return true;
      }
      if (tag == Tag.NEG_TAIL || tag == Tag.PUNCT || tag == Tag.SUBORD || tag == Tag.RELATIVE) {
        return false;
      }
    }
    return false;
  }

  private boolean isAuxiliaryForm(Token token) {
    for (VerbForm f : verbs.analyses(token)) {
      if (f.isFinite() && (isAvoir(f.lemma()) || isEtre(f.lemma()))) {
        return true;
      }
    }
    return false;
  }

  private boolean startsVerbForm(Token token) {
    return token != null && verbs.analyses(token).stream().anyMatch(VerbForm::isParticiple);
  }

  private boolean startsNoun(Token token) {
    return token.capitalized();
  }

  private Unit verbal(int i, Tag tag, Token token) {
    ImmutableList<VerbForm> forms = verbs.analyses(token).stream()
        .filter(VerbForm::isFinite)
        .collect(ImmutableList.toImmutableList());
    if (forms.isEmpty()) {
      forms = ImmutableList.of(new VerbForm("avoir", VerbForm.Tense.PRESENT, 3, false));
    }
    return new Unit(i, i + 1, tag, "", forms, Optional.empty());
  }

  /**
   * Whether a form is 'être' or 'avoir' in the third person ("est", "sont", "a", "avaient"): after
   * a noun or a participle these are verbs, whatever the determiner before ("L'un des accords est").
   */
  private static boolean isAuxiliaryOfThirdPerson(ImmutableList<VerbForm> forms) {
    for (VerbForm f : forms) {
      if (f.isFinite() && f.person() == 3 && (f.lemma().equals("être") || f.lemma().equals("avoir"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a finite verb follows the year of a name's edition: "Vostok 2022 débutera", "les
   * exercices Fraternité slave 2023 réuniront", where a number would otherwise count the noun after.
   */
  private static boolean afterEditionYear(ImmutableList<VerbForm> forms, List<Token> t, int i) {
    return DateFinder.isYear(t.get(i - 1)) && i >= 2 && t.get(i - 2).isWord()
        && forms.stream().anyMatch(f -> f.isFinite() && f.tense() != VerbForm.Tense.IMPERATIVE);
  }

  /** Tells a verb form from a noun by what precedes it. */
  private Unit verbOrNoun(int i, ImmutableList<VerbForm> forms, Unit previous, List<Unit> units, List<Token> t) {
    Tag previousTag = previous == null ? null : previous.tag();
    if (i > 0 && t.get(i - 1).is("-") && t.get(i - 1).start() == t.get(i).start() - 1 && !units.isEmpty()
        && units.get(units.size() - 1).tag() == Tag.GLUE && previousTag != null && previousTag.isNominal()) {
      return new Unit(i, i + 1, Tag.NOUN, "", ImmutableList.of(), Optional.empty()); // "accord-cadre", "porte-avions"
    }
    if (previousTag == Tag.NOUN && titleQualifiers.contains(t.get(i).folded())) {
      return new Unit(i, i + 1, Tag.NOUN, "", ImmutableList.of(), Optional.empty()); // "le secrétaire adjoint du Conseil"
    }
    boolean afterAuxiliary = auxiliaryBefore(units);
    if (afterAuxiliary && has(forms, VerbForm.Tense.PAST_PARTICIPLE)) {
      return unit(i, Tag.PARTICIPLE, forms, VerbForm.Tense.PAST_PARTICIPLE);
    }
    if (previousTag == Tag.PREP && "en".equals(previous.feature()) && has(forms, VerbForm.Tense.PRESENT_PARTICIPLE)) {
      return unit(i, Tag.GERUND, forms, VerbForm.Tense.PRESENT_PARTICIPLE);
    }
    if (has(forms, VerbForm.Tense.INFINITIVE)
        && (previousTag == Tag.PREP && isInfinitiveMarker(previous.feature())
            || previousTag == Tag.VERB || previousTag == Tag.AUX && !afterAuxiliary || previousTag == Tag.PARTICIPLE
            || previousTag == Tag.GERUND
            || previousTag == Tag.INFINITIVE || previousTag == Tag.CLITIC || previousTag == Tag.REFLEXIVE
            || previousTag == Tag.ADV && verbBefore(units))) {
      return unit(i, Tag.INFINITIVE, forms, VerbForm.Tense.INFINITIVE);
    }
    if (previousTag == Tag.DET || previousTag == Tag.PREP || previousTag == Tag.PREP_DET || previousTag == Tag.QUANT
        || previousTag == Tag.NUMBER && !afterEditionYear(forms, t, i) || previousTag == Tag.NOUN && afterPrenominal(units, t)
        || previousTag == Tag.ADV && isDegreeAfterDeterminer(units, t)
        || (previousTag == Tag.PARTICIPLE || previousTag == Tag.VERB || previousTag == Tag.INFINITIVE || previousTag == Tag.GERUND)
            && !has(forms, VerbForm.Tense.PAST_PARTICIPLE) && !has(forms, VerbForm.Tense.INFINITIVE)
            && !isAuxiliaryOfThirdPerson(forms)) {
      // "la commande", "la dernière visite"; "a pris part", "prendre part", "a mis fin": no finite verb follows a verb
      return new Unit(i, i + 1, Tag.NOUN, "", ImmutableList.of(), Optional.empty());
    }
    boolean finite = false;
    boolean thirdPerson = false;
    for (int k = 0; k < forms.size(); k++) {
      VerbForm f = forms.get(k);
      finite |= f.isFinite() && f.tense() != VerbForm.Tense.IMPERATIVE;
      thirdPerson |= f.isFinite() && f.person() == 3;
    }
    boolean participle = has(forms, VerbForm.Tense.PAST_PARTICIPLE);
    if (previousTag == Tag.PRONOUN && participle && isInvertedAfterAuxiliary(units, t)) {
      return unit(i, Tag.PARTICIPLE, forms, VerbForm.Tense.PAST_PARTICIPLE); // "a-t-on appris", "a-t-il précisé"
    }
    if (previousTag == Tag.PRONOUN || previousTag == Tag.REFLEXIVE || previousTag == Tag.NEG || previousTag == Tag.CLITIC
        || previousTag == Tag.RELATIVE) {
      if (finite) {
        return finiteUnit(i, forms);
      }
      if (participle) {
        return unit(i, Tag.PARTICIPLE, forms, VerbForm.Tense.PAST_PARTICIPLE);
      }
      if (has(forms, VerbForm.Tense.INFINITIVE)) {
        return unit(i, Tag.INFINITIVE, forms, VerbForm.Tense.INFINITIVE);
      }
    }
    if (has(forms, VerbForm.Tense.PRESENT_PARTICIPLE) && !finite) {
      return unit(i, Tag.GERUND, forms, VerbForm.Tense.PRESENT_PARTICIPLE);
    }
    if (previous == null || previousTag == Tag.PUNCT || previousTag == Tag.QUOTE_OPEN || previousTag == Tag.QUOTE_CLOSE) {
      if (participle) {
        return unit(i, Tag.PARTICIPLE, forms, VerbForm.Tense.PAST_PARTICIPLE); // "Reçu en grande pompe, ..."
      }
      if (finite && thirdPerson && previousTag != null) {
        return finiteUnit(i, forms); // "« ... », estime le ministre"
      }
      return new Unit(i, i + 1, Tag.NOUN, "", ImmutableList.of(), Optional.empty());
    }
    if (participle && (!finite || previousTag == Tag.NOUN)) {
      return unit(i, Tag.PARTICIPLE, forms, VerbForm.Tense.PAST_PARTICIPLE); // "les avions livrés", "le contrat conclu"
    }
    if (finite && thirdPerson && (isAuxiliaryOfThirdPerson(forms) || agreesWithDeterminer(forms, units, t))) {
      // "L'un des accords est", "les accords avancés sont": 'être' and 'avoir' after a noun are verbs
      return finiteUnit(i, forms); // "La Russie livre", "Le contrat prévoit"; not "le vice-premier président"
    }
    if (participle) {
      return unit(i, Tag.PARTICIPLE, forms, VerbForm.Tense.PAST_PARTICIPLE);
    }
    return new Unit(i, i + 1, Tag.NOUN, "", ImmutableList.of(), Optional.empty());
  }

  /** Whether the last unit is an adjective French puts before its noun, right after a determiner: "la dernière". */
  /** Whether the units end with an auxiliary and its inverted subject: "a-t-on", "ont-ils", "est-il". */
  private static boolean isInvertedAfterAuxiliary(List<Unit> units, List<Token> t) {
    int k = units.size() - 2; // before the pronoun: the hyphens and the euphonic "t"
    while (k >= 0 && (units.get(k).tag() == Tag.GLUE || t.get(units.get(k).from()).is("t"))) {
      k--;
    }
    return k >= 0 && k < units.size() - 2 && (units.get(k).tag() == Tag.AUX || units.get(k).tag() == Tag.VERB)
        && (isAvoir(units.get(k).lemma()) || isEtre(units.get(k).lemma()));
  }

  /** "le plus important exercice", "les moins coûteuses": after a determiner and a degree, an adjective. */
  private static boolean isDegreeAfterDeterminer(List<Unit> units, List<Token> t) {
    int n = units.size();
    return n >= 2 && units.get(n - 2).tag() == Tag.DET && DEGREES.contains(t.get(units.get(n - 1).from()).folded());
  }

  private boolean afterPrenominal(List<Unit> units, List<Token> t) {
    int k = units.size() - 1;
    if (k < 1 || units.get(k).to() != units.get(k).from() + 1 || !prenominal.contains(t.get(units.get(k).from()).folded())) {
      return false;
    }
    int j = k - 1;
    // "le vice-premier président", "l'ex-premier ministre": the words hyphened to the adjective
    while (j >= 2 && units.get(j).tag() == Tag.GLUE && t.get(units.get(j).from()).is("-")
        && units.get(j - 1).tag() == Tag.NOUN && units.get(j - 1).to() == units.get(j).from()) {
      j -= 2;
    }
    Tag before = units.get(j).tag();
    return before == Tag.DET || before == Tag.PREP_DET || before == Tag.GLUE && j >= 1 && units.get(j - 1).tag() == Tag.DET;
  }

  private static final ImmutableSet<String> SINGULAR_DETERMINERS =
      ImmutableSet.of("le", "la", "l", "un", "une", "ce", "cet", "cette", "son", "sa", "leur", "notre", "votre", "chaque");
  private static final ImmutableSet<String> PLURAL_DETERMINERS =
      ImmutableSet.of("les", "des", "ces", "ses", "leurs", "nos", "vos", "plusieurs", "quelques", "aux", "certains", "certaines");

  /**
   * Whether a finite form can agree with the noun phrase before it: a form that is only plural
   * ("président" of "présider") does not follow "le", one only singular does not follow "les".
   */
  private static boolean agreesWithDeterminer(List<VerbForm> forms, List<Unit> units, List<Token> t) {
    boolean plural = false;
    boolean singular = false;
    for (VerbForm f : forms) {
      if (f.isFinite() && f.person() == 3) {
        plural |= f.plural();
        singular |= !f.plural();
      }
    }
    for (int k = units.size() - 1; k >= 0 && k >= units.size() - 5; k--) {
      Unit u = units.get(k);
      if (u.tag() == Tag.DET || u.tag() == Tag.PREP_DET) {
        if (u.tag() == Tag.PREP_DET || k > 0 && (units.get(k - 1).tag() == Tag.COORD || units.get(k - 1).tag() == Tag.PUNCT
            || units.get(k - 1).tag() == Tag.PREP || units.get(k - 1).tag() == Tag.PREP_DET)) {
          // "La Russie et l'Inde ont signé", "les forces de la Russie et de la Chine organiseraient": the
          // article of a coordination or of a complement says nothing of the subject's number
          return true;
        }
        String d = t.get(u.from()).folded();
        if (SINGULAR_DETERMINERS.contains(d)) {
          return singular;
        }
        if (PLURAL_DETERMINERS.contains(d)) {
          return plural;
        }
        return true;
      }
      if (!u.tag().isNominal() && u.tag() != Tag.GLUE) {
        return true;
      }
    }
    return true;
  }

  private Unit finiteUnit(int i, ImmutableList<VerbForm> forms) {
    ImmutableList.Builder<VerbForm> kept = ImmutableList.builderWithExpectedSize(forms.size());
    boolean auxiliary = false;
    for (int k = 0; k < forms.size(); k++) {
      VerbForm f = forms.get(k);
      if (f.isFinite()) {
        kept.add(f);
        auxiliary |= isAvoir(f.lemma()) || isEtre(f.lemma());
      }
    }
    ImmutableList<VerbForm> finite = kept.build();
    return new Unit(i, i + 1, auxiliary ? Tag.AUX : Tag.VERB, "", finite, Optional.empty());
  }

  private static Unit unit(int i, Tag tag, ImmutableList<VerbForm> forms, VerbForm.Tense tense) {
    ImmutableList.Builder<VerbForm> kept = ImmutableList.builderWithExpectedSize(forms.size());
    for (int k = 0; k < forms.size(); k++) {
      if (forms.get(k).tense() == tense) {
        kept.add(forms.get(k));
      }
    }
    return new Unit(i, i + 1, tag, "", kept.build(), Optional.empty());
  }

  private static boolean has(List<VerbForm> forms, VerbForm.Tense tense) {
    for (int k = 0; k < forms.size(); k++) { // by index: no iterator for a word's few forms
      if (forms.get(k).tense() == tense) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInfinitiveMarker(String marker) {
    return switch (marker) {
      case "de", "à", "pour", "sans", "par", "avant", "après" -> true;
      default -> false;
    };
  }

  /** Whether an auxiliary precedes, with only adverbs, negation and pronouns in between: "a déjà livré", "n'a pas été". */
  private static boolean auxiliaryBefore(List<Unit> units) {
    for (int k = units.size() - 1; k >= 0; k--) {
      Unit u = units.get(k);
      switch (u.tag()) {
        case AUX:
          return true;
        case PARTICIPLE:
          return isEtre(u.lemma()) || isAvoir(u.lemma()); // "a été livré", "ont eu"
        case ADV, NEG_TAIL, GLUE, PRONOUN:
          continue; // "a-t-il", "ont-ils"
        default:
          return false;
      }
    }
    return false;
  }

  private static boolean verbBefore(List<Unit> units) {
    for (int k = units.size() - 1; k >= 0; k--) {
      Tag tag = units.get(k).tag();
      if (tag == Tag.VERB || tag == Tag.AUX) {
        return true;
      }
      if (tag != Tag.ADV && tag != Tag.NEG_TAIL && tag != Tag.GLUE) {
        return false;
      }
    }
    return false;
  }

  static boolean isAvoir(String lemma) {
    return lemma.equals("avoir");
  }

  static boolean isEtre(String lemma) {
    return lemma.equals("être") || lemma.equals("etre");
  }

  private static boolean isCapitalsHeadline(Sentence sentence) {
    int words = 0;
    int capitals = 0;
    for (Token token : sentence.tokens()) {
      if (token.isWord() && token.end() - token.start() >= 2) {
        words++;
        if (isAllCaps(sentence, token)) {
          capitals++;
        }
      }
    }
    return words >= 3 && capitals >= CAPITALS_HEADLINE * words;
  }

  private static boolean isAllCaps(Sentence sentence, Token token) {
    int base = sentence.span().start();
    for (int k = token.start(); k < token.end(); k++) {
      char c = sentence.text().charAt(k - base);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
