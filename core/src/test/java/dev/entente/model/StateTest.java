package dev.entente.model;

import static dev.entente.model.Country.RUSSIA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class StateTest {

  @Test
  void nameIsTheFrenchName_andCountryIsItself() {
    State russia = State.of(RUSSIA);
    assertEquals("Russie", russia.name());
    assertEquals(Optional.of(RUSSIA), russia.country());
    assertEquals("State[RUS Russie]", russia.toString());
  }

  @Test
  void nullCode_throwsNamingIt() {
    assertEquals(
        "code", assertThrows(NullPointerException.class, () -> State.of(null)).getMessage());
  }
}
