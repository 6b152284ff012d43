package dev.entente.query;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.PAKISTAN;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.SystemCategory.AIR_DEFENCE;
import static dev.entente.model.SystemCategory.FIGHTER_AIRCRAFT;
import static dev.entente.model.SystemCategory.SUBMARINE;
import static dev.entente.model.TransferStatus.DELIVERED;
import static dev.entente.model.TransferStatus.ORDERED;
import static dev.entente.query.SampleCorpus.J10;
import static dev.entente.query.SampleCorpus.S400;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.model.ArmsTransfer;
import dev.entente.model.PartialDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TransferQueryTest {

  private final Corpus corpus = SampleCorpus.get();

  @Test
  void fromAndTo_areDirected() {
    assertEquals(List.of(S400), corpus.armsTransfers().from(RUSSIA).to(INDIA).list());
    assertEquals(List.of(), corpus.armsTransfers().from(INDIA).to(RUSSIA).list());
    assertEquals(List.of(J10), corpus.armsTransfers().to(PAKISTAN).list());
    assertEquals(List.of(J10), corpus.armsTransfers().from(CHINA).list());
  }

  @Test
  void between_andInvolving_areNot() {
    assertEquals(List.of(S400), corpus.armsTransfers().between(INDIA, RUSSIA).list());
    assertEquals(List.of(S400, J10), corpus.armsTransfers().involving(INDIA, CHINA).list());
  }

  @Test
  void withStatus_andOfCategory() {
    assertEquals(List.of(J10), corpus.armsTransfers().withStatus(DELIVERED).list());
    assertEquals(List.of(S400, J10), corpus.armsTransfers().withStatus(ORDERED, DELIVERED).list());
    assertEquals(List.of(S400), corpus.armsTransfers().ofCategory(AIR_DEFENCE, SUBMARINE).list());
    assertEquals(List.of(J10), corpus.armsTransfers().ofCategory(FIGHTER_AIRCRAFT).list());
  }

  @Test
  void ofCategory_leavesTransfersOfUnknownCategoryOut() {
    ArmsTransfer unknown =
        J10.toBuilder().category(null).evidence(SampleCorpus.evidence("d2", "Des avions.")).build();
    Corpus corpus = Corpus.of(SampleCorpus.D2.toBuilder().armsTransfers(unknown).build());
    assertEquals(List.of(), corpus.armsTransfers().ofCategory(FIGHTER_AIRCRAFT).list());
  }

  @Test
  void ofSystem_ignoresCaseHyphensAndSpaces() {
    for (String text : List.of("S-400", "s400", "S 400", "s-400 TRIUMF", "triumf", "400")) {
      assertEquals(List.of(S400), corpus.armsTransfers().ofSystem(text).list(), text);
    }
    assertEquals(List.of(J10), corpus.armsTransfers().ofSystem("j10").list());
    assertEquals(List.of(), corpus.armsTransfers().ofSystem("Rafale").list());
  }

  @Test
  void sharedFilters_leaveUndatedTransfersOutOfDateFilters() {
    assertEquals(List.of(S400), corpus.armsTransfers().during(Year.of(2018)).list());
    assertEquals(List.of(S400), corpus.armsTransfers().since(PartialDate.parse("2000")).list());
    assertEquals(List.of(J10), corpus.armsTransfers().inDocument("d2").list());
  }

  @Test
  void mistakes() {
    assertThrows(NullPointerException.class, () -> corpus.armsTransfers().from(null));
    assertThrows(NullPointerException.class, () -> corpus.armsTransfers().to(null));
    assertThrows(NullPointerException.class, () -> corpus.armsTransfers().ofSystem(null));
    assertThrows(IllegalArgumentException.class, () -> corpus.armsTransfers().ofSystem(" - "));
    assertThrows(IllegalArgumentException.class, () -> corpus.armsTransfers().ofCategory());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> corpus.armsTransfers().from(RUSSIA).from(CHINA));
    assertEquals("from is already set to RUS", e.getMessage());
  }

  @Test
  void toString_keepsTheDirection() {
    assertEquals(
        "armsTransfers().from(RUS).to(IND).ofSystem(\"S-400\")",
        corpus.armsTransfers().from(RUSSIA).to(INDIA).ofSystem("S-400").toString());
  }
}
