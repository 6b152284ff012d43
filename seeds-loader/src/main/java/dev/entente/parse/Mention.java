package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Country;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.SystemCategory;

/**
 * Something named in a sentence: tokens {@code [from, to)} of sentence {@code sentence}.
 * Branch with {@code instanceof} patterns.
 */
sealed interface Mention {

  int sentence();

  int from();

  int to();

  /** One or more states: "la Russie", "russe", "sino-russe" (two), "Moscou", "le Kremlin". */
  record StateMention(int sentence, int from, int to, ImmutableList<Country> countries, StateForm form)
      implements Mention {}

  /** An organization from the gazetteer or built from an institution ("ministère russe de la Défense"). */
  record OrgMention(int sentence, int from, int to, Organization organization) implements Mention {}

  /** A weapon system: a known designation or a designation pattern ("Su-75"). */
  record WeaponMention(int sentence, int from, int to, WeaponEntry weapon, String surface)
      implements Mention {}

  /** A word that gives a system's category ("hélicoptères", "systèmes de défense antiaérienne"). */
  record CategoryMention(int sentence, int from, int to, SystemCategory category, String surface)
      implements Mention {}

  /** A person, named in full or by a later mention of the surname. */
  record PersonMention(int sentence, int from, int to, Person person) implements Mention {}
}
