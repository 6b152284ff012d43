package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The header lines that give an article's date, in any case, and the lines that only look like them. */
final class BylineTest {

  private static final Parser PARSER = Parser.defaultFrench();

  private static CleanText clean(String text) {
    return PARSER.clean(Article.of("byline", text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Publié le 4 juin 2023",
        "PUBLIÉ LE 4 JUIN 2023",
        "publiée le 4 juin 2023 à 10h15",
        "Par Claire Morel, publié le 4 juin 2023",
        "Défense Hebdo | Publié le 2023-06-04 à 10:15",
        "Mis à jour le 4 juin 2023",
        "MIS À JOUR LE 4 JUIN 2023",
        "Dernière mise à jour à 08h18 le 04/06"
      })
  void aBylineGivesItsDateAndLeavesTheBody(String byline) {
    CleanText clean = clean(byline + "\nLa Norvège a commandé quatre sous-marins à l'Allemagne.");

    assertEquals(List.of(byline), clean.dropped());
    assertEquals(1, clean.datelines().size());
    assertEquals("La Norvège a commandé quatre sous-marins à l'Allemagne.", clean.text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Publié hier par la rédaction, le rapport a fait grand bruit.",
        "Le journal publie chaque jour une carte des manœuvres.",
        "Le ministère a publié 12 pages sur la frégate, selon Athènes."
      })
  void aBodyLineThatSpeaksOfPublishingIsKept(String line) {
    CleanText clean = clean("La Grèce a reçu sa première frégate.\n" + line);

    assertEquals(List.of(), clean.dropped());
    assertEquals("La Grèce a reçu sa première frégate.\n" + line, clean.text());
  }

  @Test
  void aDateLineBeforeTheBodyIsDroppedAndOneWithoutDigitsIsKept() {
    assertEquals(List.of("jeudi 04/06/2023"), clean("jeudi 04/06/2023\nLe Chili a acheté deux frégates.").dropped());
    assertEquals(List.of(), clean("jeudi quatre juin\nLe Chili a acheté deux frégates.").dropped());
  }
}
