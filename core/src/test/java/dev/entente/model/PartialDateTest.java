package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.model.PartialDate.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PartialDateTest {

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  @Nested
  final class ParseAndPrint {

    @ParameterizedTest
    @ValueSource(strings = {"2018", "2018-09", "2018-09-14", "0001", "9999-12-31", "2020-02-29"})
    void printsBackTheTextItWasParsedFrom(String text) {
      assertEquals(text, date(text).toString());
    }

    @Test
    void keepsItsPrecision() {
      assertEquals(Precision.YEAR, date("2018").precision());
      assertEquals(Precision.MONTH, date("2018-09").precision());
      assertEquals(Precision.DAY, date("2018-09-14").precision());
    }

    @Test
    void parts() {
      PartialDate day = date("2018-09-14");
      assertEquals(List.of(2018, Optional.of(9), Optional.of(14)), List.of(day.year(), day.month(), day.day()));
      PartialDate year = date("2018");
      assertEquals(List.of(Optional.empty(), Optional.empty()), List.of(year.month(), year.day()));
    }

    @Test
    void factories_equalParse() {
      assertEquals(date("2018"), PartialDate.ofYear(2018));
      assertEquals(date("2018-09"), PartialDate.ofMonth(2018, 9));
      assertEquals(date("2018-09-14"), PartialDate.ofDay(2018, 9, 14));
      assertEquals(date("2018-09-14"), PartialDate.from(LocalDate.of(2018, 9, 14)));
    }

    @Test
    void precisionIsPartOfEquality() {
      assertEquals(false, date("2018").equals(date("2018-01")));
      assertEquals(false, date("2018-01").equals(date("2018-01-01")));
      assertEquals(date("2018-01").hashCode(), date("2018-01").hashCode());
    }
  }

  @Nested
  final class BadInput {

    private void rejected(String text, String message) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
      assertEquals(message, e.getMessage());
    }

    @Test
    void monthThirteen() {
      rejected("2018-13", "no month 13 in partial date \"2018-13\"; months run from 01 to 12");
    }

    @Test
    void monthZero() {
      rejected("2018-00-01", "no month 00 in partial date \"2018-00-01\"; months run from 01 to 12");
    }

    /** The rest of the message is java.time's and may vary between JDKs. */
    private void rejectedAsNoSuchDay(String text) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
      String prefix = "no such day " + text + ": ";
      assertEquals(prefix, e.getMessage().substring(0, Math.min(prefix.length(), e.getMessage().length())));
    }

    @Test
    void februaryThirtieth() {
      rejectedAsNoSuchDay("2018-02-30");
    }

    @Test
    void notALeapYear() {
      rejectedAsNoSuchDay("2019-02-29");
    }

    @Test
    void dayZero() {
      rejectedAsNoSuchDay("2018-02-00");
    }

    @Test
    void yearZero() {
      rejected("0000", "no year 0000 in partial date \"0000\"; years run from 0001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"18", "2018-1", "", "2018-09-1", "20180914", "2018/09", " 2018", "2018-09-14T00:00", "２０１８"})
    void malformedText(String text) {
      rejected(
          text,
          "malformed partial date \"" + text + "\"; expected yyyy, yyyy-MM or yyyy-MM-dd");
    }

    @Test
    void nullText_throwsNamingTheParameter() {
      assertEquals(
          "text", assertThrows(NullPointerException.class, () -> PartialDate.parse(null)).getMessage());
    }

    @Test
    void factoriesRejectOutOfRangeValues() {
      assertEquals(
          "year must be between 1 and 9999, got 10000",
          assertThrows(IllegalArgumentException.class, () -> PartialDate.ofYear(10_000)).getMessage());
      assertEquals(
          "month must be between 1 and 12, got 0",
          assertThrows(IllegalArgumentException.class, () -> PartialDate.ofMonth(2018, 0)).getMessage());
    }
  }

  @Nested
  final class Order {

    @Test
    void lessPreciseComesFirstOnTheSameFirstDay() {
      List<PartialDate> expected =
          List.of(date("2017-12-31"), date("2018"), date("2018-01"), date("2018-01-01"), date("2018-01-02"), date("2018-02"));
      List<PartialDate> shuffled = new ArrayList<>(expected);
      Collections.reverse(shuffled);
      Collections.sort(shuffled);
      assertEquals(expected, shuffled);
    }

    @Test
    void compareTo_isConsistentWithEquals() {
      assertEquals(0, date("2018-09").compareTo(date("2018-09")));
      assertEquals(-1, Integer.signum(date("2018").compareTo(date("2018-01"))));
      assertEquals(1, Integer.signum(date("2018-01-01").compareTo(date("2018-01"))));
    }
  }

  @Nested
  final class Ranges {

    @Test
    void firstAndLastDay() {
      assertEquals(List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)), days(date("2018")));
      assertEquals(List.of(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)), days(date("2020-02")));
      assertEquals(List.of(LocalDate.of(2018, 9, 14), LocalDate.of(2018, 9, 14)), days(date("2018-09-14")));
    }

    private List<LocalDate> days(PartialDate date) {
      return List.of(date.firstDay(), date.lastDay());
    }

    @Test
    void contains() {
      assertEquals(true, date("2018-09").contains(date("2018-09-14")));
      assertEquals(true, date("2018").contains(date("2018-09")));
      assertEquals(true, date("2018-09").contains(date("2018-09")));
      assertEquals(false, date("2018-09-14").contains(date("2018-09")));
      assertEquals(false, date("2018-09").contains(date("2018-10-01")));
    }

    @Test
    void overlaps_isSymmetric() {
      assertEquals(true, date("2018").overlaps(date("2018-12-31")));
      assertEquals(true, date("2018-12-31").overlaps(date("2018")));
      assertEquals(false, date("2018-09").overlaps(date("2018-10-01")));
      assertEquals(false, date("2018-10-01").overlaps(date("2018-09")));
      assertEquals(false, date("2017").overlaps(date("2018")));
    }

    @Test
    void nullOther_throws() {
      assertThrows(NullPointerException.class, () -> date("2018").contains(null));
      assertThrows(NullPointerException.class, () -> date("2018").overlaps(null));
    }
  }
}
