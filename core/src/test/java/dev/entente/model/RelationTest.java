package dev.entente.model;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Domain.ECONOMIC;
import static dev.entente.model.Domain.MILITARY;
import static dev.entente.model.Samples.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RelationTest {

  private static Agreement agreement(PartialDate date, Country... parties) {
    return Agreement.builder()
        .parties(parties)
        .kind(AgreementKind.TREATY)
        .domains(MILITARY, ECONOMIC)
        .status(AgreementStatus.SIGNED)
        .date(date)
        .evidence(evidence())
        .build();
  }

  private static ArmsTransfer transfer() {
    return ArmsTransfer.builder()
        .supplier(RUSSIA)
        .recipient(INDIA)
        .status(TransferStatus.DELIVERED)
        .date(PartialDate.parse("2019-05"))
        .evidence(Samples.otherEvidence())
        .build();
  }

  @Test
  void derive_threePartiesTwoDomains_givesSixRelationsInOrder() {
    Agreement treaty = agreement(null, RUSSIA, CHINA, INDIA);
    ImmutableList<Relation> relations = Relation.derive(List.of(treaty));
    assertEquals(
        List.of(
            new Relation(CountryPair.of(CHINA, INDIA), MILITARY, ImmutableList.of(treaty)),
            new Relation(CountryPair.of(CHINA, INDIA), ECONOMIC, ImmutableList.of(treaty)),
            new Relation(CountryPair.of(CHINA, RUSSIA), MILITARY, ImmutableList.of(treaty)),
            new Relation(CountryPair.of(CHINA, RUSSIA), ECONOMIC, ImmutableList.of(treaty)),
            new Relation(CountryPair.of(INDIA, RUSSIA), MILITARY, ImmutableList.of(treaty)),
            new Relation(CountryPair.of(INDIA, RUSSIA), ECONOMIC, ImmutableList.of(treaty))),
        relations);
  }

  @Test
  void derive_groupsFactsOfThePairAndDomain_inTheOrderGiven() {
    Agreement treaty = agreement(PartialDate.parse("2021"), RUSSIA, INDIA);
    ArmsTransfer transfer = transfer();
    ImmutableList<Relation> relations = Relation.derive(List.of(transfer, treaty));
    assertEquals(
        List.of(
            new Relation(CountryPair.of(INDIA, RUSSIA), MILITARY, ImmutableList.of(transfer, treaty)),
            new Relation(CountryPair.of(INDIA, RUSSIA), ECONOMIC, ImmutableList.of(treaty))),
        relations);
  }

  @Test
  void derive_nothing_givesNothing() {
    assertEquals(List.of(), Relation.derive(List.of()));
  }

  @Test
  void factThatDoesNotLinkThePair_throwsNamingFactAndPair() {
    Agreement treaty = agreement(null, RUSSIA, INDIA);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Relation(CountryPair.of(CHINA, RUSSIA), MILITARY, ImmutableList.of(treaty)));
    assertEquals("fact " + treaty.id() + " does not link CHN-RUS in MILITARY", e.getMessage());
  }

  @Test
  void factOutsideTheDomain_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Relation(
                    CountryPair.of(INDIA, RUSSIA), Domain.NUCLEAR, ImmutableList.of(transfer())));
    assertEquals("fact " + transfer().id() + " does not link IND-RUS in NUCLEAR", e.getMessage());
  }

  @Test
  void noFact_throwsNamingThePairAndDomain() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Relation(CountryPair.of(INDIA, RUSSIA), MILITARY, ImmutableList.of()));
    assertEquals("a relation IND-RUS MILITARY needs at least one fact", e.getMessage());
  }

  @Test
  void datesAndEvidence() {
    Agreement treaty = agreement(PartialDate.parse("2021"), RUSSIA, INDIA);
    Relation relation = Relation.derive(List.of(treaty, transfer())).get(0);
    assertEquals(Optional.of(PartialDate.parse("2019-05")), relation.firstDate());
    assertEquals(ImmutableSortedSet.of(2019, 2021), relation.years());
    assertEquals(List.of(evidence(), Samples.otherEvidence()), relation.evidence());
    assertEquals(List.of(true, false), List.of(relation.involves(INDIA), relation.involves(CHINA)));
  }

  @Test
  void toString_readsWell() {
    Relation relation = Relation.derive(List.of(transfer())).get(0);
    assertEquals("Relation[IND-RUS MILITARY, 1 fact]", relation.toString());
  }
}
