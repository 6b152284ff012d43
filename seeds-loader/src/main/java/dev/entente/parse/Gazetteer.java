package dev.entente.parse;

import dev.entente.text.FrenchText;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.SystemCategory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names the parser knows, loaded once from the bundled resources: every state's names,
 * adjectives, combining forms, capitals and seats of power; organizations and institution heads;
 * weapon systems and category words; known persons, titles and given names.
 *
 * <p>Immutable. A broken line fails the load with a {@link LexiconException} naming the resource
 * and line.
 */
final class Gazetteer {

  /** A state's name form; {@code capitalized} names only match capitalized text. */
  record StateEntry(Country country, StateForm form, boolean capitalized) {}

  /** An organization and the form of it this entry matches. */
  record OrgEntry(Organization organization, boolean acronym, String surface) {}

  /** A state institution's head ("ministère") and what follows the state's place ("de la Défense"). */
  record InstitutionHead(String head, String complement, ImmutableList<String> complementKeys) {}

  /** A name of a weapon system; {@code capitalized} names only match capitalized text. */
  record WeaponName(WeaponEntry weapon, boolean capitalized) {}

  /** A title that introduces a person. */
  record Title(String text, String kind) {}

  final PhraseTable<StateEntry> states;
  final ImmutableMap<String, Country> prefixes;
  final PhraseTable<OrgEntry> organizations;
  final PhraseTable<InstitutionHead> institutionHeads;
  final PhraseTable<WeaponName> weapons;
  final ImmutableMap<String, SystemCategory> designationPrefixes;
  /** Makers written in place of a designation's prefix, folded, with that prefix: "sukhoi" → "Su". */
  final ImmutableMap<String, String> makerPrefixes;
  final PhraseTable<SystemCategory> categories;
  final PhraseTable<Person> knownPersons;
  final PhraseTable<Title> titles;
  final ImmutableSet<String> givenNames;
  /** The folded words some name of a table below starts with, for {@link #mayStartAt}. */
  private final WordSet firstWords;

  private Gazetteer(Builder b) {
    this.states = b.states.build();
    this.prefixes = ImmutableMap.copyOf(b.prefixes);
    this.organizations = b.organizations.build();
    this.institutionHeads = b.institutionHeads.build();
    this.weapons = b.weapons.build();
    this.designationPrefixes = ImmutableMap.copyOf(b.designationPrefixes);
    this.makerPrefixes = ImmutableMap.copyOf(b.makerPrefixes);
    this.categories = b.categories.build();
    this.knownPersons = b.knownPersons.build();
    this.titles = b.titles.build();
    this.givenNames = b.givenNames.build();
    this.firstWords = WordSet.of(ImmutableSet.<String>builder()
        .addAll(states.firstWords())
        .addAll(organizations.firstWords())
        .addAll(institutionHeads.firstWords())
        .addAll(weapons.firstWords())
        .addAll(categories.firstWords())
        .addAll(prefixes.keySet())
        .addAll(titles.firstWords())
        .build());
  }

  /**
   * Returns whether any name could start at {@code token}: a cheap test that spares the lookups
   * in every table for the many words that start none.
   */
  boolean mayStartAt(Token token) {
    // one set of every table's first words: one lookup for each of the many words, not seven
    return token.capitalized() || firstWords.contains(token.folded());
  }

  /**
   * Returns the gazetteer of the bundled resources.
   *
   * @throws LexiconException if a resource is missing or has a broken line
   */
  static Gazetteer bundled(Tokenizer tokenizer) {
    return bundled(tokenizer, Lexicons.NONE);
  }

  /**
   * Returns the gazetteer of the bundled resources and the user's {@code extra} word lists, which
   * add to the bundled ones.
   *
   * @throws LexiconException if a resource or a user's file is missing or has a broken line
   */
  static Gazetteer bundled(Tokenizer tokenizer, Lexicons extra) {
    Builder b = new Builder(tokenizer);
    for (String file : new String[] {"gazetteer/states-a-l.tsv", "gazetteer/states-m-z.tsv"}) {
      for (LexiconLine line : LexiconLine.read(file)) {
        b.addState(line);
      }
    }
    LexiconLine.read("gazetteer/organizations.tsv").forEach(b::addOrganization);
    LexiconLine.read("gazetteer/institution-heads.txt").forEach(b::addInstitutionHead);
    LexiconLine.read("gazetteer/weapons.tsv").forEach(b::addWeapon);
    LexiconLine.read("gazetteer/system-categories.tsv").forEach(b::addCategory);
    for (LexiconLine line : LexiconLine.read("gazetteer/maker-prefixes.tsv")) {
      String[] f = line.fields(2);
      b.makerPrefixes.put(FrenchText.fold(f[0].strip()), f[1].strip());
    }
    LexiconLine.read("lexicon/known-persons.tsv").forEach(b::addPerson);
    LexiconLine.read("lexicon/titles.tsv").forEach(b::addTitle);
    LexiconLine.read("lexicon/given-names.txt")
        .forEach(l -> b.givenNames.add(FrenchText.fold(l.text().strip())));
    extra.of(Lexicons.Kind.WEAPONS).forEach(b::addWeapon);
    extra.of(Lexicons.Kind.PERSONS).forEach(b::addPerson);
    extra.of(Lexicons.Kind.ORGANIZATIONS).forEach(b::addOrganization);
    extra.of(Lexicons.Kind.TITLES).forEach(b::addTitle);
    return b.build();
  }

