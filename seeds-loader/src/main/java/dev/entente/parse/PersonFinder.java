package dev.entente.parse;

import dev.entente.text.FrenchText;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.Person;
import dev.entente.parse.Mention.OrgMention;
import dev.entente.parse.Mention.PersonMention;
import dev.entente.parse.Mention.StateMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds persons: names introduced by a title ("le président russe Vladimir Poutine", "la
 * vice-ministre pakistanaise des Affaires étrangères, Tehmina Janjua"), names followed by a title
 * in apposition ("Wu Qian, porte-parole du ministère chinois de la Défense"), known persons, names
 * that start with a known given name, and later mentions by surname or "M. Riabkov". A person's
 * state comes from the adjective, country or organization of the title, or from the gazetteer.
 *
 * <p>Expects the sentences and the gazetteer mentions; returns all mentions, the persons' added,
 * in text order. Every person of a document is one {@link Person}, whatever the mention.
 */
final class PersonFinder {

  private static final int MAX_QUALIFIER_TOKENS = 14;
  private static final ImmutableSet<String> PARTICLES =
      ImmutableSet.of("al", "el", "ben", "bin", "ibn", "van", "von", "da", "di", "de", "abu", "abou");
  /** Particles inside a name, written with a capital or not: "Le Drian", "le Drian", "von der Leyen". */
  private static final ImmutableSet<String> INNER_PARTICLES =
      ImmutableSet.of("le", "la", "du", "des", "del", "della", "der", "den", "ter", "ould", "ag", "dos", "das", "do");
  private static final ImmutableSet<String> COMPLEMENT_HEADS =
      ImmutableSet.of("de", "des", "du", "d", "'", "la", "l", "le", "les", "au", "aux", "a", "en");
  private static final ImmutableSet<String> COURTESY = ImmutableSet.of("m", "mme", "mlle", "dr");
  /** Compiled once: String.split("\\s+") compiles its pattern at every call, once per person mention. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Gazetteer gazetteer;
  private final ImmutableSet<String> nonNames;

  PersonFinder(Gazetteer gazetteer, ImmutableList<LexiconLine> nonNames) {
    this.gazetteer = gazetteer;
    this.nonNames = LexiconLine.foldedWords(nonNames);
  }

  /** Returns {@code mentions} with the persons found added, in text order. */
  ImmutableList<Mention> find(ImmutableList<Sentence> sentences, ImmutableList<Mention> mentions) {
    Map<Integer, List<Mention>> bySentence = new LinkedHashMap<>();
    for (Mention m : mentions) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    Registry registry = new Registry();
    List<Mention> out = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Mention> own = new ArrayList<>(bySentence.getOrDefault(sentence.index(), List.of()));
      List<Mention> withPersons = new ArrayList<>(own);
      findIn(sentence, own, registry, withPersons);
      withPersons.sort(Comparator.comparingInt(Mention::from).thenComparingInt(m -> -m.to()));
      out.addAll(withPersons);
    }
    // a person known in full later in the text still gets their later, fuller identity
    return out.stream()
        .map(m -> m instanceof PersonMention p ? new PersonMention(p.sentence(), p.from(), p.to(), registry.canonical(p.person())) : m)
        .collect(ImmutableList.toImmutableList());
  }

  private void findIn(Sentence sentence, List<Mention> own, Registry registry, List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    boolean[] taken = new boolean[tokens.size()];
    for (Mention m : own) {
      for (int t = m.from(); t < m.to() && t < taken.length; t++) {
        taken[t] = true;
      }
    }
    for (int k = 0; k < own.size(); k++) {
      if (own.get(k) instanceof PersonMention p) {
        int from = p.from();
        while (from > 0 && !taken[from - 1] && tokens.get(from - 1).capitalized()
            && gazetteer.givenNames.contains(tokens.get(from - 1).folded())) {
          from--;
        }
        String written = sentence.textOf(from, p.to());
        Person person = registry.known(written, p.person());
        PersonMention rewritten = new PersonMention(p.sentence(), from, p.to(), person);
        own.set(k, rewritten);
        int index = out.indexOf(p);
        if (index >= 0) {
          out.set(index, rewritten);
        }
        mark(taken, from, p.to());
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i]) {
        continue;
      }
      Optional<PhraseTable.Match<Gazetteer.Title>> title = gazetteer.titles.longestAt(tokens, i);
      if (title.isPresent() && !tokens.get(i).capitalized() || title.isPresent() && i == 0
          || title.isPresent() && isTitleStart(tokens, i)) {
        int end = titledPerson(sentence, own, taken, title.get(), registry, out);
        if (end > i) {
          i = end - 1;
          continue;
        }
      }
      if (tokens.get(i).capitalized() && COURTESY.contains(tokens.get(i).folded())
          && i + 2 < tokens.size() && tokens.get(i + 1).is(".")) {
        int nameEnd = nameEnd(tokens, i + 2, taken);
        if (nameEnd == i + 2 && INNER_PARTICLES.contains(tokens.get(i + 2).folded()) && i + 3 < tokens.size()
            && nameEnd(tokens, i + 3, taken) > i + 3) {
          nameEnd = nameEnd(tokens, i + 3, taken); // "M. Le Drian": a surname that opens with its particle
        }
        if (nameEnd > i + 2) {
          Person person = registry.resolve(sentence.textOf(i + 2, nameEnd), Optional.empty(), Optional.empty());
          out.add(new PersonMention(sentence.index(), i + 2, nameEnd, person));
          mark(taken, i, nameEnd);
          i = nameEnd - 1;
          continue;
        }
      }
      Token token = tokens.get(i);
      if (token.isWord() && token.capitalized() && !nonNames.contains(token.folded()) && !isCourtesy(tokens, i)) {
        int nameEnd = nameEnd(tokens, i, taken);
        if (nameEnd == i + 1) {
          Optional<Person> known = registry.bySurname(token.folded());
          if (known.isPresent()) {
            out.add(new PersonMention(sentence.index(), i, nameEnd, known.get()));
            taken[i] = true;
          }
          continue;
        }
        if (nameEnd > i + 1 && (gazetteer.givenNames.contains(token.folded()) || appositionFollows(tokens, nameEnd))) {
          Optional<Country> country = Optional.empty();
          Optional<String> role = Optional.empty();
          if (appositionFollows(tokens, nameEnd)) {
            int roleStart = nameEnd + 1;
            while (roleStart < tokens.size() && isArticle(tokens.get(roleStart))) {
              roleStart++;
            }
            int roleEnd = clauseEnd(tokens, roleStart);
            country = countryIn(own, roleStart, roleEnd);
            role = Optional.of(sentence.textOf(roleStart, roleEnd));
          }
          Person person = registry.resolve(sentence.textOf(i, nameEnd), country, role);
          out.add(new PersonMention(sentence.index(), i, nameEnd, person));
          mark(taken, i, nameEnd);
          i = nameEnd - 1;
        }
      }
    }
  }

  private static boolean isTitleStart(List<Token> tokens, int i) {
    return i > 0 && (isArticle(tokens.get(i - 1)) || tokens.get(i - 1).is(","));
  }

  /** "président russe Vladimir Poutine", "directeur de l'Agence ... de Russie, Dimitri Shugaev". */
  private int titledPerson(
      Sentence sentence,
      List<Mention> own,
      boolean[] taken,
      PhraseTable.Match<Gazetteer.Title> title,
      Registry registry,
      List<Mention> out) {
    List<Token> tokens = sentence.tokens();
    int j = title.to();
    int limit = Math.min(tokens.size(), j + MAX_QUALIFIER_TOKENS);
    while (j < limit) {
      Token t = tokens.get(j);
      if (taken[j] && isPerson(own, j)) {
        // "le secrétaire du Conseil de sécurité russe, Nikolay Patrushev": a known person, titled here
        Optional<Person> known = personAt(own, j);
        int roleEnd = j;
        while (roleEnd > title.from() && tokens.get(roleEnd - 1).is(",")) {
          roleEnd--;
        }
        if (known.isPresent() && roleEnd > title.from()) {
          registry.retitle(known.get(), sentence.textOf(title.from(), roleEnd));
        }
        return -1;
      }
      if (t.is("et") || t.is("ou")) {
        return -1; // the title belongs to someone else
      }
      if (t.is(",") && j + 1 < tokens.size() && taken[j + 1] && isPerson(own, j + 1)) {
        j++;
        continue; // the known person named after the comma: handled at the top of the loop
      }
      if (t.is(",") && j + 1 < tokens.size() && startsName(tokens, j + 1, taken)) {
        j++;
        break;
      }
      if (t.type() == Token.Type.PUNCTUATION && !t.is("'") && !t.is("-")) {
        return -1;
      }
      if (startsName(tokens, j, taken)) {
        break;
      }
      j++;
    }
    if (j >= limit || !startsName(tokens, j, taken)) {
      return -1;
    }
    int nameEnd = nameEnd(tokens, j, taken);
    if (nameEnd <= j) {
      return -1;
    }
    Optional<Country> country = countryIn(own, title.from(), j);
    if (country.isEmpty() && title.from() >= 2 && isArticle(tokens.get(title.from() - 1)) && tokens.get(title.from() - 2).is(",")) {
      // "Le porte-parole de l'armée malienne, le colonel Souleymane Dembélé": the apposition's state
      country = countryIn(own, Math.max(0, title.from() - 14), title.from());
    }
    int roleEnd = j;
    while (roleEnd > title.from() && tokens.get(roleEnd - 1).is(",")) {
      roleEnd--;
    }
    Optional<String> role = Optional.of(sentence.textOf(title.from(), roleEnd));
    Person person = registry.resolve(sentence.textOf(j, nameEnd), country, role);
    out.add(new PersonMention(sentence.index(), j, nameEnd, person));
    mark(taken, j, nameEnd);
    return nameEnd;
  }

  private static Optional<Person> personAt(List<Mention> own, int token) {
    for (Mention m : own) {
      if (m instanceof PersonMention p && m.from() == token) {
        return Optional.of(p.person());
      }
    }
    return Optional.empty();
  }

  private static boolean isPerson(List<Mention> own, int token) {
    for (Mention m : own) {
      if (m instanceof PersonMention && m.from() <= token && token < m.to()) {
        return true;
      }
    }
    return false;
  }

  private boolean startsName(List<Token> tokens, int j, boolean[] taken) {
    if (j >= tokens.size() || taken[j]) {
      return false;
    }
    if (j > 0 && COMPLEMENT_HEADS.contains(tokens.get(j - 1).folded())) {
      return false; // "des Affaires étrangères", "de l'Agence ...": a complement, not a name
    }
    Token t = tokens.get(j);
    return t.isWord() && t.capitalized() && !nonNames.contains(t.folded()) && !isCourtesy(tokens, j);
  }

  /** "M.", "Mme.", "Dr.": a courtesy title, which names no one; the name follows it. */
  private static boolean isCourtesy(List<Token> tokens, int i) {
    return COURTESY.contains(tokens.get(i).folded()) && i + 1 < tokens.size() && tokens.get(i + 1).is(".");
  }

  /** Returns the end of a name starting at {@code i}: capitalized words, particles, hyphenated parts. */
  private int nameEnd(List<Token> tokens, int i, boolean[] taken) {
    int j = i;
    int words = 0;
    while (j < tokens.size() && words < 5 && !taken[j]) {
      Token t = tokens.get(j);
      if (t.isWord() && t.capitalized() && !nonNames.contains(t.folded()) && (j == i || tokens.get(j).start() - tokens.get(j - 1).end() <= 1)) {
        j++;
        words++;
      } else if (t.is("-") && j > i && j + 1 < tokens.size() && tokens.get(j + 1).isWord() && !taken[j + 1]
          && t.start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == t.end()) {
        // not into another person's name: "Mohamad-Réza Ashtiani", whose "Réza Ashtiani" is known
        j += 2;
      } else if (t.is("'") && j > i && j + 1 < tokens.size() && tokens.get(j - 1).end() - tokens.get(j - 1).start() == 1
          && t.start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == t.end() && tokens.get(j + 1).capitalized()) {
        j += 2; // "O'Brien", "D'Souza"
        words++;
      } else if ((PARTICLES.contains(t.folded()) || INNER_PARTICLES.contains(t.folded())) && j > i && j + 1 < tokens.size()
          && (!t.capitalized() || INNER_PARTICLES.contains(t.folded()))
          && (tokens.get(j + 1).capitalized() && tokens.get(j + 1).isWord() || tokens.get(j + 1).is("-"))) {
        j++; // "Jean-Yves Le Drian", "Jean Yves le Drian", "Ursula von der Leyen", "Charles de Gaulle"
      } else {
        break;
      }
    }
    while (j > i && !tokens.get(j - 1).isWord()) {
      j--;
    }
    return j;
  }

  /** Whether a title follows the name after a comma: "Wu Qian, porte-parole du ministère ...". */
  private boolean appositionFollows(List<Token> tokens, int nameEnd) {
    if (nameEnd >= tokens.size() || !tokens.get(nameEnd).is(",")) {
      return false;
    }
    int k = nameEnd + 1;
    while (k < tokens.size() && isArticle(tokens.get(k))) {
      k++;
    }
    return k < tokens.size() && gazetteer.titles.longestAt(tokens, k).isPresent();
  }

  private static boolean isArticle(Token t) {
    return t.is("le") || t.is("la") || t.is("l") || t.is("'") || t.is("les") || t.is("son") || t.is("sa");
  }

  private static int clauseEnd(List<Token> tokens, int from) {
    int j = from;
    while (j < tokens.size() && j - from < MAX_QUALIFIER_TOKENS) {
      Token t = tokens.get(j);
      if (t.is(",") || t.is(".") || t.is(";") || t.is(":") || t.is("«") || t.is("(")) {
        break;
      }
      j++;
    }
    return j;
  }

  private static Optional<Country> countryIn(List<Mention> own, int from, int to) {
    for (Mention m : own) {
      if (m.from() >= from && m.to() <= to) {
        if (m instanceof StateMention s && s.countries().size() == 1) {
          return Optional.of(s.countries().get(0));
        }
        if (m instanceof OrgMention o && o.organization().country().isPresent()) {
          return o.organization().country();
        }
      }
    }
    return Optional.empty();
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int t = from; t < to && t < taken.length; t++) {
      taken[t] = true;
    }
  }

  /** The persons of one document, so that every mention of one person yields one value. */
  private final class Registry {
    private final Map<String, Person> bySurname = new LinkedHashMap<>();

    void register(Person person) {
      bySurname.putIfAbsent(key(person.name()), person);
      for (String alias : person.aliases()) {
        if (!alias.contains(" ")) {
          bySurname.putIfAbsent(FrenchText.fold(alias), person);
        }
      }
    }

    Optional<Person> bySurname(String foldedSurname) {
      return Optional.ofNullable(bySurname.get(foldedSurname));
    }

    Person resolve(String name, Optional<Country> country, Optional<String> role) {
      String surnameKey = key(name);
      Person existing = bySurname.get(surnameKey);
      if (existing != null) {
        Person merged = existing;
        if (merged.country().isEmpty() && country.isPresent()) {
          merged = new Person(merged.name(), country, merged.role(), merged.aliases());
        }
        if (merged.role().isEmpty() && role.isPresent()) {
          merged = new Person(merged.name(), merged.country(), role, merged.aliases());
        }
        if (SPACES.split(name).length > SPACES.split(merged.name()).length) {
          merged = new Person(name, merged.country(), merged.role(), ImmutableSet.<String>builder().addAll(merged.aliases()).add(merged.name()).build());
        }
        bySurname.put(surnameKey, merged);
        return merged;
      }
      Optional<Person> known = gazetteer.knownPersons.longestAt(new Tokenizer().tokenize(name, 0, name.length()), 0)
          .map(m -> m.values().get(0));
      Person person =
          known.map(k -> new Person(name, country.or(k::country), role.or(k::role), withName(k.aliases(), k.name(), name)))
              .orElseGet(() -> new Person(name, country, role, ImmutableSet.of()));
      register(person);
      bySurname.put(surnameKey, person);
      return person;
    }

    /** A gazetteer person met in the text as {@code written}: named as written, known names as aliases. */
    Person known(String written, Person known) {
      Optional<Person> existing = bySurname(key(written));
      if (existing.isPresent()) {
        return existing.get();
      }
      Person person = known.name().equals(written)
          ? known
          : new Person(written, known.country(), known.role(), withName(known.aliases(), known.name(), written));
      register(person);
      bySurname.put(key(written), person);
      return person;
    }

    /** Gives a known person the role the article words for them. */
    void retitle(Person person, String role) {
      String surnameKey = key(person.name());
      Person current = bySurname.getOrDefault(surnameKey, person);
      bySurname.put(surnameKey, new Person(current.name(), current.country(), Optional.of(role), current.aliases()));
    }

    Person canonical(Person person) {
      Person latest = bySurname.get(key(person.name()));
      return latest != null ? latest : person;
    }

    private ImmutableSet<String> withName(ImmutableSet<String> aliases, String knownName, String name) {
      ImmutableSet.Builder<String> all = ImmutableSet.<String>builder().addAll(aliases);
      if (!knownName.equals(name)) {
        all.add(knownName);
      }
      return all.build();
    }

    private String key(String name) {
      String[] words = SPACES.split(FrenchText.fold(name).replace('-', ' ').trim());
      return words[words.length - 1];
    }
  }
}
