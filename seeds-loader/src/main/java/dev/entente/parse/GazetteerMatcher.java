package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.Organization;
import dev.entente.model.SystemCategory;
import dev.entente.parse.Gazetteer.InstitutionHead;
import dev.entente.parse.Gazetteer.OrgEntry;
import dev.entente.parse.Gazetteer.StateEntry;
import dev.entente.parse.Mention.CategoryMention;
import dev.entente.parse.Mention.OrgMention;
import dev.entente.parse.Mention.PersonMention;
import dev.entente.parse.Mention.StateMention;
import dev.entente.parse.Mention.WeaponMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.entente.text.FrenchText;

/**
 * Finds the names the {@link Gazetteer} knows in each sentence: states (names, adjectives,
 * compound adjectives, capitals, seats), organizations (named ones, and state institutions such as
 * "le ministère russe de la Défense"), weapon systems (known designations and designation shapes
 * such as "Su-75"), category words and known persons.
 *
 * <p>At each token the longest match wins; a state named inside an organization's name is reported
 * too. Expects the sentences of {@link SentenceSplitter}; guarantees mentions in text order. Time
 * is linear in the number of tokens.
 */
final class GazetteerMatcher {

  /** The most states a compound adjective names before its last one ("américano-sino-russe": 2). */
  private static final int MAX_PREFIXES = 8;

  private final Gazetteer gazetteer;
  private final Tokenizer tokenizer = new Tokenizer();

  GazetteerMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Returns the organizations the gazetteer knows in a short text, such as a dateline's agency. */
  ImmutableList<dev.entente.model.Organization> organizationsIn(String text, Tokenizer tokenizer) {
    Sentence line = new Sentence(0, dev.entente.model.Span.of(0, text.length()), text, tokenizer.tokenize(text, 0, text.length()), 0);
    return match(line).stream()
        .filter(OrgMention.class::isInstance)
        .map(m -> ((OrgMention) m).organization())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the mentions of every sentence, in text order. */
  ImmutableList<Mention> match(ImmutableList<Sentence> sentences) {
    ImmutableList.Builder<Mention> out = ImmutableList.builder();
    for (Sentence sentence : sentences) {
      out.addAll(match(sentence));
    }
    return out.build();
  }

  List<Mention> match(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Mention best = null;
      CategoryMention previous =
          !found.isEmpty() && found.get(found.size() - 1) instanceof CategoryMention c ? c : null;
      boolean afterKind = previous != null && previous.to() == i && isAcronym(sentence.textOf(i, i + 1));
      List<Mention> candidates = candidatesAt(sentence, tokens, i, previous);
      for (int k = 0; k < candidates.size(); k++) { // by index: most tokens have none, and no iterator
        Mention candidate = candidates.get(k);
        if (afterKind && candidate instanceof OrgMention) {
          continue; // "des frégates FDI", "les missiles MICA": an acronym after a kind of weapon is its designation
        }
        if (best == null || candidate.to() > best.to()) {
          best = candidate;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      if (best instanceof OrgMention && isEditionName(tokens, best.to())) {
        i = best.to(); // "Indra-2017" is an exercise, not the company Indra
        continue;
      }
      found.add(best);
      i = best.to();
    }
    return found;
  }

  private static boolean isAcronym(String text) {
    return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  private List<Mention> candidatesAt(Sentence sentence, List<Token> tokens, int i, CategoryMention previous) {
    Token token = tokens.get(i);
    if (token.type() == Token.Type.PUNCTUATION || !gazetteer.mayStartAt(token)) {
      return List.of(); // most tokens: nothing to allocate
    }
    List<Mention> candidates = new ArrayList<>(4);
    int s = sentence.index();
    if (token.capitalized()) {
      gazetteer.knownPersons.longestAt(tokens, i)
          .ifPresent(m -> candidates.add(new PersonMention(s, m.from(), m.to(), m.values().get(0))));
    }
    organization(sentence, tokens, i).ifPresent(candidates::add);
    institution(sentence, tokens, i).ifPresent(candidates::add);
    state(sentence, tokens, i).ifPresent(candidates::add);
    compound(sentence, tokens, i).ifPresent(candidates::add);
    weapon(sentence, tokens, i, previous).ifPresent(candidates::add);
    gazetteer.categories.longestAt(tokens, i)
        .ifPresent(
            m -> candidates.add(
                new CategoryMention(s, m.from(), m.to(), m.values().get(0), sentence.textOf(m.from(), m.to()))));
    // on equal length the earlier kinds win: persons, organizations, states, weapons, categories
    return candidates;
  }

  private Optional<Mention> organization(Sentence sentence, List<Token> tokens, int i) {
    return gazetteer.organizations.longestAt(tokens, i)
        .flatMap(
            m -> {
              String written = sentence.textOf(m.from(), m.to());
              for (OrgEntry entry : m.values()) {
                boolean ok =
                    entry.acronym()
                        ? (written.equals(entry.surface()) || isTitleCased(written, entry.surface(), tokens, m.from()))
                            && !isWordInCapitals(sentence, tokens, m.from(), m.to())
                        : tokens.get(i).capitalized() || !Character.isUpperCase(entry.surface().charAt(0));
                if (ok) {
                  return Optional.of(new OrgMention(sentence.index(), m.from(), m.to(), entry.organization()));
                }
              }
              return Optional.empty();
            });
  }

  /** French words that are also acronyms of organizations: "AU" in "LES ARMES AU MALI" is "au". */
  private static final ImmutableSet<String> WORDS_LIKE_ACRONYMS =
      ImmutableSet.of("au", "aux", "eu", "ce", "un", "une", "des", "les", "et", "en", "ou", "sa", "ses", "on", "or");

  /**
   * "l'Otan", "la Cédéao", "l'Onu": an acronym spoken as a word, written with one capital, of four
   * letters or more, or of three after "l'".
   */
  private static boolean isTitleCased(String written, String acronym, List<Token> tokens, int from) {
    if (written.length() < 3 || written.length() != acronym.length() || !Character.isUpperCase(written.charAt(0))
        || !written.substring(1).equals(written.substring(1).toLowerCase(java.util.Locale.ROOT))
        || !FrenchText.fold(written).equals(FrenchText.fold(acronym))) {
      return false;
    }
    return written.length() >= 4 || from >= 2 && tokens.get(from - 1).is("'") && tokens.get(from - 2).is("l");
  }

  /** Whether an acronym is one of those words, in a run of words in capitals around it. */
  private static boolean isWordInCapitals(Sentence sentence, List<Token> tokens, int from, int to) {
    if (to != from + 1 || !WORDS_LIKE_ACRONYMS.contains(tokens.get(from).folded())) {
      return false;
    }
    return from > 0 && isUpperWord(sentence, tokens, from - 1) || to < tokens.size() && isUpperWord(sentence, tokens, to);
  }

  private static boolean isUpperWord(Sentence sentence, List<Token> tokens, int k) {
    Token token = tokens.get(k);
    if (!token.isWord() || token.end() - token.start() < 2) {
      return false;
    }
    String text = sentence.textOf(k, k + 1);
    return text.equals(text.toUpperCase(java.util.Locale.ROOT));
  }

  /** "ministère russe de la Défense", "ministère de la Défense russe", "Conseil de sécurité de Russie". */
  private Optional<Mention> institution(Sentence sentence, List<Token> tokens, int i) {
    Optional<PhraseTable.Match<InstitutionHead>> head = gazetteer.institutionHeads.longestAt(tokens, i);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    for (InstitutionHead entry : head.get().values()) {
      int at = head.get().to();
      Country country = null;
      Optional<StateMention> before = adjectiveAt(sentence, tokens, at);
      if (before.isPresent()) {
        country = before.get().countries().get(0);
        at = before.get().to();
      }
      int complementEnd = matchKeys(tokens, at, entry.complementKeys());
      if (complementEnd < 0) {
        continue;
      }
      at = complementEnd;
      if (country == null) {
        Optional<StateMention> after = adjectiveAt(sentence, tokens, at);
        if (after.isPresent()) {
          country = after.get().countries().get(0);
          at = after.get().to();
        } else {
          Optional<StateMention> named = ofCountry(sentence, tokens, at);
          if (named.isPresent()) {
            country = named.get().countries().get(0);
            at = named.get().to();
          }
        }
      }
      if (country == null) {
        continue;
      }
      String name = sentence.textOf(i, at);
      Organization org = Organization.of(capitalizeFirst(name)).withCountry(country);
      return Optional.of(new OrgMention(sentence.index(), i, at, org));
    }
    return Optional.empty();
  }

  private static String capitalizeFirst(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private Optional<StateMention> adjectiveAt(Sentence sentence, List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    return state(sentence, tokens, at).filter(m -> m.form() == StateForm.ADJ);
  }

  /** "de Russie", "de la Fédération de Russie", "du Pakistan", "des États-Unis", "d'Iran". */
  private Optional<StateMention> ofCountry(Sentence sentence, List<Token> tokens, int at) {
    int j = at;
    if (j < tokens.size() && (tokens.get(j).is("de") || tokens.get(j).is("du") || tokens.get(j).is("des") || tokens.get(j).is("d"))) {
      j++;
      if (j < tokens.size() && tokens.get(j).is("'")) {
        j++;
      }
      if (j < tokens.size() && (tokens.get(j).is("la") || tokens.get(j).is("l"))) {
        j++;
        if (j < tokens.size() && tokens.get(j).is("'")) {
          j++;
        }
      }
      if (j < tokens.size()) {
        return state(sentence, tokens, j).filter(m -> m.form() == StateForm.NAME);
      }
    }
    return Optional.empty();
  }

  private static int matchKeys(List<Token> tokens, int at, List<String> keys) {
    int j = at;
    for (String key : keys) {
      if (j >= tokens.size() || !tokens.get(j).folded().equals(key)) {
        return -1;
      }
      j++;
    }
    return j;
  }

  private Optional<StateMention> state(Sentence sentence, List<Token> tokens, int i) {
    if (inSeaName(tokens, i)) {
      return Optional.empty();
    }
    return gazetteer.states.longestAt(tokens, i)
        .flatMap(
            m -> {
              for (StateEntry entry : m.values()) {
                if (!entry.capitalized() || tokens.get(i).capitalized()) {
                  return Optional.of(
                      new StateMention(sentence.index(), m.from(), m.to(), ImmutableList.of(entry.country()), entry.form()));
                }
              }
              return Optional.empty();
            });
  }

  /** "mer de Chine", "mer du Japon", "golfe d'Oman": a body of water named after a state is a place. */
  private static boolean inSeaName(List<Token> tokens, int i) {
    int k = i - 1;
    if (k >= 0 && tokens.get(k).is("'")) {
      k--;
    }
    if (k < 1 || !(tokens.get(k).is("de") || tokens.get(k).is("du") || tokens.get(k).is("d"))) {
      return false;
    }
    String water = tokens.get(k - 1).folded();
    return water.equals("mer") || water.equals("ocean") || water.equals("golfe") || water.equals("detroit")
        || water.equals("baie") || water.equals("canal");
  }

  /** "sino-russe", "russo-indien", "indo-pakistanaise", "américano-sino-russe". */
  private Optional<Mention> compound(Sentence sentence, List<Token> tokens, int i) {
    List<Country> countries = new ArrayList<>();
    int j = i;
    // a chain of prefixes is cut at MAX_PREFIXES, or "russo-sino-russo-sino-..." is quadratic
    while (j + 2 < tokens.size()
        && countries.size() < MAX_PREFIXES
        && gazetteer.prefixes.containsKey(tokens.get(j).folded())
        && tokens.get(j + 1).is("-")
        && tokens.get(j + 1).start() == tokens.get(j).end()
        && tokens.get(j + 2).start() == tokens.get(j + 1).end()) {
      countries.add(gazetteer.prefixes.get(tokens.get(j).folded()));
      j += 2;
    }
    if (countries.isEmpty()) {
      return Optional.empty();
    }
    Optional<StateMention> last = state(sentence, tokens, j).filter(m -> m.form() == StateForm.ADJ);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    countries.add(last.get().countries().get(0));
    ImmutableList<Country> distinct = countries.stream().distinct().collect(ImmutableList.toImmutableList());
    return Optional.of(new StateMention(sentence.index(), i, last.get().to(), distinct, StateForm.PREFIX));
  }

  private Optional<Mention> weapon(Sentence sentence, List<Token> tokens, int i, CategoryMention previous) {
    Optional<Mention> known =
        gazetteer.weapons.longestAt(tokens, i)
            .flatMap(m -> m.values().stream()
                .filter(w -> !w.capitalized() || tokens.get(i).capitalized() || tokens.get(i).isNumber())
                .findFirst()
                .map(w -> new WeaponMention(sentence.index(), m.from(), m.to(), w.weapon(), sentence.textOf(m.from(), m.to()))));
    Optional<Mention> shaped = designation(sentence, tokens, i, previous);
    if (shaped.isPresent() && (known.isEmpty() || shaped.get().to() > known.get().to())) {
      return shaped;
    }
    return known;
  }

  /**
   * A designation shaped like the known ones: a known prefix, a hyphen or a space, a number, a
   * suffix ("Su-75", "Mi 26"); a maker in place of the prefix ("Sukhoï-35" is the Su-35); or, right
   * after a category word, letters and a number written together ("avions K8-W").
   */
  private Optional<Mention> designation(Sentence sentence, List<Token> tokens, int i, CategoryMention previous) {
    Token head = tokens.get(i);
    if (!head.isWord() || !head.capitalized() || i + 1 >= tokens.size()) {
      return Optional.empty();
    }
    String maker = gazetteer.makerPrefixes.get(head.folded());
    if (maker != null) {
      Optional<Mention> made = makerDesignation(sentence, tokens, i, maker);
      if (made.isPresent()) {
        return made;
      }
    }
    if (qualifies(previous, tokens, i)) {
      Optional<Mention> joined = joinedDesignation(sentence, tokens, i, previous);
      if (joined.isPresent()) {
        return joined;
      }
    }
    if (i + 2 >= tokens.size()) {
      return Optional.empty();
    }
    SystemCategory category = gazetteer.designationPrefixes.get(head.folded());
    if (category != null && tokens.get(i + 1).isNumber() && tokens.get(i + 1).start() == head.end() + 1
        && head.end() - head.start() <= 3) {
      // "Mi 17", "MI 26": a known prefix, one space, the number
      int end = i + 2;
      String canonical = sentence.textOf(i, i + 1) + "-" + tokens.get(i + 1).folded();
      return Optional.of(known(sentence, i, end, canonical, category));
    }
    if (category == null && qualifies(previous, tokens, i) && head.end() - head.start() <= 4
        && head.folded().chars().allMatch(Character::isLetter) && sentence.textOf(i, i + 1).equals(sentence.textOf(i, i + 1).toUpperCase(java.util.Locale.ROOT))) {
      category = previous.category(); // "systèmes de défense antiaérienne FK-3": a new designation after its category
    }
    Token dash = tokens.get(i + 1);
    Token number = tokens.get(i + 2);
    if (category == null || !dash.is("-") || dash.start() != head.end() || !number.isNumber() || number.start() != dash.end()) {
      return Optional.empty();
    }
    int end = i + 3;
    if (end < tokens.size() && tokens.get(end).start() == number.end() && tokens.get(end).isWord()
        && tokens.get(end).end() - tokens.get(end).start() <= 4) {
      end++;
    }
    String surface = sentence.textOf(i, end);
    WeaponEntry entry = new WeaponEntry(surface, category, Optional.empty(), com.google.common.collect.ImmutableSet.of());
    return Optional.of(new WeaponMention(sentence.index(), i, end, entry, surface));
  }

  /** How many lower-case words may stand between a category word and the designation that names it. */
  private static final int MAX_QUALIFIER_WORDS = 4;

  /**
   * Whether token {@code i} follows a category word directly or after a few lower-case words that
   * qualify it: "blindés VN22", "blindés à roues VN22", "drones armés de conception chinoise WJ700".
   */
  private static boolean qualifies(CategoryMention previous, List<Token> tokens, int i) {
    if (previous == null || previous.to() > i || i - previous.to() > MAX_QUALIFIER_WORDS) {
      return false;
    }
    for (int k = previous.to(); k < i; k++) {
      Token t = tokens.get(k);
      if (t.is("'")) {
        continue; // the apostrophe of "d'"
      }
      if (!t.isWord() || t.capitalized()) {
        return false;
      }
    }
    return true;
  }

  /** "Sukhoï-35", "Sukhoi 30", "Iliouchine-76": the maker's designation prefix, then the number. */
  private Optional<Mention> makerDesignation(Sentence sentence, List<Token> tokens, int i, String prefix) {
    int n = i + 1;
    if (n < tokens.size() && tokens.get(n).is("-") && tokens.get(n).start() == tokens.get(i).end()) {
      n++;
    } else if (n >= tokens.size() || tokens.get(n).start() != tokens.get(i).end() + 1) {
      return Optional.empty();
    }
    if (n >= tokens.size() || !tokens.get(n).isNumber() || tokens.get(n).folded().length() > 3) {
      return Optional.empty();
    }
    int end = n + 1;
    String suffix = "";
    if (end < tokens.size() && tokens.get(end).start() == tokens.get(n).end() && tokens.get(end).isWord()
        && tokens.get(end).end() - tokens.get(end).start() <= 4) {
      suffix = sentence.textOf(end, end + 1);
      end++;
    }
    String canonical = prefix + "-" + tokens.get(n).folded() + suffix;
    SystemCategory category = gazetteer.designationPrefixes.getOrDefault(FrenchText.fold(prefix), SystemCategory.OTHER);
    return Optional.of(known(sentence, i, end, canonical, category));
  }

  /** "avions de fabrication chinoise K8-W": letters and a number written together, after a category word. */
  private Optional<Mention> joinedDesignation(Sentence sentence, List<Token> tokens, int i, CategoryMention previous) {
    Token head = tokens.get(i);
    if (head.end() - head.start() > 3 || i + 1 >= tokens.size() || !tokens.get(i + 1).isNumber()
        || tokens.get(i + 1).start() != head.end()) {
      return Optional.empty();
    }
    String written = sentence.textOf(i, i + 1);
    if (!written.equals(written.toUpperCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    int end = i + 2;
    if (end + 1 < tokens.size() && tokens.get(end).is("-") && tokens.get(end).start() == tokens.get(end - 1).end()
        && tokens.get(end + 1).start() == tokens.get(end).end() && tokens.get(end + 1).end() - tokens.get(end + 1).start() <= 3) {
      end += 2;
    }
    return Optional.of(known(sentence, i, end, sentence.textOf(i, end), previous.category()));
  }

  /** The known system a canonical designation names ("Su-35"), else a new one of that shape. */
  private Mention known(Sentence sentence, int from, int to, String canonical, SystemCategory category) {
    ImmutableList<Token> keys = tokenizer.tokenize(canonical, 0, canonical.length());
    Optional<PhraseTable.Match<Gazetteer.WeaponName>> match = gazetteer.weapons.longestAt(keys, 0);
    WeaponEntry entry = match.filter(m -> m.to() == keys.size())
        .map(m -> m.values().get(0).weapon())
        .orElse(new WeaponEntry(canonical, category, Optional.empty(), com.google.common.collect.ImmutableSet.of()));
    return new WeaponMention(sentence.index(), from, to, entry, sentence.textOf(from, to));
  }

  /** Whether a name goes on with a hyphen and a year or an edition number: "Indra-2017", "Zapad-81". */
  private static boolean isEditionName(List<Token> tokens, int end) {
    return end + 1 < tokens.size() && tokens.get(end).is("-") && tokens.get(end).start() == tokens.get(end - 1).end()
        && tokens.get(end + 1).isNumber() && tokens.get(end + 1).start() == tokens.get(end).end();
  }



}
