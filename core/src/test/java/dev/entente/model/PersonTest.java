package dev.entente.model;

import static dev.entente.model.Country.RUSSIA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PersonTest {

  @Test
  void of_hasNoRoleOrAlias() {
    Person putin = Person.of("Vladimir Poutine", RUSSIA);
    assertEquals(
        new Person("Vladimir Poutine", Optional.of(RUSSIA), Optional.empty(), ImmutableSet.of()),
        putin);
  }

  @Test
  void blankName_throwsShowingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Person.of(" ", RUSSIA));
    assertEquals("a person needs a name, got \" \"", e.getMessage());
  }

  @Test
  void blankAlias_throwsNamingThePerson() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Person.of("Vladimir Poutine", RUSSIA).withAliases("Putin", ""));
    assertEquals("aliases of Vladimir Poutine must not be blank", e.getMessage());
  }

  @Test
  void aliases_neverIncludeTheName() {
    Person putin = Person.of("Vladimir Poutine", RUSSIA).withAliases("Putin", "Vladimir Poutine");
    assertEquals(ImmutableSet.of("Putin"), putin.aliases());
  }

  @Test
  void withAliases_addsToTheExistingOnes() {
    Person putin = Person.of("Vladimir Poutine", RUSSIA).withAliases("Putin").withAliases("VVP");
    assertEquals(ImmutableSet.of("Putin", "VVP"), putin.aliases());
  }

  @Test
  void withRole() {
    assertEquals(
        Optional.of("président"), Person.of("Vladimir Poutine", RUSSIA).withRole("président").role());
  }

  @Test
  void surname_isTheLastWord() {
    assertEquals("Poutine", Person.of("  Vladimir   Poutine ", RUSSIA).surname());
    assertEquals("Modi", new Person("Modi", Optional.empty(), Optional.empty(), ImmutableSet.of()).surname());
  }

  @Test
  void nullComponent_throwsNamingIt() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> new Person("Vladimir Poutine", null, Optional.empty(), ImmutableSet.of()));
    assertEquals("country", e.getMessage());
  }

  @Test
  void isAnActorOfItsState() {
    Actor actor = Person.of("Vladimir Poutine", RUSSIA);
    assertEquals(Optional.of(RUSSIA), actor.country());
    assertEquals("Vladimir Poutine", actor.name());
  }
}
