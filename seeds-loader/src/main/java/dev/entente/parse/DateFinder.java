package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.model.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads dates: absolute and partial ("21 mai 2018", "septembre 2017", "le premier semestre de
 * 2022", "en 2014"), relative to the publication date ("lundi", "l'année dernière", "le 14 mars
 * dernier", "cette année"), and the publication date itself, whose missing year is inferred from
 * the article: a weekday with a day and month fixes the year among the years the article names;
 * otherwise the first such day after the latest month the article names.
 */
final class DateFinder {

  /** A date expression: tokens {@code [from, to)} of one sentence, and the date it names. */
  record DateMention(int sentence, int from, int to, PartialDate date) {}

  private final Calendar calendar;

  DateFinder(Calendar calendar) {
    this.calendar = calendar;
  }

  /** Returns the publication date from the byline or dateline, or from "aujourd'hui (17 janvier)". */
  Optional<PartialDate> publication(CleanText clean, ImmutableList<Sentence> sentences, Tokenizer tokenizer) {
    TreeSet<Integer> years = new TreeSet<>();
    PartialDate latestMonth = null;
    boolean weekdayNearStart = false;
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (isYear(t.get(i))) {
          int year = Integer.parseInt(t.get(i).folded());
          years.add(year);
          if (i > 0 && calendar.month(t.get(i - 1).folded()).isPresent()) {
            PartialDate month = PartialDate.ofMonth(year, calendar.month(t.get(i - 1).folded()).get());
            if (latestMonth == null || month.compareTo(latestMonth) > 0) {
              latestMonth = month;
            }
          }
        }
        if (s.index() < 2 && calendar.weekday(t.get(i).folded()).isPresent()) {
          weekdayNearStart = true;
        }
      }
    }
    Optional<int[]> dayMonth = Optional.empty();
    Optional<Integer> weekday = Optional.empty();
    if (clean.dateline().isPresent()) {
      String text = clean.dateline().get();
      List<Token> t = tokenizer.tokenize(text, 0, text.length());
      Optional<PartialDate> full = absoluteAt(t, 0);
      if (full.isPresent()) {
        return full;
      }
      dayMonth = dayMonthAt(t, 0);
    }
    for (int k = 0; dayMonth.isEmpty() && k < Math.min(2, sentences.size()); k++) {
      List<Token> t = sentences.get(k).tokens();
      for (int i = 0; i + 1 < t.size(); i++) {
        boolean today = t.get(i).is("aujourd") || t.get(i).is("ce") || t.get(i).is("hui");
        if (!today) {
          continue;
        }
        for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) {
          calendar.weekday(t.get(j).folded()).ifPresent(w -> {});
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
    if (weekday.isEmpty() && weekdayNearStart) {
      weekday = firstWeekday(sentences);
    }
    if (weekday.isPresent()) {
      for (int year = years.last() + 1; year >= years.first() - 1; year--) {
        Optional<LocalDate> date = day(year, month, day);
        if (date.isPresent() && date.get().getDayOfWeek().getValue() == weekday.get()) {
          return Optional.of(PartialDate.from(date.get()));
        }
      }
    }
    for (int year = years.first() - 1; year <= years.last() + 1; year++) {
      Optional<LocalDate> date = day(year, month, day);
      if (date.isPresent() && (latestMonth == null || !date.get().isBefore(latestMonth.firstDay()))) {
        return Optional.of(PartialDate.from(date.get()));
      }
    }
    return Optional.empty();
  }

  private Optional<Integer> firstWeekday(ImmutableList<Sentence> sentences) {
    for (int k = 0; k < Math.min(2, sentences.size()); k++) {
      for (Token t : sentences.get(k).tokens()) {
        Optional<Integer> w = calendar.weekday(t.folded());
        if (w.isPresent()) {
          return w;
        }
      }
    }
    return Optional.empty();
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
    if (isYear(token) && (i == 0 || !t.get(i - 1).isNumber())) {
      return Optional.of(new DateMention(idx, i, i + 1, PartialDate.ofYear(year(token))));
    }
    if (published.isPresent() && published.get().precision() == PartialDate.Precision.DAY) {
      LocalDate pub = published.get().firstDay();
      Optional<Integer> weekday = calendar.weekday(token.folded());
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
        return Optional.of(new DateMention(idx, i, i + 1, PartialDate.from(pub.minusDays(1))));
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
      if (month.isPresent() && !isAbbreviationOnly(token) && i > 0 && (t.get(i - 1).is("en") || t.get(i - 1).is("debut") || t.get(i - 1).is("fin"))) {
        int m = month.get();
        int y = year;
        PartialDate candidate = PartialDate.ofMonth(y, m);
        return Optional.of(new DateMention(idx, i, i + 1, candidate));
      }
    }
    return Optional.empty();
  }

  /** "du 1er au 7 septembre 2022": the first day, in the month and year the range ends in. */
  private Optional<DateMention> rangeAt(Sentence s, List<Token> t, int i, Optional<PartialDate> published) {
    if (!t.get(i).is("du") || i + 3 >= t.size() || !t.get(i + 1).isNumber() || t.get(i + 1).folded().length() > 2) {
      return Optional.empty();
    }
    int j = i + 2;
    if (t.get(j).is("er")) {
      j++;
    }
    if (j >= t.size() || !t.get(j).is("au")) {
      return Optional.empty();
    }
    Optional<DateMention> end = single(s, t, j + 1, published);
    if (end.isEmpty() || end.get().date().precision() != PartialDate.Precision.DAY) {
      return Optional.empty();
    }
    PartialDate last = end.get().date();
    return day(last.year(), last.month().get(), Integer.parseInt(t.get(i + 1).folded()))
        .map(d -> new DateMention(s.index(), i, end.get().to(), PartialDate.from(d)));
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
    if (i + 1 >= t.size() || !t.get(i).isNumber() || t.get(i).folded().length() > 2) {
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

  private static boolean isAbbreviationOnly(Token token) {
    return token.folded().length() <= 4 && !token.is("mai") && !token.is("juin") && !token.is("aout") && !token.is("mars");
  }

  private static boolean isYear(Token token) {
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
