package dev.entente.json;

import com.google.common.base.Enums;
import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.PartialDate;
import dev.entente.model.Span;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Converts the values of DTO fields into model values by hand, throwing a {@link FieldException}
 * that names the field and the value when one cannot be converted.
 */
final class Fields {

  private Fields() {}

  /** The most characters of a value that a message shows. */
  static final int SHOWN_CHARS = 60;

  /**
   * Returns {@code value} in double quotes for a message, cut to {@value #SHOWN_CHARS} characters
   * with its length said when it is longer, so that a 5 MB value is not echoed back in full.
   */
  static String quoted(String value) {
    if (value.length() <= SHOWN_CHARS) {
      return "\"" + value + "\"";
    }
    int cut = SHOWN_CHARS;
    if (Character.isHighSurrogate(value.charAt(cut - 1))) {
      cut--;
    }
    return "\"" + value.substring(0, cut) + "…\" (" + value.length() + " characters)";
  }

  /** Returns {@code text} cut to {@code max} characters, saying how long it was when it is longer. */
  static String shortened(String text, int max) {
    return text.length() <= max
        ? text
        : text.substring(0, max) + "… (" + text.length() + " characters in all)";
  }

  /** Returns {@code value}, which the format requires. */
  static <T> T required(T value, FieldPath at) {
    if (value == null) {
      throw new FieldException(at, "required, but missing or null");
    }
    return value;
  }

  /** Returns the optional {@code value}: {@code null} means absent. */
  static <T> Optional<T> optional(T value) {
    return Optional.ofNullable(value);
  }

  /** Returns the state of the required alpha-3 {@code code}. */
  static Country country(String code, FieldPath at) {
    required(code, at);
    return Country.findAlpha3(code)
        .orElseThrow(
            () ->
                new FieldException(
                    at,
                    String.format(
                        "unknown alpha-3 country code %s; codes are ISO 3166-1, upper case",
                        quoted(code))));
  }

  /** Returns the state of the optional alpha-3 {@code code}. */
  static Optional<Country> optionalCountry(String code, FieldPath at) {
    return code == null ? Optional.empty() : Optional.of(country(code, at));
  }

  /** Returns the states of the required array {@code codes}, which must not repeat one. */
  static ImmutableSet<Country> countries(List<String> codes, FieldPath at) {
    return set(codes, at, Fields::country);
  }

  /** Returns the constant of {@code type} named {@code name}, which is required. */
  static <E extends Enum<E>> E constant(Class<E> type, String name, FieldPath at) {
    required(name, at);
    Optional<E> value = Enums.getIfPresent(type, name).toJavaUtil();
    if (value.isEmpty()) {
      throw new FieldException(
          at,
          String.format(
              "unknown value %s; expected one of %s",
              quoted(name),
              Joiner.on(", ").join(type.getEnumConstants())));
    }
    return value.get();
  }

  /** Returns the constant of {@code type} named {@code name}, which is optional. */
  static <E extends Enum<E>> Optional<E> optionalConstant(
      Class<E> type, String name, FieldPath at) {
    return name == null ? Optional.empty() : Optional.of(constant(type, name, at));
  }

  /** Returns the constants named in the required array {@code names}, none repeated. */
  static <E extends Enum<E>> ImmutableSet<E> constants(
      Class<E> type, List<String> names, FieldPath at) {
    return set(names, at, (name, path) -> constant(type, name, path));
  }

  /** Returns the strings of the required array {@code values}, none repeated. */
  static ImmutableSet<String> strings(List<String> values, FieldPath at) {
    return set(values, at, (value, path) -> value);
  }

  /**
   * Returns the aliases, none of them the name: the model would drop such an alias, and writing
   * the actor back would change the line.
   */
  static ImmutableSet<String> aliases(List<String> aliases, String name, FieldPath at) {
    ImmutableSet<String> names = strings(aliases, at);
    int i = 0;
    for (String alias : names) {
      if (alias.equals(name)) {
        throw new FieldException(
            at.index(i), "an alias equal to the name; aliases list the other names, so drop it");
      }
      i++;
    }
    return names;
  }

