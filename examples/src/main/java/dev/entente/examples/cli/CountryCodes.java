package dev.entente.examples.cli;

import dev.entente.model.Country;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the country codes of the command line: ISO 3166-1 alpha-3 codes, in any case. A value
 * that is not one gets a message that names it and, when it can guess, the code that was meant
 * (for an alpha-2 code, a French name or an English constant name).
 */
final class CountryCodes {

  private CountryCodes() {}

  /**
   * Returns the state whose alpha-3 code is {@code value}, ignoring case.
   *
   * @param command the command, for the help hint
   * @param option the option the value was given to, for the message
   * @throws UsageException if {@code value} is not an alpha-3 code
   */
  static Country parse(String command, String option, String value) throws UsageException {
    String code = value.strip().toUpperCase(Locale.ROOT);
    Optional<Country> country = Country.findAlpha3(code);
    if (country.isPresent()) {
      return country.get();
    }
    throw new UsageException(
        command,
        String.format("unknown country code \"%s\" for %s; %s", value, option, fix(value.strip())));
  }

  private static String fix(String value) {
    Optional<Country> meant = guess(value);
    if (meant.isPresent()) {
      Country country = meant.get();
      return String.format(
          "did you mean %s (%s)? Give ISO 3166-1 alpha-3 codes",
          country.alpha3(),
          country.frenchName());
    }
    return "give an ISO 3166-1 alpha-3 code, such as RUS, CHN, IND or FRA";
  }

  private static Optional<Country> guess(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    if (upper.length() == 2) {
      return Arrays.stream(Country.values()).filter(c -> c.alpha2().equals(upper)).findFirst();
    }
    String folded = fold(value);
    return Arrays.stream(Country.values())
        .filter(c -> fold(c.frenchName()).equals(folded) || fold(c.name()).equals(folded))
        .findFirst();
  }

  /** Returns {@code text} in lower case, without accents, hyphens and underscores as spaces. */
  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .replace('_', ' ')
        .replace('-', ' ')
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
