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
  /** Every month, weekday and number word: most words of a text are none, and this says so quickly. */
  private final KeyFilter words;

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
    this.words = KeyFilter.of(com.google.common.collect.ImmutableSet.<String>builder()
        .addAll(this.months.keySet()).addAll(this.weekdays.keySet()).addAll(this.numbers.keySet()).build());
  }

  private static int parse(LexiconLine line, String number) {
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw line.error("expected a number, got " + number);
    }
  }

  Optional<Integer> month(String folded) {
    return words.mayContain(folded) ? Optional.ofNullable(months.get(folded)) : Optional.empty();
  }

  Optional<Integer> weekday(String folded) {
    return words.mayContain(folded) ? Optional.ofNullable(weekdays.get(folded)) : Optional.empty();
  }

  /** Returns the value of a number word ("quatre", "vingtaine"), or of digits up to 9 of them. */
  Optional<Integer> number(Token token) {
    if (token.isNumber()) {
      return token.folded().length() <= 9 ? Optional.of(Integer.parseInt(token.folded())) : Optional.empty();
    }
    return words.mayContain(token.folded()) ? Optional.ofNullable(numbers.get(token.folded())) : Optional.empty();
  }
}
