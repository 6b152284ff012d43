package dev.entente.model;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CountryPairTest {

  @Test
  void of_putsTheStatesInAlpha3Order() {
    CountryPair pair = CountryPair.of(RUSSIA, CHINA);
    assertEquals(List.of(CHINA, RUSSIA), List.of(pair.first(), pair.second()));
  }

  @Test
  void of_isUnordered() {
    assertEquals(CountryPair.of(CHINA, RUSSIA), CountryPair.of(RUSSIA, CHINA));
    assertEquals(CountryPair.of(CHINA, RUSSIA).hashCode(), CountryPair.of(RUSSIA, CHINA).hashCode());
    assertEquals(CountryPair.of(CHINA, RUSSIA), new CountryPair(RUSSIA, CHINA));
  }

  @Test
  void sameCountryTwice_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CountryPair.of(RUSSIA, RUSSIA));
    assertEquals("a pair needs two distinct countries, got RUSSIA twice", e.getMessage());
  }

  @Test
  void nullCountry_throwsNamingTheComponent() {
    assertEquals(
        "first",
        assertThrows(NullPointerException.class, () -> CountryPair.of(null, RUSSIA)).getMessage());
    assertEquals(
        "second",
        assertThrows(NullPointerException.class, () -> CountryPair.of(RUSSIA, null)).getMessage());
  }

  @Test
  void contains() {
    CountryPair pair = CountryPair.of(RUSSIA, CHINA);
    assertEquals(List.of(true, true, false), List.of(pair.contains(RUSSIA), pair.contains(CHINA), pair.contains(INDIA)));
  }

  @Test
  void other_returnsTheOtherState() {
    CountryPair pair = CountryPair.of(RUSSIA, CHINA);
    assertEquals(List.of(CHINA, RUSSIA), List.of(pair.other(RUSSIA), pair.other(CHINA)));
  }

  @Test
  void other_ofAStateOutsideThePair_throwsNamingBoth() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CountryPair.of(RUSSIA, CHINA).other(INDIA));
    assertEquals("INDIA is not in the pair CHN-RUS", e.getMessage());
  }

  @Test
  void orderIsByFirstThenSecond() {
    List<CountryPair> expected =
        List.of(CountryPair.of(CHINA, INDIA), CountryPair.of(CHINA, RUSSIA), CountryPair.of(INDIA, RUSSIA));
    List<CountryPair> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
  }

  @Test
  void toString_joinsTheCodes() {
    assertEquals("CHN-RUS", CountryPair.of(RUSSIA, CHINA).toString());
  }
}
