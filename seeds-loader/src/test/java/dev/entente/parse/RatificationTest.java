package dev.entente.parse;

import static dev.entente.model.AgreementStatus.IN_FORCE;
import static dev.entente.model.AgreementStatus.RATIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementStatus;
import dev.entente.model.PartialDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A ratification is its own step, between the signature and the entry into force: sentences
 * written for this test, read by the default parser, through the verb ("ratifier"), its passive
 * and the noun ("la ratification de").
 */
final class RatificationTest {

  private static final Parser PARSER = Parser.defaultFrench();

  private static List<AgreementStatus> statuses(String text) {
    return PARSER.parse("a", text).agreements().stream().map(Agreement::status).toList();
  }

  @Test
  void theVerb_givesRatified_withItsDate() {
    List<Agreement> deals =
        PARSER.parse("a", "L'Inde a ratifié en décembre 2024 l'accord de défense conclu avec la France.")
            .agreements();
    assertEquals(List.of(RATIFIED), deals.stream().map(Agreement::status).toList());
    assertEquals(Optional.of(PartialDate.parse("2024-12")), deals.get(0).date());
  }

  @Test
  void thePassive_givesRatified() {
    assertEquals(
        List.of(RATIFIED),
        statuses("Le traité de défense signé par la Grèce et la France a été ratifié mardi par le Parlement grec."));
  }

  @Test
  void theNounThatGovernsTheAgreement_givesRatified() {
    assertEquals(
        List.of(RATIFIED),
        statuses("Le Parlement arménien a approuvé jeudi la ratification du traité de sécurité signé avec la Russie."));
  }

  @Test
  void anEntryIntoForceAfterTheRatification_givesInForce() {
    assertEquals(
        List.of(IN_FORCE),
        statuses(
            "Le traité de sécurité entre l'Arménie et la Russie, ratifié en mai 2023, est entré en vigueur en"
                + " juin 2023."));
  }
}
