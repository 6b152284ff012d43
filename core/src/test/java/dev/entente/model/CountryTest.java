package dev.entente.model;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.NORTH_KOREA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Country.SOUTH_KOREA;
import static dev.entente.model.Country.TAIWAN;
import static dev.entente.model.Country.UNITED_STATES;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class CountryTest {

  private static Stream<Country> all() {
    return Arrays.stream(Country.values());
  }

  /** Returns the values of {@code attribute} that occur more than once, empty if all differ. */
  private static List<String> duplicates(Function<Country, String> attribute) {
    List<String> values = all().map(attribute).collect(toList());
    return values.stream()
        .filter(v -> values.indexOf(v) != values.lastIndexOf(v))
        .distinct()
        .collect(toList());
  }

  @Test
  void listsEveryIso3166Entry() {
    assertEquals(249, Country.values().length);
  }

  @Test
  void alpha3Codes_areUniqueThreeUpperCaseLetters() {
    assertEquals(List.of(), duplicates(Country::alpha3));
    assertEquals(
        List.of(),
        all().map(Country::alpha3).filter(c -> !c.matches("[A-Z]{3}")).collect(toList()));
  }

  @Test
  void alpha2Codes_areUniqueTwoUpperCaseLetters() {
    assertEquals(List.of(), duplicates(Country::alpha2));
    assertEquals(
        List.of(),
        all().map(Country::alpha2).filter(c -> !c.matches("[A-Z]{2}")).collect(toList()));
  }

  @Test
  void frenchNames_areUniqueAndUsePlainApostrophes() {
    assertEquals(List.of(), duplicates(Country::frenchName));
    assertEquals(
        List.of(),
        all().map(Country::frenchName)
            .filter(n -> n.isBlank() || n.contains("\u2019"))
            .collect(toList()));
  }

  @Test
  void declarationOrder_isAlphabeticalAlpha3Order() {
    List<String> declared = all().map(Country::alpha3).collect(toList());
    assertEquals(declared.stream().sorted().collect(toList()), declared);
  }

  @Test
  void naturalOrder_followsAlpha3() {
    // CountryPair relies on compareTo, so check it directly, not only values().
    List<Country> reversed = new ArrayList<>(List.of(Country.values()));
    Collections.reverse(reversed);
    assertEquals(
        all().map(Country::alpha3).sorted().collect(toList()),
        reversed.stream().sorted().map(Country::alpha3).collect(toList()));
    assertEquals(-1, Integer.signum(CHINA.compareTo(RUSSIA)));
  }

  @Test
  void spotChecks() {
    assertEquals(List.of("RUS", "RU", "Russie"), describe(RUSSIA));
    assertEquals(List.of("CHN", "CN", "Chine"), describe(CHINA));
    assertEquals(List.of("USA", "US", "États-Unis"), describe(UNITED_STATES));
    assertEquals(List.of("PRK", "KP", "Corée du Nord"), describe(NORTH_KOREA));
    assertEquals(List.of("KOR", "KR", "Corée du Sud"), describe(SOUTH_KOREA));
    assertEquals(List.of("TWN", "TW", "Taïwan"), describe(TAIWAN));
    assertEquals("Côte d'Ivoire", Country.IVORY_COAST.frenchName());
  }

  @Test
  void toString_isTheConstantName() {
    assertEquals("NORTH_KOREA", NORTH_KOREA.toString());
  }

  private static List<String> describe(Country country) {
    return List.of(country.alpha3(), country.alpha2(), country.frenchName());
  }

  @Nested
  final class FromAlpha3 {

    @Test
    void roundTripsEveryValue() {
      assertEquals(
          List.of(Country.values()),
          all().map(c -> Country.fromAlpha3(c.alpha3())).collect(toList()));
    }

    @Test
    void unknownCode_throwsNamingTheCode() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Country.fromAlpha3("RUZ"));
      assertEquals(
          "unknown alpha-3 country code \"RUZ\"; codes are ISO 3166-1, upper case", e.getMessage());
    }

    @Test
    void lowerCaseCode_throws() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Country.fromAlpha3("rus"));
      assertEquals(
          "unknown alpha-3 country code \"rus\"; codes are ISO 3166-1, upper case", e.getMessage());
    }

    @Test
    void alpha2Code_throws() {
      assertThrows(IllegalArgumentException.class, () -> Country.fromAlpha3("RU"));
    }

    @Test
    void nullCode_throwsNamingTheParameter() {
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> Country.fromAlpha3(null));
      assertEquals("code", e.getMessage());
    }
  }

  @Nested
  final class FromAlpha2 {

    @Test
    void roundTripsEveryValue() {
      assertEquals(
          List.of(Country.values()),
          all().map(c -> Country.fromAlpha2(c.alpha2())).collect(toList()));
    }

    @Test
    void unknownCode_throwsNamingTheCode() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Country.fromAlpha2("XX"));
      assertEquals(
          "unknown alpha-2 country code \"XX\"; codes are ISO 3166-1, upper case", e.getMessage());
    }

    @Test
    void lowerCaseCode_throws() {
      assertThrows(IllegalArgumentException.class, () -> Country.fromAlpha2("ru"));
    }

    @Test
    void nullCode_throwsNamingTheParameter() {
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> Country.fromAlpha2(null));
      assertEquals("code", e.getMessage());
    }
  }

  @Nested
  final class FindAlpha3 {

    @Test
    void knownCode_returnsTheCountry() {
      assertEquals(Optional.of(RUSSIA), Country.findAlpha3("RUS"));
    }

    @Test
    void unknownOrLowerCaseCode_returnsEmpty() {
      assertEquals(Optional.empty(), Country.findAlpha3("RUZ"));
      assertEquals(Optional.empty(), Country.findAlpha3("rus"));
    }

    @Test
    void nullCode_throws() {
      assertThrows(NullPointerException.class, () -> Country.findAlpha3(null));
    }
  }
}
