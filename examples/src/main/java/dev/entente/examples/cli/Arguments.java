package dev.entente.examples.cli;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The options and operands of one command, parsed by hand against the options it declares.
 *
 * <p>Options may come before, between or after the operands; {@code --} ends the options. An
 * option that takes one value may be written {@code --format csv} or {@code --format=csv}. Each
 * option may be given once; options that take a list take it comma-separated ({@code --domain
 * MILITARY,SECURITY}). Any other word starting with {@code -} is a usage error, as is an option
 * given twice or without its values. Conversions ({@link #country}, {@link #enumValues}, {@link
 * #year}) throw {@link UsageException}s that name the option, the value and the fix.
 */
final class Arguments {

  /**
   * An option a command accepts.
   *
   * @param name its name, such as {@code "--between"}
   * @param values the names of the values that follow it, such as {@code ["STATE", "STATE"]};
   *     empty for a flag
   * @param description one line for the command's help
   */
  record Option(String name, ImmutableList<String> values, String description) {

    /** Returns a flag: an option without value. */
    static Option flag(String name, String description) {
      return new Option(name, ImmutableList.of(), description);
    }

    /** Returns an option followed by one value or more, named for the help. */
    static Option of(String name, String values, String description) {
      return new Option(name, ImmutableList.copyOf(values.split(" ")), description);
    }

    /** Returns how the option is written in a synopsis, such as {@code --between STATE STATE}. */
    String synopsis() {
      return values.isEmpty() ? name : name + " " + String.join(" ", values);
    }
  }

  /** The option every command understands. */
  static final Option HELP = Option.flag("--help", "print this help and exit");

  private final String command;
  private final ImmutableMap<String, ImmutableList<String>> options;
  private final ImmutableList<String> operands;

  private Arguments(
      String command,
      ImmutableMap<String, ImmutableList<String>> options,
      ImmutableList<String> operands) {
    this.command = command;
    this.options = options;
    this.operands = operands;
  }

  /** Returns whether the words ask for help: {@code --help} or {@code -h} before any {@code --}. */
  static boolean asksForHelp(List<String> words) {
    for (String word : words) {
      if (word.equals("--")) {
        return false;
      }
      if (word.equals("--help") || word.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses {@code words} against {@code accepted}.
   *
   * @param command the command's words, such as {@code "query relations"}, for messages
   * @throws UsageException if a word is an unknown option, or an option is repeated or lacks a
   *     value
   */
  static Arguments parse(String command, List<String> words, List<Option> accepted)
      throws UsageException {
    Map<String, Option> byName = new LinkedHashMap<>();
    accepted.forEach(o -> byName.put(o.name(), o));
    Map<String, ImmutableList<String>> options = new LinkedHashMap<>();
    ImmutableList.Builder<String> operands = ImmutableList.builder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("--")) {
        operands.addAll(words.subList(i + 1, words.size()));
        break;
      }
      if (!word.startsWith("-") || word.equals("-")) {
        operands.add(word);
        continue;
      }
      int equals = word.indexOf('=');
      String name = word.startsWith("--") && equals > 0 ? word.substring(0, equals) : word;
      Option option = byName.get(name);
      if (option == null) {
        throw new UsageException(
            command,
            String.format(
                "unknown option \"%s\" for '%s'; its options are %s",
                name,
                label(command),
                byName.keySet().stream().collect(Collectors.joining(", "))));
      }
      if (options.containsKey(name)) {
        throw new UsageException(
            command,
            String.format(
                "%s is given twice; give it once%s",
                name,
                option.values().size() == 1 && option.values().get(0).endsWith(",...")
                    ? ", with a comma-separated list"
                    : ""));
      }
      ImmutableList<String> values;
      if (equals > 0 && word.startsWith("--")) {
        if (option.values().size() != 1) {
          throw new UsageException(
              command,
              String.format("%s cannot be written with '='; write %s", name, option.synopsis()));
        }
        values = ImmutableList.of(word.substring(equals + 1));
      } else {
        int count = option.values().size();
        List<String> taken = words.subList(i + 1, Math.min(words.size(), i + 1 + count));
        if (taken.size() < count || taken.stream().anyMatch(Arguments::looksLikeOption)) {
          throw new UsageException(
              command,
              String.format(
                  "%s needs %s; write %s",
                  name,
                  count == 1 ? "a value" : count + " values",
                  option.synopsis()));
        }
        values = ImmutableList.copyOf(taken);
        i += count;
      }
      options.put(name, values);
    }
    return new Arguments(command, ImmutableMap.copyOf(options), operands.build());
  }

  private static boolean looksLikeOption(String word) {
    return word.startsWith("--");
  }

  private static String label(String command) {
    return command.isEmpty() ? "entente" : "entente " + command;
  }

  /** Returns the words that are not options, in order: here, the paths to read. */
  ImmutableList<String> operands() {
    return operands;
  }

  /** Returns whether the flag or option {@code name} was given. */
  boolean has(String name) {
    return options.containsKey(name);
  }

  /** Returns the value of the one-value option {@code name}, if given. */
  Optional<String> value(String name) {
    return Optional.ofNullable(options.get(name)).map(v -> v.get(0));
  }

  /**
   * Returns the value of the one-value option {@code name}, if given.
   *
   * @param usable whether a value can be used, such as not blank
   * @param problem the message for a value that cannot, naming the option and the fix
   * @throws UsageException if the value is not usable
   */
  Optional<String> text(String name, Predicate<String> usable, Function<String, String> problem)
      throws UsageException {
    Optional<String> text = value(name);
    if (text.isPresent() && !usable.test(text.get())) {
      throw new UsageException(command, problem.apply(text.get()));
    }
    return text;
  }

  /** Returns the values of the option {@code name}, if given. */
  Optional<ImmutableList<String>> values(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /**
   * Returns the state of the one-value option {@code name}, if given.
   *
   * @throws UsageException if the value is not an alpha-3 code
   */
  Optional<Country> country(String name) throws UsageException {
    Optional<String> code = value(name);
    return code.isPresent()
        ? Optional.of(CountryCodes.parse(command, name, code.get()))
        : Optional.empty();
  }

  /**
   * Returns the states of the comma-separated option {@code name}, if given.
   *
   * @throws UsageException if a value is not an alpha-3 code
   */
  Optional<ImmutableList<Country>> countries(String name) throws UsageException {
    Optional<List<String>> codes = list(name);
    if (codes.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList.Builder<Country> countries = ImmutableList.builder();
    for (String code : codes.get()) {
      countries.add(CountryCodes.parse(command, name, code));
    }
    return Optional.of(countries.build());
  }

  /**
   * Returns the pair of states of the two-value option {@code name}, if given.
   *
   * @throws UsageException if a value is not an alpha-3 code, or both name the same state
   */
  Optional<CountryPair> pair(String name) throws UsageException {
    Optional<ImmutableList<String>> codes = values(name);
    if (codes.isEmpty()) {
      return Optional.empty();
    }
    Country a = CountryCodes.parse(command, name, codes.get().get(0));
    Country b = CountryCodes.parse(command, name, codes.get().get(1));
    if (a == b) {
      throw new UsageException(
          command, String.format("%s needs two different states, got %s twice", name, a.alpha3()));
    }
    return Optional.of(CountryPair.of(a, b));
  }

  /**
   * Returns the constants of {@code type} named in the comma-separated option {@code name}, if
   * given; names are matched ignoring case, and {@code -} stands for {@code _}.
   *
   * @param noun what a constant is, for messages, such as {@code "domain"}
   * @throws UsageException if a value names no constant
   */
  <E extends Enum<E>> Optional<ImmutableList<E>> enumValues(String name, Class<E> type, String noun)
      throws UsageException {
    Optional<List<String>> items = list(name);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList.Builder<E> chosen = ImmutableList.builder();
    for (String item : items.get()) {
      chosen.add(constant(name, type, noun, item));
    }
    return Optional.of(chosen.build());
  }

  /**
   * Returns the constant of {@code type} named by the one-value option {@code name}, if given;
   * the name is matched ignoring case, and {@code -} stands for {@code _}.
   *
   * @param noun what a constant is, for messages, such as {@code "format"}
   * @throws UsageException if the value names no constant
   */
  <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, String noun)
      throws UsageException {
    Optional<String> item = value(name);
    return item.isPresent()
        ? Optional.of(constant(name, type, noun, item.get().strip()))
        : Optional.empty();
  }

  private <E extends Enum<E>> E constant(String option, Class<E> type, String noun, String item)
      throws UsageException {
    String wanted = item.toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    throw new UsageException(
        command,
        String.format(
            "unknown %s \"%s\" for %s; give one of %s",
            noun,
            item,
            option,
            Arrays.stream(type.getEnumConstants())
                .map(Enum::toString)
                .collect(Collectors.joining(", "))));
  }

  /**
   * Returns the year of the one-value option {@code name}, if given.
   *
   * @throws UsageException if the value is not a year between 1 and 9999
   */
  Optional<Year> year(String name) throws UsageException {
    Optional<String> text = value(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String year = text.get().strip();
    if (!year.matches("[0-9]{1,4}") || Integer.parseInt(year) < 1) {
      throw new UsageException(
          command, String.format("%s needs a year such as 2017, got \"%s\"", name, text.get()));
    }
    return Optional.of(Year.of(Integer.parseInt(year)));
  }

  private Optional<List<String>> list(String name) throws UsageException {
    Optional<String> text = value(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<String> items = Splitter.on(',').trimResults().splitToList(text.get());
    if (items.stream().anyMatch(String::isEmpty)) {
      throw new UsageException(
          command,
          String.format(
              "%s has an empty item in \"%s\"; separate values by single commas",
              name,
              text.get()));
    }
    return Optional.of(items);
  }
}