  private static final class Builder {
    final Tokenizer tokenizer;
    final PhraseTable.Builder<StateEntry> states;
    final Map<String, Country> prefixes = new HashMap<>();
    final PhraseTable.Builder<OrgEntry> organizations;
    final PhraseTable.Builder<InstitutionHead> institutionHeads;
    final PhraseTable.Builder<WeaponName> weapons;
    final Map<String, Map<SystemCategory, Integer>> prefixVotes = new HashMap<>();
    final Map<String, SystemCategory> designationPrefixes = new HashMap<>();
    final Map<String, String> makerPrefixes = new HashMap<>();
    final PhraseTable.Builder<SystemCategory> categories;
    final PhraseTable.Builder<Person> knownPersons;
    final PhraseTable.Builder<Title> titles;
    final ImmutableSet.Builder<String> givenNames = ImmutableSet.builder();

    Builder(Tokenizer tokenizer) {
      this.tokenizer = tokenizer;
      states = PhraseTable.builder(tokenizer);
      organizations = PhraseTable.builder(tokenizer);
      institutionHeads = PhraseTable.builder(tokenizer);
      weapons = PhraseTable.builder(tokenizer);
      categories = PhraseTable.builder(tokenizer);
      knownPersons = PhraseTable.builder(tokenizer);
      titles = PhraseTable.builder(tokenizer);
    }

    void addState(LexiconLine line) {
      String[] f = line.fields(3);
      Country country = line.country(f[0]);
      StateForm form = line.enumValue(StateForm.class, f[1]);
      String surface = f[2];
      if (surface.isEmpty()) {
        throw line.error("empty surface form");
      }
      if (form == StateForm.PREFIX) {
        prefixes.put(FrenchText.fold(surface.replace("-", "")), country);
      } else {
        boolean capitalized = Character.isUpperCase(surface.charAt(0)) && form != StateForm.ADJ;
        states.add(surface, new StateEntry(country, form, capitalized));
      }
    }

    void addOrganization(LexiconLine line) {
      String[] f = line.fields(4);
      String name = f[0];
      Optional<Country> country = f[1].equals("-") ? Optional.empty() : Optional.of(line.country(f[1]));
      ImmutableList<String> acronyms =
          f[2].equals("-") ? ImmutableList.of() : ImmutableList.copyOf(f[2].split("\\s*,\\s*"));
      ImmutableList<String> aliases =
          f[3].equals("-") ? ImmutableList.of() : ImmutableList.copyOf(f[3].split("\\s*\\|\\s*"));
      ImmutableSet.Builder<String> allAliases = ImmutableSet.builder();
      acronyms.stream().skip(1).forEach(allAliases::add);
      allAliases.addAll(aliases);
      Organization org =
          new Organization(
              name, acronyms.stream().findFirst(), country, allAliases.build());
      organizations.add(name, new OrgEntry(org, false, name));
      for (String alias : aliases) {
        organizations.add(alias, new OrgEntry(org, false, alias));
      }
      for (String acronym : acronyms) {
        organizations.add(acronym, new OrgEntry(org, true, acronym));
      }
    }

    void addInstitutionHead(LexiconLine line) {
      String text = line.text().strip();
      int bar = text.indexOf('|');
      if (bar < 0) {
        throw line.error("expected head|complement");
      }
      String head = text.substring(0, bar).strip();
      String complement = text.substring(bar + 1).strip();
      institutionHeads.add(
          head, new InstitutionHead(head, complement, tokenizer.keys(complement)));
    }

    void addWeapon(LexiconLine line) {
      String[] f = line.fields(4);
      SystemCategory category = line.enumValue(SystemCategory.class, f[1]);
      Optional<Country> origin = f[2].equals("-") ? Optional.empty() : Optional.of(line.country(f[2]));
      ImmutableSet<String> aliases =
          f[3].equals("-") ? ImmutableSet.of() : ImmutableSet.copyOf(f[3].split("\\s*\\|\\s*"));
      WeaponEntry entry = new WeaponEntry(f[0], category, origin, aliases);
      weapons.add(f[0], new WeaponName(entry, startsUpper(f[0])));
      aliases.forEach(a -> weapons.add(a, new WeaponName(entry, startsUpper(a))));
      int dash = f[0].indexOf('-');
      if (dash > 0 && dash <= 4 && f[0].substring(0, dash).chars().allMatch(Character::isLetter)) {
        String prefix = FrenchText.fold(f[0].substring(0, dash));
        prefixVotes.computeIfAbsent(prefix, p -> new HashMap<>()).merge(category, 1, Integer::sum);
      }
    }

    void addCategory(LexiconLine line) {
      String[] f = line.fields(2);
      categories.add(f[0], line.enumValue(SystemCategory.class, f[1]));
    }

    void addPerson(LexiconLine line) {
      String[] f = line.fields(3);
      ImmutableSet<String> aliases =
          f.length < 4 || f[3].isEmpty() || f[3].equals("-")
              ? ImmutableSet.of()
              : ImmutableSet.copyOf(f[3].split("\\s*\\|\\s*"));
      Person person =
          new Person(
              f[0],
              Optional.of(line.country(f[1])),
              f[2].isEmpty() || f[2].equals("-") ? Optional.empty() : Optional.of(f[2]),
              aliases);
      knownPersons.add(f[0], person);
      aliases.forEach(a -> knownPersons.add(a, person));
    }

    void addTitle(LexiconLine line) {
      String[] f = line.fields(2);
      titles.add(f[0], new Title(f[0], f[1]));
    }

    private static boolean startsUpper(String name) {
      return Character.isUpperCase(name.charAt(0));
    }


    Gazetteer build() {
      prefixVotes.forEach(
          (prefix, votes) ->
              designationPrefixes.put(
                  prefix,
                  votes.entrySet().stream()
                      .max(Map.Entry.<SystemCategory, Integer>comparingByValue()
                          .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                      .orElseThrow()
                      .getKey()));
      return new Gazetteer(this);
    }
  }
}
