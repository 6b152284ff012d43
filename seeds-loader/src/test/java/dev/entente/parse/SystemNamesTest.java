package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsTransfer;
import dev.entente.model.Reading;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A transfer's system is named as the article writes it, and carries the catalogue's name besides
 * when the article writes another: an export name, a variant, a maker's prefix.
 */
final class SystemNamesTest {

  private static final Parser PARSER = Parser.defaultFrench();

  private static ArmsTransfer onlyTransfer(String text) {
    Reading reading = PARSER.parse("a", text);
    List<ArmsTransfer> transfers = reading.armsTransfers();
    assertEquals(1, transfers.size(), transfers.toString());
    return transfers.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an export name of a catalogued system
        "La Chine a livré au Bangladesh une quarantaine de chars VT-1A. | VT-1A | MBT-2000",
        // a variant
        "La Roumanie a commandé aux États-Unis trente-deux chasseurs F-16 Block 70. | F-16 Block 70 | F-16V",
        // the maker's prefix before the designation
        "L'Algérie a reçu de la Russie quatorze Sukhoï Su-35. | Sukhoï Su-35 | Su-35",
        // a class of ships: the name without the word for the class
        "L'Égypte a acheté à l'Italie deux frégates de classe Bergamini. | Bergamini | FREMM",
        // the catalogue's own name
        "La Russie a livré quatre S-400 à l'Inde. | S-400 |",
        // a designation the catalogue does not know
        "Le Nigeria a commandé à la Chine douze drones ZX-88. | ZX-88 |",
      })
  void theSystemIsAsWritten_andTheCatalogueNameIsGivenWhereItDiffers(String text, String written, String canonical) {
    ArmsTransfer transfer = onlyTransfer(text);
    assertEquals(Optional.of(written), transfer.system(), transfer.toString());
    assertEquals(Optional.ofNullable(canonical), transfer.canonicalSystem(), transfer.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le Pakistan a reçu de la Chine deux frégates Type 054A/P. | Type 054A/P",
        "L'Algérie a commandé à la Chine des corvettes de type 056. | type 056",
      })
  void aTypeWordWithADesignationBelongsToTheName(String text, String written) {
    assertEquals(Optional.of(written), onlyTransfer(text).system());
  }
}
