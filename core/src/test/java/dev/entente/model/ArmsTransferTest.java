package dev.entente.model;

import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Samples.evidence;
import static dev.entente.model.Samples.otherEvidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

final class ArmsTransferTest {

  private static ArmsTransfer.Builder rifles() {
    return ArmsTransfer.builder()
        .supplier(RUSSIA)
        .recipient(INDIA)
        .system("AK-203")
        .category(SystemCategory.SMALL_ARMS)
        .quantity(600)
        .status(TransferStatus.LICENSED_PRODUCTION)
        .evidence(evidence());
  }

  @Test
  void supplierIsRecipient_throwsNamingTheState() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rifles().recipient(RUSSIA).build());
    assertEquals("a transfer's supplier cannot be its recipient, got RUSSIA", e.getMessage());
  }

  @Test
  void quantityZero_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rifles().quantity(0).build());
    assertEquals("a transfer's quantity must be at least 1, got OptionalInt[0]", e.getMessage());
  }

  @Test
  void negativeQuantity_throws() {
    assertThrows(IllegalArgumentException.class, () -> rifles().quantity(-5).build());
  }

  @Test
  void quantityOne_andNoQuantity_areFine() {
    assertEquals(OptionalInt.of(1), rifles().quantity(1).build().quantity());
    assertEquals(OptionalInt.empty(), rifles().quantity(OptionalInt.empty()).build().quantity());
  }

  @Test
  void blankSystem_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rifles().system(" \t").build());
    assertEquals("a system name must not be blank", e.getMessage());
  }

  @Test
  void noEvidence_throwsNamingTheStates() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rifles().evidence(List.of()).build());
    assertEquals("a transfer needs evidence, RUSSIA to INDIA", e.getMessage());
  }

  @Test
  void missingSupplier_throwsNamingIt() {
    assertEquals(
        "supplier",
        assertThrows(NullPointerException.class, () -> rifles().supplier(null).build()).getMessage());
  }

  @Test
  void liesInTheMilitaryDomainAndLinksItsTwoEnds() {
    ArmsTransfer transfer = rifles().build();
    assertEquals(ImmutableSet.of(Domain.MILITARY), transfer.domains());
    assertEquals(ImmutableSet.of(INDIA, RUSSIA), transfer.states());
    assertEquals(ImmutableSet.of(CountryPair.of(RUSSIA, INDIA)), transfer.pairs());
  }

  @Test
  void id_isDirectedAndIndependentOfEvidence() {
    ArmsTransfer transfer = rifles().build();
    assertEquals(true, transfer.id().matches("trf-[0-9a-f]{16}"), transfer.id());
    assertEquals(transfer.id(), transfer.withEvidence(List.of(otherEvidence())).id());
    assertNotEquals(transfer.id(), rifles().supplier(INDIA).recipient(RUSSIA).build().id());
    assertNotEquals(transfer.id(), rifles().quantity(601).build().id());
  }

  @Test
  void organizations_none() {
    assertEquals(ImmutableSet.of(), rifles().build().organizations());
  }

  @Test
  void blankCanonicalSystem_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rifles().canonicalSystem("  ").build());
    assertEquals("a canonical system name must not be blank", e.getMessage());
  }

  @Test
  void canonicalSystemWithoutTheWrittenOne_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> rifles().system(null).canonicalSystem("AK-203").build());
    assertEquals(
        "a canonical system name needs the system as written, got only Optional[AK-203]",
        e.getMessage());
  }

  @Test
  void systemKey_isTheCanonicalNameWhereThereIsOne() {
    assertEquals(Optional.of("AK-203"), rifles().build().systemKey());
    assertEquals(
        Optional.of("AK-203"),
        rifles().system("Kalachnikov AK-203").canonicalSystem("AK-203").build().systemKey());
    assertEquals(Optional.empty(), rifles().system(null).build().systemKey());
  }

  @Test
  void id_changesWithACanonicalName_andNotWithoutOne() {
    ArmsTransfer plain = rifles().build();
    ArmsTransfer named = rifles().canonicalSystem("AK-200").build();
    assertNotEquals(plain.id(), named.id());
    assertNotEquals(named.id(), rifles().canonicalSystem("AK-201").build().id());
    // the id a transfer without a canonical name had before the component existed
    assertEquals(
        FactIds.of(
            FactKind.TRANSFER,
            RUSSIA,
            INDIA,
            Optional.of("AK-203"),
            Optional.of(SystemCategory.SMALL_ARMS),
            OptionalInt.of(600),
            TransferStatus.LICENSED_PRODUCTION,
            Optional.empty()),
        plain.id());
  }

  @Test
  void toBuilder_keepsTheCanonicalName() {
    ArmsTransfer transfer = rifles().system("Kalachnikov AK-203").canonicalSystem("AK-203").build();
    assertEquals(transfer, transfer.toBuilder().build());
    assertEquals(
        "ArmsTransfer[RUS -> IND \"Kalachnikov AK-203\" (AK-203) SMALL_ARMS x600 LICENSED_PRODUCTION]",
        transfer.toString());
  }

  @Test
  void toBuilder_buildsAnEqualTransfer() {
    ArmsTransfer transfer = rifles().build();
    assertEquals(transfer, transfer.toBuilder().build());
  }

  @Test
  void toString_readsWell() {
    assertEquals(
        "ArmsTransfer[RUS -> IND \"AK-203\" SMALL_ARMS x600 LICENSED_PRODUCTION]",
        rifles().build().toString());
  }
}
