package dev.entente.model;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Samples.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fact ids encode their parts unambiguously: different contents, different ids (issue 11, 10). */
final class FactIdsTest {

  private static Agreement.Builder deal() {
    return Agreement.builder()
        .parties(RUSSIA, INDIA)
        .kind(AgreementKind.CONTRACT)
        .domains(Domain.MILITARY)
        .status(AgreementStatus.SIGNED)
        .evidence(evidence());
  }

  @Test
  void absentValue_andNulCharacter_differ() {
    assertNotEquals(deal().build().id(), deal().subject("\u0000").build().id());
    assertNotEquals(deal().subject("").build().id(), deal().build().id());
  }

  @Test
  void separatorInsideAValue_cannotForgeAnotherSplit() {
    Statement first =
        Statement.builder()
            .speaker(new Person("A:RUS\u001fX", Optional.empty(), Optional.empty(), ImmutableSet.of()))
            .quote("Q")
            .about(CHINA)
            .domains(Domain.DIPLOMATIC)
            .evidence(evidence())
            .build();
    Statement second =
        Statement.builder()
            .speaker(Person.of("A", RUSSIA))
            .quote("X:\u001fQ")
            .about(CHINA)
            .domains(Domain.DIPLOMATIC)
            .evidence(evidence())
            .build();
    assertNotEquals(first.id(), second.id());
  }

  @Test
  void loneSurrogate_isHashedAsItself() {
    assertNotEquals(deal().subject("\ud800").build().id(), deal().subject("?").build().id());
  }

  @Test
  void absentQuantity_differsFromEveryQuantity() {
    ArmsTransfer.Builder sale =
        ArmsTransfer.builder()
            .supplier(RUSSIA)
            .recipient(INDIA)
            .status(TransferStatus.DELIVERED)
            .evidence(evidence());
    assertNotEquals(sale.build().id(), sale.quantity(1).build().id());
    assertNotEquals(sale.quantity(12).build().id(), sale.quantity(1).system("2").build().id());
  }

  @Test
  void encoding_isLengthPrefixed() {
    StringBuilder out = new StringBuilder();
    FactIds.encode(List.of(Optional.of("ab"), Optional.empty()), out);
    assertEquals("[2:-2:ab", out.toString());
  }

  @Test
  void organizations_nameAndStateKeepTheirPlaces() {
    Organization one = Organization.of("FRA").withCountry(RUSSIA);
    Organization two = Organization.of("RUS").withCountry(Country.FRANCE);
    assertNotEquals(deal().organizations(one).build().id(), deal().organizations(two).build().id());
    assertEquals(deal().build().id(), deal().organizations(List.of()).build().id());
  }
}