  /** Returns the partial date of the optional ISO text {@code text}. */
  static Optional<PartialDate> date(String text, FieldPath at) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text));
    } catch (IllegalArgumentException e) { // adds the location; PartialDate has no find method
      String reason =
          text.length() <= SHOWN_CHARS
              ? e.getMessage()
              : "malformed partial date " + quoted(text) + "; expected yyyy, yyyy-MM or yyyy-MM-dd";
      throw new FieldException(at, reason, e);
    }
  }

  /**
   * Returns the period of the optional ISO-8601 text {@code text}, such as {@code P20Y}, which
   * must be written as {@link Period#toString()} writes it: {@code P1Y0M}, {@code p1y} or {@code
   * P1W} would be read as another text ({@code P1Y}, {@code P7D}) and are refused, so that reading
   * and writing back does not change the line. A period must also be positive.
   */
  static Optional<Period> period(String text, FieldPath at) {
    if (text == null) {
      return Optional.empty();
    }
    Period period;
    try {
      period = Period.parse(text);
    } catch (DateTimeParseException e) {
      throw new FieldException(
          at,
          String.format(
              "malformed duration %s; expected an ISO-8601 period such as P20Y or P1Y6M",
              quoted(text)),
          e);
    }
    if (!period.toString().equals(text)) {
      throw new FieldException(
          at,
          String.format(
              "duration %s is not in canonical form; write it %s (upper case, no zero part, weeks"
                  + " as days)",
              quoted(text),
              quoted(period.toString())));
    }
    if (period.isZero() || period.isNegative()) {
      throw new FieldException(
          at, String.format("a duration must be positive, got %s", quoted(text)));
    }
    return Optional.of(period);
  }

  /** Returns the span of the required {@code [start, end]} array. */
  static Span span(List<Integer> bounds, FieldPath at) {
    required(bounds, at);
    if (bounds.size() != 2) {
      throw new FieldException(
          at,
          String.format(
              "a span is [start, end], two numbers; got %d %s",
              bounds.size(),
              bounds.size() == 1 ? "number" : "numbers"));
    }
    int start = required(bounds.get(0), at.index(0));
    int end = required(bounds.get(1), at.index(1));
    return build(() -> Span.of(start, end), at);
  }

  /** Returns the span of the optional {@code [start, end]} array. */
  static Optional<Span> optionalSpan(List<Integer> bounds, FieldPath at) {
    return bounds == null ? Optional.empty() : Optional.of(span(bounds, at));
  }

  /** Returns the converted elements of the required array {@code values}, in order. */
  static <D, T> ImmutableList<T> list(
      List<D> values, FieldPath at, BiFunction<? super D, FieldPath, ? extends T> convert) {
    required(values, at);
    ImmutableList.Builder<T> result = ImmutableList.builderWithExpectedSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      FieldPath element = at.index(i);
      result.add(convert.apply(required(values.get(i), element), element));
    }
    return result.build();
  }

  /** Returns the converted elements of the required array {@code values}, none repeated. */
  static <D, T> ImmutableSet<T> set(
      List<D> values, FieldPath at, BiFunction<? super D, FieldPath, ? extends T> convert) {
    return set(values, at, convert, String::valueOf);
  }

  /**
   * Returns the converted elements of the required array {@code values}, none repeated; {@code
   * named} names an element in the message for a repeated one.
   */
  static <D, T> ImmutableSet<T> set(
      List<D> values,
      FieldPath at,
      BiFunction<? super D, FieldPath, ? extends T> convert,
      Function<? super D, String> named) {
    ImmutableList<T> elements = list(values, at, convert);
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      if (!seen.add(elements.get(i))) {
        throw new FieldException(
            at.index(i),
            String.format(
                "%s is listed twice; a set lists each value once",
                quoted(named.apply(values.get(i)))));
      }
    }
    return ImmutableSet.copyOf(elements);
  }

  /**
   * Returns what {@code constructor} builds from values already converted, turning a rejection by
   * the model's checks into a {@link FieldException} at {@code at}.
   */
  static <T> T build(Supplier<T> constructor, FieldPath at) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) { // the model validates; this only adds the location
      throw new FieldException(at, e.getMessage(), e);
    }
  }

  /**
   * Checks that the derived value written in the line, such as a fact id, equals the one the
   * content derives.
   */
  static void checkDerived(String written, String derived, FieldPath at) {
    required(written, at);
    if (!written.equals(derived)) {
      throw new FieldException(
          at,
          String.format(
              "%s does not match the content, which derives %s; derived values cannot be"
                  + " edited by hand",
              quoted(written),
              quoted(derived)));
    }
  }

  /** Returns the alpha-3 codes of {@code countries}, in their order. */
  static List<String> codes(Iterable<Country> countries) {
    List<String> codes = new ArrayList<>();
    countries.forEach(c -> codes.add(c.alpha3()));
    return codes;
  }

  /** Returns the names of {@code constants}, in their order. */
  static List<String> names(Iterable<? extends Enum<?>> constants) {
    List<String> names = new ArrayList<>();
    constants.forEach(c -> names.add(c.name()));
    return names;
  }

  /** Returns {@code [start, end]}. */
  static List<Integer> bounds(Span span) {
    return Arrays.asList(span.start(), span.end());
  }

  /** Returns {@code value} mapped, or {@code null} when absent. */
  static <T, R> R orNull(Optional<T> value, Function<? super T, R> map) {
    return value.map(map).orElse(null);
  }
}
