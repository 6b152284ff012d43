package dev.entente.parse;

import java.util.List;
import java.util.OptionalInt;

/**
 * Reads the number a run of tokens writes: digits with their thousands grouped by points or
 * spaces ("100.000", "100 000"), a decimal before "million" ("1,5 million"), number words as
 * French composes them ("dix-huit", "soixante-dix", "quatre-vingt-douze", "deux cents", "vingt et
 * un", "trois mille"), approximations ("une vingtaine", "une demi-douzaine") and their products.
 */
final class Quantities {

  private final Calendar calendar;

  Quantities(Calendar calendar) {
    this.calendar = calendar;
  }

  /**
   * Returns the number tokens {@code [from, to)} write, or empty when they hold anything else or
   * the number does not fit an int or is below one.
   */
  OptionalInt read(List<Token> t, int from, int to) {
    long total = 0;
    long current = 0;
    double decimal = -1;
    boolean any = false;
    boolean half = false;
    int previousDigitsEnd = -1;
    for (int i = from; i < to; i++) {
      Token token = t.get(i);
      if (token.is("-") || token.is("et") || token.is("'")) {
        continue;
      }
      if ((token.is(".") || token.is(",")) && i + 1 < to && t.get(i + 1).isNumber() && previousDigitsEnd == token.start()) {
        Token next = t.get(i + 1);
        if (next.folded().length() > 9 || current > Integer.MAX_VALUE) {
          return OptionalInt.empty(); // "3.999999999999999999999": no count of anything
        }
        if (token.is(".") || next.folded().length() == 3 && !isBeforeMultiplier(t, i + 2, to)) {
          current = current * 1000 + Integer.parseInt(next.folded()); // "300.000", "2,000"? read as thousands
        } else {
          // "1,5 million"; the digits may be any script's, which Integer.parseInt reads and Double.parseDouble does not
          decimal = java.math.BigDecimal.valueOf(current)
              .add(java.math.BigDecimal.valueOf(Integer.parseInt(next.folded()), next.folded().length())).doubleValue();
        }
        previousDigitsEnd = next.end();
        i++;
        continue;
      }
      if (token.isNumber()) {
        if (token.folded().length() > 9) {
          return OptionalInt.empty();
        }
        int value = Integer.parseInt(token.folded());
        if (previousDigitsEnd >= 0 && token.start() == previousDigitsEnd + 1 && token.folded().length() == 3) {
          current = current * 1000 + value; // "100 000"
        } else {
          current += value;
        }
        previousDigitsEnd = token.end();
        any = true;
        continue;
      }
      if (token.is("demi")) {
        half = true;
        continue;
      }
      java.util.Optional<Integer> word = calendar.number(token);
      if (word.isEmpty()) {
        return OptionalInt.empty();
      }
      any = true;
      int value = word.get();
      String f = token.folded();
      if (f.equals("cent") || f.equals("cents")) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (f.equals("mille") || f.equals("millier")) {
        total += (current == 0 ? 1 : current) * 1000L;
        current = 0;
      } else if (value >= 1_000_000) {
        double base = decimal >= 0 ? decimal : current == 0 ? 1 : current;
        total += Math.round(base * value);
        current = 0;
        decimal = -1;
      } else if ((f.equals("vingt") || f.equals("vingts")) && current % 100 == 4 && current % 100 != 0) {
        current = current - 4 + 80; // "quatre-vingt"
      } else if (f.endsWith("aine")) {
        current = (current == 0 ? 1 : current) * value; // "une vingtaine", "deux centaines"
      } else {
        current += value;
      }
    }
    long value = total + current;
    if (half) {
      value = value / 2;
    }
    if (!any || value < 1 || value > Integer.MAX_VALUE) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) value);
  }

  private boolean isBeforeMultiplier(List<Token> t, int i, int to) {
    return i < to && calendar.number(t.get(i)).map(v -> v >= 1_000_000).orElse(false);
  }
}
