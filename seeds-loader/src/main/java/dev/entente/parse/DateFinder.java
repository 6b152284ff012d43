package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.model.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Reads dates: absolute and partial ("21 mai 2018", "septembre 2017", "le premier semestre de
 * 2022", "en 2014"), relative to the publication date ("lundi", "l'année dernière", "le 14 mars
 * dernier", "cette année"), and the publication date itself, whose missing year is inferred from
 * the article: a weekday with a day and month fixes the year among the years the article names;
 * otherwise the first such day after the latest month the article names.
 */
final class DateFinder {

  /**
   * A date expression: tokens {@code [from, to)} of one sentence, the date it names, for a range
   * ("du 11 au 15 septembre") the date it ends on, and whether its year was taken from the
   * publication date ("en août").
   */
  record DateMention(int sentence, int from, int to, PartialDate date, Optional<PartialDate> end, boolean yearInferred) {
    DateMention(int sentence, int from, int to, PartialDate date) {
      this(sentence, from, to, date, Optional.empty(), false);
    }

    DateMention(int sentence, int from, int to, PartialDate date, Optional<PartialDate> end) {
      this(sentence, from, to, date, end, false);
    }
  }

  private final Calendar calendar;

  DateFinder(Calendar calendar) {
    this.calendar = calendar;
  }

  /**
   * Returns the publication date: the most precise of the header's dates that agree (a month-only
   * field "2018-09" refined to the day by a dateline "7 septembre"), or a day and month from the
   * header or from "aujourd'hui (17 janvier)". A day and month without a year take the year a weekday
   * beside them fixes among the years the article names, else the latest year the article names (not
   * counting years it looks forward to: "d'ici 2030"; "2022 prochain" says it was written in 2021);
   * with no year named, no date.
   */
  Optional<PartialDate> publication(CleanText clean, ImmutableList<Sentence> sentences, Tokenizer tokenizer) {
    TreeSet<Integer> years = new TreeSet<>();
    PartialDate latestMonth = null;
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (isYear(t.get(i)) && i + 1 < t.size() && (t.get(i + 1).is("prochain") || t.get(i + 1).is("prochaine"))) {
          years.add(Integer.parseInt(t.get(i).folded()) - 1); // "le premier semestre de 2022 prochain": written in 2021
        } else if (isYear(t.get(i)) && !isAhead(t, i)) {
          int year = Integer.parseInt(t.get(i).folded());
          years.add(year);
          if (i > 0 && calendar.month(t.get(i - 1).folded()).isPresent()) {
            PartialDate month = PartialDate.ofMonth(year, calendar.month(t.get(i - 1).folded()).get());
            if (latestMonth == null || month.compareTo(latestMonth) > 0) {
              latestMonth = month;
            }
          }
        }
      }
    }
    PartialDate best = null;
    Optional<int[]> dayMonth = Optional.empty();
    Optional<Integer> weekday = Optional.empty();
    for (String text : clean.datelines()) {
      List<Token> t = tokenizer.tokenize(text, 0, text.length());
      Optional<PartialDate> full = headerDate(t);
      if (full.isPresent()) {
        if (best == null || agrees(best, full.get()) && full.get().precision().compareTo(best.precision()) > 0) {
          best = full.get();
        }
        continue;
      }
      Optional<int[]> dm = dayMonthAt(t, 0).or(() -> numericDayMonth(t, 0));
      int at = 0;
      if (dm.isEmpty() && t.size() > 1 && calendar.weekday(t.get(0).folded()).isPresent()) {
        weekday = calendar.weekday(t.get(0).folded());
        at = 1;
        dm = dayMonthAt(t, at).or(() -> numericDayMonth(t, 1));
      }
      if (dm.isPresent() && dayMonth.isEmpty()) {
        dayMonth = dm;
      }
    }
    if (best != null) {
      if (best.precision() == PartialDate.Precision.MONTH && dayMonth.isPresent() && dayMonth.get()[1] == best.month().get()) {
        // "date: 2018-09" and "NEW DELHI, 7 septembre": the seventh
        Optional<LocalDate> refined = day(best.year(), dayMonth.get()[1], dayMonth.get()[0]);
        if (refined.isPresent()) {
          return Optional.of(PartialDate.from(refined.get()));
        }
      }
      return Optional.of(best);
    }
    for (int k = 0; dayMonth.isEmpty() && k < Math.min(2, sentences.size()); k++) {
      List<Token> t = sentences.get(k).tokens();
      for (int i = 0; i + 1 < t.size(); i++) {
        boolean today = t.get(i).is("aujourd") || t.get(i).is("ce") || t.get(i).is("hui");
        if (!today) {
          continue;
        }
        for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) {
          Optional<int[]> dm = dayMonthAt(t, j);
          if (dm.isPresent()) {
            Optional<PartialDate> full = absoluteAt(t, j);
            if (full.isPresent()) {
              return full;
            }
            dayMonth = dm;
            if (j > 0 && calendar.weekday(t.get(j - 1).folded()).isPresent()) {
              weekday = calendar.weekday(t.get(j - 1).folded());
            }
            break;
          }
        }
        if (dayMonth.isPresent()) {
          break;
        }
      }
    }
    if (dayMonth.isEmpty() || years.isEmpty()) {
      return Optional.empty();
    }
    int day = dayMonth.get()[0];
    int month = dayMonth.get()[1];
    if (weekday.isPresent()) {
      for (int year = years.last() + 1; year >= years.first() - 1; year--) {
        Optional<LocalDate> date = day(year, month, day);
        if (date.isPresent() && date.get().getDayOfWeek().getValue() == weekday.get()) {
          return Optional.of(PartialDate.from(date.get()));
        }
      }
      return Optional.empty(); // no year the article names fits the weekday: better no date than a wrong one
    }
    // an article reports what happened up to its day: the latest year it names, or the next when the
    // latest month it names comes after that day
    int year = years.last();
    Optional<LocalDate> date = day(year, month, day);
    if (date.isPresent() && latestMonth != null && date.get().isBefore(latestMonth.firstDay())) {
      date = day(year + 1, month, day);
    }
    return date.map(PartialDate::from);
  }

  /** Whether the year at {@code i} is one the article looks forward to: "d'ici 2030", "à l'horizon 2035". */
  private static boolean isAhead(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (t.get(k).is("ici") || t.get(k).is("horizon") || t.get(k).is("vers") || t.get(k).is("avant")) {
        return true;
      }
    }
    return false;
  }

  /** "2018-09-07", "2018-09", "2 août 2021", "03/05/2018": a header's date with its year. */
  private Optional<PartialDate> headerDate(List<Token> t) {
    if (!t.isEmpty() && isYear(t.get(0))) {
      int year = year(t.get(0));
      if (t.size() >= 3 && t.get(1).is("-") && t.get(2).isNumber() && t.get(2).folded().length() == 2) {
        int month = Integer.parseInt(t.get(2).folded());
        if (t.size() >= 5 && t.get(3).is("-") && t.get(4).isNumber() && t.get(4).folded().length() == 2) {
          return day(year, month, Integer.parseInt(t.get(4).folded())).map(PartialDate::from);
        }
        return month >= 1 && month <= 12 ? Optional.of(PartialDate.ofMonth(year, month)) : Optional.empty();
      }
      return Optional.empty();
    }
    int at = !t.isEmpty() && calendar.weekday(t.get(0).folded()).isPresent() ? 1 : 0;
    Optional<PartialDate> words = absoluteAt(t, at);
    if (words.isPresent()) {
      return words;
    }
    Optional<int[]> dm = numericDayMonth(t, at);
    int j = at + 3;
    if (dm.isPresent() && j + 1 < t.size() && t.get(j).is("/") && t.get(j + 1).isNumber()) {
      String y = t.get(j + 1).folded();
      int year = y.length() == 4 ? Integer.parseInt(y) : y.length() == 2 ? 2000 + Integer.parseInt(y) : -1;
      return day(year, dm.get()[1], dm.get()[0]).map(PartialDate::from);
    }
    return Optional.empty();
  }

  /** "10/10", "03/05": returns {day, month}. */
  private static Optional<int[]> numericDayMonth(List<Token> t, int i) {
    if (i + 2 >= t.size() || !t.get(i).isNumber() || !t.get(i + 1).is("/") || !t.get(i + 2).isNumber()
        || t.get(i).folded().length() > 2 || t.get(i + 2).folded().length() > 2) {
      return Optional.empty();
    }
    int day = Integer.parseInt(t.get(i).folded());
    int month = Integer.parseInt(t.get(i + 2).folded());
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? Optional.of(new int[] {day, month}) : Optional.empty();
  }

  /** Whether two header dates can be one: the same year, and the same month when both give one. */
  private static boolean agrees(PartialDate a, PartialDate b) {
    return a.year() == b.year() && (a.month().isEmpty() || b.month().isEmpty() || a.month().equals(b.month()));
  }



  /** Returns the dates named in {@code sentence}, resolved against the publication date. */
  ImmutableList<DateMention> find(Sentence sentence, Optional<PartialDate> published) {
    List<DateMention> out = new ArrayList<>();
    List<Token> t = sentence.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token token = t.get(i);
      if (!token.isNumber() && !token.isWord()) {
        continue;
      }
      Optional<DateMention> m = at(sentence, t, i, published);
      if (m.isPresent()) {
        out.add(m.get());
        i = m.get().to() - 1;
      }
    }
    return ImmutableList.copyOf(out);
  }

  private Optional<DateMention> at(Sentence s, List<Token> t, int i, Optional<PartialDate> published) {
    Optional<DateMention> range = rangeAt(s, t, i, published);
    return range.isPresent() ? range : single(s, t, i, published);
  }

  /** A date that is not a range; the end of a range is one, so "du 1 au du 1 au ..." is linear. */
  private Optional<DateMention> single(Sentence s, List<Token> t, int i, Optional<PartialDate> published) {
    int idx = s.index();
    Optional<PartialDate> absolute = absoluteAt(t, i);
    if (absolute.isPresent()) {
      int end = i + 1;
      while (end < t.size() && end < i + 6 && !isYear(t.get(end - 1))) {
        end++;
      }
      return Optional.of(new DateMention(idx, i, end, absolute.get()));
    }
    Optional<int[]> dm = dayMonthAt(t, i);
    if (dm.isPresent() && published.isPresent()) {
      int end = i + 2 + (t.get(i + 1).is("er") ? 1 : 0);
      int year = published.get().year();
      boolean last = end < t.size() && t.get(end).is("dernier");
      boolean next = end < t.size() && t.get(end).is("prochain");
      Optional<LocalDate> date = day(year, dm.get()[1], dm.get()[0]);
      if (date.isPresent()) {
        LocalDate pub = published.get().firstDay();
        if (last && date.get().isAfter(published.get().lastDay())) {
          date = day(year - 1, dm.get()[1], dm.get()[0]);
        } else if (next && date.get().isBefore(pub)) {
          date = day(year + 1, dm.get()[1], dm.get()[0]);
        }
      }
      if (date.isPresent()) {
        return Optional.of(new DateMention(idx, i, end + (last || next ? 1 : 0), PartialDate.from(date.get())));
      }
    }
    Token token = t.get(i);
    Optional<Integer> month = calendar.month(token.folded());
    if (month.isPresent() && !isAbbreviationOnly(token) && i + 1 < t.size() && isYear(t.get(i + 1))) {
      return Optional.of(new DateMention(idx, i, i + 2, PartialDate.ofMonth(year(t.get(i + 1)), month.get())));
    }
    if (isYear(token) && (i == 0 || !t.get(i - 1).isNumber()) && !inDesignation(s, t, i)) {
      return Optional.of(new DateMention(idx, i, i + 1, PartialDate.ofYear(year(token))));
    }
    if (published.isPresent() && published.get().precision() == PartialDate.Precision.MONTH) {
      Optional<Integer> weekday = calendar.weekday(token.folded());
      boolean dayWord = token.is("hier") || token.is("aujourd") || weekday.isPresent() && !(i + 1 < t.size() && t.get(i + 1).isNumber());
      if (dayWord && !(i + 1 < t.size() && (t.get(i + 1).is("prochain") || t.get(i + 1).is("dernier")))) {
        // "mercredi" in an article of "2024-06": some day of that month
        return Optional.of(new DateMention(idx, i, i + 1, published.get()));
      }
    }
    if (published.isPresent() && published.get().precision() == PartialDate.Precision.DAY) {
      Optional<Integer> weekday = calendar.weekday(token.folded());
      // the day of publication only for the few words that need it: most tokens are none
      LocalDate pub = weekday.isPresent() || token.is("mois") || token.is("hier") ? published.get().firstDay() : null;
      if (weekday.isPresent() && !(i + 1 < t.size() && t.get(i + 1).isNumber())) {
        // "lundi": the last such day on or before publication; "lundi prochain": the next one
        boolean next = i + 1 < t.size() && t.get(i + 1).is("prochain");
        int shift = (pub.getDayOfWeek().getValue() - weekday.get() + 7) % 7;
        LocalDate date = next ? pub.plusDays((weekday.get() - pub.getDayOfWeek().getValue() + 7) % 7) : pub.minusDays(shift);
        return Optional.of(new DateMention(idx, i, i + (next ? 2 : 1), PartialDate.from(date)));
      }
      if (token.is("mois") && i + 1 < t.size() && (t.get(i + 1).is("dernier") || t.get(i + 1).is("prochain")) && i > 0 && t.get(i - 1).is("le")) {
        LocalDate other = t.get(i + 1).is("dernier") ? pub.minusMonths(1) : pub.plusMonths(1);
        return Optional.of(new DateMention(idx, i - 1, i + 2, PartialDate.ofMonth(other.getYear(), other.getMonthValue())));
      }
      if (token.is("hier")) {
        boolean dayBefore = i >= 2 && t.get(i - 1).is("-") && t.get(i - 2).is("avant"); // "avant-hier"
        return Optional.of(new DateMention(idx, dayBefore ? i - 2 : i, i + 1, PartialDate.from(pub.minusDays(dayBefore ? 2 : 1))));
      }
    }
    if (published.isPresent()) {
      int year = published.get().year();
      if (token.is("annee") || token.is("an")) {
        if (i + 1 < t.size() && (t.get(i + 1).is("derniere") || t.get(i + 1).is("dernier") || t.get(i + 1).is("passee") || t.get(i + 1).is("passe"))) {
          return Optional.of(new DateMention(idx, i, i + 2, PartialDate.ofYear(year - 1)));
        }
        if (i + 1 < t.size() && (t.get(i + 1).is("prochaine") || t.get(i + 1).is("prochain"))) {
          return Optional.of(new DateMention(idx, i, i + 2, PartialDate.ofYear(year + 1)));
        }
        if (i > 0 && t.get(i - 1).is("cette")) {
          return Optional.of(new DateMention(idx, i - 1, i + 1, PartialDate.ofYear(year)));
        }
      }
      boolean last = i + 1 < t.size() && (t.get(i + 1).is("dernier") || t.get(i + 1).is("derniere"));
      if (month.isPresent() && !isAbbreviationOnly(token)
          && (i > 0 && (t.get(i - 1).is("en") || t.get(i - 1).is("debut") || t.get(i - 1).is("fin")) || last)) {
        int m = month.get();
        boolean next = i + 1 < t.size() && (t.get(i + 1).is("prochain") || t.get(i + 1).is("prochaine"));
        if (last || next) {
          // "en mai dernier" in an article of January is the May before; "en mars prochain" in May, the next
          PartialDate candidate = PartialDate.ofMonth(year, m);
          PartialDate pub = published.get();
          if (last && candidate.firstDay().isAfter(pub.lastDay())) {
            candidate = PartialDate.ofMonth(year - 1, m);
          } else if (next && candidate.lastDay().isBefore(pub.firstDay())) {
            candidate = PartialDate.ofMonth(year + 1, m);
          }
          return Optional.of(new DateMention(idx, i, i + 2, candidate));
        }
        return Optional.of(new DateMention(idx, i, i + 1, PartialDate.ofMonth(year, m), Optional.empty(), true));
      }
    }
    return Optional.empty();
  }

  /**
   * A range of days: "du 1er au 7 septembre 2022", "du 27 février au 3 mars 2025", "du lundi 3 au
   * vendredi 7 juin", "entre le 12 et le 16 mai 2024", "du 28 décembre 2023 au 4 janvier 2024";
   * and the days of an event named one by one, from the first to the last: "les 7 et 8 novembre
   * 2023", "les 3, 4 et 5 juin", "les 30 novembre et 1er décembre".
   * The first day takes the month and year it does not say from the day the range ends on (a
   * later month than the end's is in the year before).
   */
  private Optional<DateMention> rangeAt(Sentence s, List<Token> t, int i, Optional<PartialDate> published) {
    boolean between = t.get(i).is("entre");
    boolean listed = t.get(i).is("les");
    if (!(t.get(i).is("du") || between || listed)) {
      return Optional.empty();
    }
    int j = i + 1;
    if (between && j < t.size() && t.get(j).is("le")) {
      j++;
    }
    j = afterWeekday(t, j);
    if (j + 1 >= t.size() || !isDayNumber(t.get(j))) {
      return Optional.empty();
    }
    int day = Integer.parseInt(t.get(j).folded());
    j++;
    if (t.get(j).is("er")) {
      j++;
    }
    Optional<Integer> month = j < t.size() ? calendar.month(t.get(j).folded()) : Optional.empty();
    OptionalInt year = OptionalInt.empty();
    if (month.isPresent()) {
      j++;
      if (j < t.size() && isYear(t.get(j))) {
        year = OptionalInt.of(year(t.get(j)));
        j++;
      }
    }
    while (listed && month.isEmpty() && j + 1 < t.size() && t.get(j).is(",") && isDayNumber(t.get(j + 1))) {
      j += 2; // "les 3, 4 et 5 juin": the days between are the range's
    }
    if (j >= t.size() || !(between || listed ? t.get(j).is("et") : t.get(j).is("au"))) {
      return Optional.empty();
    }
    j++;
    if (between && j < t.size() && t.get(j).is("le")) {
      j++;
    }
    j = afterWeekday(t, j);
    if (j >= t.size()) {
      return Optional.empty();
    }
    Optional<DateMention> end = single(s, t, j, published);
    if (end.isEmpty() || end.get().date().precision() != PartialDate.Precision.DAY) {
      return Optional.empty();
    }
    PartialDate last = end.get().date();
    int m = month.orElse(last.month().get());
    int y = year.orElse(m > last.month().get() ? last.year() - 1 : last.year());
    return day(y, m, day)
        .filter(first -> !first.isAfter(last.firstDay()))
        .map(first -> new DateMention(s.index(), i, end.get().to(), PartialDate.from(first), Optional.of(last)));
  }

  /** A number of one or two digits, as a day of the month is written. */
  private static boolean isDayNumber(Token token) {
    return token.isNumber() && token.folded().length() <= 2;
  }

  /** The token after a weekday at {@code j} ("lundi 3"), or {@code j}. */
  private int afterWeekday(List<Token> t, int j) {
    return j + 1 < t.size() && calendar.weekday(t.get(j).folded()).isPresent() && t.get(j + 1).isNumber() ? j + 1 : j;
  }

  /** "21 mai 2018", "1er septembre 2017". */
  private Optional<PartialDate> absoluteAt(List<Token> t, int i) {
    Optional<int[]> dm = dayMonthAt(t, i);
    if (dm.isEmpty()) {
      return Optional.empty();
    }
    int j = i + 2 + (t.get(i + 1).is("er") ? 1 : 0);
    if (j < t.size() && t.get(j).is(".")) {
      j++;
    }
    if (j < t.size() && isYear(t.get(j))) {
      return day(year(t.get(j)), dm.get()[1], dm.get()[0]).map(PartialDate::from);
    }
    return Optional.empty();
  }

  /** "21 mai", "6 déc.", "1er mars": returns {day, month}. */
  private Optional<int[]> dayMonthAt(List<Token> t, int i) {
    if (i + 1 >= t.size() || !isDayNumber(t.get(i))) {
      return Optional.empty();
    }
    int day = Integer.parseInt(t.get(i).folded());
    int j = i + 1;
    if (t.get(j).is("er") && j + 1 < t.size()) {
      j++;
    }
    Optional<Integer> month = calendar.month(t.get(j).folded());
    if (month.isEmpty() || day < 1 || day > 31) {
      return Optional.empty();
    }
    return Optional.of(new int[] {day, month.get()});
  }

  /**
   * Whether the number at {@code i} is part of a designation, not a year: "FD-2000B", "HQ-2000",
   * "2000B", glued to letters after it or to an acronym and a hyphen before ("Vostok-2018" is a
   * year: the edition of a name).
   */
  private static boolean inDesignation(Sentence s, List<Token> t, int i) {
    Token number = t.get(i);
    if (i + 1 < t.size() && t.get(i + 1).start() == number.end() && t.get(i + 1).isWord()) {
      return true;
    }
    if (i >= 2 && t.get(i - 1).is("-") && t.get(i - 1).end() == number.start() && t.get(i - 2).end() == t.get(i - 1).start()) {
      String acronym = s.textOf(i - 2, i - 1);
      return acronym.length() <= 4 && t.get(i - 2).isWord() && acronym.equals(acronym.toUpperCase(Locale.ROOT));
    }
    return false;
  }

  private static boolean isAbbreviationOnly(Token token) {
    return token.folded().length() <= 4 && !token.is("mai") && !token.is("juin") && !token.is("aout") && !token.is("mars");
  }

  /** Whether a token is a year of the press: four digits from 1900 to 2100. */
  static boolean isYear(Token token) {
    if (!token.isNumber() || token.folded().length() != 4) {
      return false;
    }
    int year = Integer.parseInt(token.folded());
    return year >= 1900 && year <= 2100;
  }

  private static int year(Token token) {
    return Integer.parseInt(token.folded());
  }

  private static Optional<LocalDate> day(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }
}
