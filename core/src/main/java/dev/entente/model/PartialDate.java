package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the precision an article gives: a year, a year and month, or a full day.
 *
 * <p>It keeps its precision, prints back as the ISO-8601 text it was parsed from ({@code 2018},
 * {@code 2018-09}, {@code 2018-09-14}) and orders chronologically: by its first day, then the less
 * precise first ({@code 2018 < 2018-01 < 2018-01-01 < 2018-01-02}).
 *
 * <pre>{@code
 * PartialDate.parse("2018-09").contains(PartialDate.parse("2018-09-14"))   // true
 * }</pre>
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::firstDay).thenComparing(PartialDate::precision);

  private final int year;
  private final int month; // 0 when unknown
  private final int day; // 0 when unknown

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Returns the date of a whole year.
   *
   * @throws IllegalArgumentException if {@code year} is not between 1 and 9999
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * Returns the date of a whole month.
   *
   * @throws IllegalArgumentException if the year or month is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    checkArgument(month >= 1 && month <= 12, "month must be between 1 and 12, got %s", month);
    return new PartialDate(year, month, 0);
  }

  /**
   * Returns the date of one day.
   *
   * @throws IllegalArgumentException if the day does not exist
   */
  public static PartialDate ofDay(int year, int month, int day) {
    checkYear(year);
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          String.format("no such day %04d-%02d-%02d: %s", year, month, day, e.getMessage()), e);
    }
    return new PartialDate(year, month, day);
  }

  /** Returns the day of {@code date}. */
  public static PartialDate from(LocalDate date) {
    checkNotNull(date, "date");
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code 2018}, {@code 2018-09} or {@code 2018-09-14}.
   *
   * @throws IllegalArgumentException if {@code text} is none of these forms or no such date exists
   */
  public static PartialDate parse(String text) {
    checkNotNull(text, "text");
    Matcher m = ISO.matcher(text);
    checkArgument(
        m.matches(),
        "malformed partial date \"%s\"; expected yyyy, yyyy-MM or yyyy-MM-dd",
        text);
    int year = Integer.parseInt(m.group(1));
    // Checked here as well as in ofYear and ofMonth so that the message names the text.
    checkArgument(year >= 1, "no year 0000 in partial date \"%s\"; years run from 0001", text);
    if (m.group(2) == null) {
      return ofYear(year);
    }
    int month = Integer.parseInt(m.group(2));
    checkArgument(
        month >= 1 && month <= 12,
        "no month %s in partial date \"%s\"; months run from 01 to 12",
        m.group(2),
        text);
    if (m.group(3) == null) {
      return ofMonth(year, month);
    }
    return ofDay(year, month, Integer.parseInt(m.group(3)));
  }

  private static void checkYear(int year) {
    checkArgument(year >= 1 && year <= 9999, "year must be between 1 and 9999, got %s", year);
  }

  /**
   * Returns the date of a feed's or a web page's timestamp: partial ISO-8601 text ({@code
   * "2024-05"}), an ISO-8601 date and time with or without offset ({@code
   * "2024-05-16T08:30:00+02:00"}, the day as written, not moved to UTC) or an RFC 1123 date ({@code
   * "Thu, 16 May 2024 08:30:00 GMT"}, as RSS writes it).
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is none of these
   */
  public static PartialDate parseTimestamp(String text) {
    checkNotNull(text, "text");
    String t = text.strip();
    Matcher iso =
        Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}.*").matcher(t);
    if (iso.matches()) {
      return parse(iso.group(1));
    }
    if (t.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      return parse(t);
    }
    try {
      return from(
          java.time.ZonedDateTime.parse(t, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
              .toLocalDate());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not a date: \"" + (t.length() > 60 ? t.substring(0, 60) + "…" : t)
              + "\"; write 2024-05-16, 2024-05-16T08:30:00+02:00 or an RFC 1123 date",
          e);
    }
  }

  /** Returns the year. */
  public int year() {
    return year;
  }

  /** Returns the month, 1 to 12, when known. */
  public Optional<Integer> month() {
    return month == 0 ? Optional.empty() : Optional.of(month);
  }

  /** Returns the day of the month, when known. */
  public Optional<Integer> day() {
    return day == 0 ? Optional.empty() : Optional.of(day);
  }

  /** Returns how much of this date is known. */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** Returns the first day this date covers. */
  public LocalDate firstDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** Returns the last day this date covers. */
  public LocalDate lastDay() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /** Returns whether every day of {@code other} lies within this date. */
  public boolean contains(PartialDate other) {
    checkNotNull(other, "other");
    return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
  }

  /** Returns whether this date and {@code other} share at least one day. */
  public boolean overlaps(PartialDate other) {
    checkNotNull(other, "other");
    return !other.lastDay().isBefore(firstDay()) && !other.firstDay().isAfter(lastDay());
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate that
        && year == that.year
        && month == that.month
        && day == that.day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** Returns the ISO-8601 text of this date at its precision. */
  @Override
  public String toString() {
    if (month == 0) {
      return String.format("%04d", year);
    }
    if (day == 0) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d-%02d-%02d", year, month, day);
  }
}
