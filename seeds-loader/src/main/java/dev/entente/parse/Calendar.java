package dev.entente.parse;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * French month, weekday and number words, loaded once from the bundled resources.
 */
final class Calendar {

  private final ImmutableMap<String, Integer> months;
  private final ImmutableMap<String, Integer> weekdays;
  private final ImmutableMap<String, Integer> numbers;

  Calendar(ImmutableList<LexiconLine> calendar, ImmutableList<LexiconLine> numberWords) {
    ImmutableMap.Builder<String, Integer> months = ImmutableMap.builder();
    ImmutableMap.Builder<String, Integer> weekdays = ImmutableMap.builder();
    for (LexiconLine line : calendar) {
      String[] f = line.fields(3);
      int value = parse(line, f[2]);
      switch (f[1]) {
        case "MONTH" -> months.put(f[0], value);
        case "WEEKDAY" -> weekdays.put(f[0], value);
        default -> throw line.error("expected MONTH or WEEKDAY");
      }
    }
    ImmutableMap.Builder<String, Integer> numbers = ImmutableMap.builder();
    for (LexiconLine line : numberWords) {
      String[] f = line.fields(2);
      numbers.put(f[0], parse(line, f[1]));
    }
    this.months = months.buildOrThrow();
    this.weekdays = weekdays.buildOrThrow();
    this.numbers = numbers.buildOrThrow();
  }

  private static int parse(LexiconLine line, String number) {
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw line.error("expected a number, got " + number);
    }
  }

  Optional<Integer> month(String folded) {
    return Optional.ofNullable(months.get(folded));
  }

  Optional<Integer> weekday(String folded) {
    return Optional.ofNullable(weekdays.get(folded));
  }

  /** Returns the value of a number word ("quatre", "vingtaine"), or of digits up to 9 of them. */
  Optional<Integer> number(Token token) {
    if (token.isNumber()) {
      return token.folded().length() <= 9 ? Optional.of(Integer.parseInt(token.folded())) : Optional.empty();
    }
    return Optional.ofNullable(numbers.get(token.folded()));
  }
}
