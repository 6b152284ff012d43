package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * End-to-end: the facts the project expects from each bundled seed article, written by hand in
 * {@code seed-expectations.txt}, all hold; and each article's publication date is right.
 */
final class SeedExpectationsTest {

  private static final Map<String, Reading> READINGS =
      Seeds.readings().stream().collect(Collectors.toMap(Reading::id, Function.identity()));

  @Test
  void everyExpectationHolds() throws IOException {
    List<FrenchCase> cases =
        FrenchCase.parse(
            "seed-expectations.txt",
            Resources.readLines(Resources.getResource("dev/entente/parse/seed-expectations.txt"), StandardCharsets.UTF_8));
    assertEquals(5, cases.size());
    List<String> failed = new ArrayList<>();
    for (FrenchCase c : cases) {
      Reading reading = READINGS.get(c.id());
      for (String line : c.expectations()) {
        if (!Expectation.holds(line, reading)) {
          failed.add(c.id() + "  " + line);
        }
      }
    }
    assertEquals(List.of(), failed);
  }

  @Test
  void publicationDatesAreRight() {
    Map<String, Optional<PartialDate>> expected =
        ImmutableMap.of(
            "000_ef5a42340a57e1cf", Optional.of(PartialDate.parse("2021-12-06")),
            "001_3f6c657a902311e9", Optional.empty(),
            "002_566754dbe1dffb01", Optional.of(PartialDate.parse("2018-05-21")),
            "003_e7cadc77fcb512b1", Optional.of(PartialDate.parse("2022-12-30")),
            "004_a5efbd5daa40977a", Optional.of(PartialDate.parse("2025-01-17")));
    expected.forEach((id, date) -> assertEquals(date, READINGS.get(id).document().published(), id));
  }

  @Test
  void sourcesAndBoilerplateAreMetadataNotFacts() {
    assertEquals(
        Optional.of("https://thanhnien.vn/nga-iran-ky-hiep-uoc-chien-luoc-toan-dien-185250117194334368.htm"),
        READINGS.get("004_a5efbd5daa40977a").document().source());
    assertEquals(Optional.of("Cinktank.com"), READINGS.get("000_ef5a42340a57e1cf").document().source());
  }
}
