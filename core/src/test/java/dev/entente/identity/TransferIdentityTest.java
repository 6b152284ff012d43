package dev.entente.identity;

import static dev.entente.model.Country.BANGLADESH;
import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.TransferStatus.DELIVERED;
import static dev.entente.model.TransferStatus.NEGOTIATING;
import static dev.entente.model.TransferStatus.ORDERED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsTransfer;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.PartialDate;
import dev.entente.model.Span;
import dev.entente.model.TransferStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How quantities and years keep transfers of one system apart, built by hand: each mention is a
 * transfer of Su-57 from Russia to India at its own offset of one document (or of two).
 */
final class TransferIdentityTest {

  private static ArmsTransfer su57(String document, int at, TransferStatus status, Integer quantity, String date) {
    ArmsTransfer.Builder builder =
        ArmsTransfer.builder()
            .supplier(RUSSIA)
            .recipient(INDIA)
            .system("Su-57")
            .status(status)
            .evidence(Evidence.of(document, Span.of(at, at + 5), "phrase " + at, "TransferRule"));
    if (quantity != null) {
      builder.quantity(quantity);
    }
    if (date != null) {
      builder.date(PartialDate.parse(date));
    }
    return builder.build();
  }

  /** Returns the offsets of the mentions of each record, as sets. */
  private static Set<Set<Integer>> clusters(Fact... mentions) {
    return FactResolver.standard().resolve(List.of(mentions)).stream()
        .map(r -> r.mentions().stream().map(m -> m.evidence().get(0).span().start()).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  @Nested
  final class WithinOneArticle {

    @Test
    void twoOrdersOfDifferentSizes_stayApart() {
      assertEquals(
          Set.of(Set.of(0), Set.of(10)),
          clusters(su57("a", 0, ORDERED, 8, null), su57("a", 10, ORDERED, 12, null)));
    }

    @Test
    void twoOrdersOfDifferentYears_stayApart() {
      assertEquals(
          Set.of(Set.of(0), Set.of(10)),
          clusters(su57("a", 0, ORDERED, 12, "2019"), su57("a", 10, ORDERED, 12, "2021")));
    }

    @Test
    void anOrderAndAMentionWithoutQuantityOrDate_areOne() {
      assertEquals(
          Set.of(Set.of(0, 10)),
          clusters(su57("a", 0, ORDERED, 12, "2021"), su57("a", 10, ORDERED, null, null)));
    }

    @Test
    void aDeliveryOfFewerThanOrdered_isAPartOfTheOrder() {
      assertEquals(
          Set.of(Set.of(0, 10)),
          clusters(su57("a", 0, ORDERED, 12, "2019"), su57("a", 10, DELIVERED, 4, "2021")));
    }

    @Test
    void aDeliveryOfMoreThanOrdered_isAnotherTransfer() {
      assertEquals(
          Set.of(Set.of(0), Set.of(10)),
          clusters(su57("a", 0, ORDERED, 4, "2019"), su57("a", 10, DELIVERED, 12, "2021")));
    }

    @Test
    void negotiationsForOtherThanTheOrder_areAnotherTransfer() {
      assertEquals(
          Set.of(Set.of(0), Set.of(10)),
          clusters(su57("a", 0, NEGOTIATING, 24, "2018"), su57("a", 10, ORDERED, 12, "2019")));
    }

    @Test
    void deliveriesOfDifferentSizesDatedApart_arePartsOfTheOrder() {
      FactRecord<? extends Fact> record =
          FactResolver.standard()
              .resolve(
                  List.of(
                      su57("a", 0, ORDERED, 12, "2019"),
                      su57("a", 10, DELIVERED, 4, "2021"),
                      su57("a", 20, DELIVERED, 8, "2022")))
              .get(0);
      assertEquals(
          List.of("ORDERED 2019 x12 [a]", "DELIVERED 2021 x4 [a]", "DELIVERED 2022 x8 [a]"),
          record.lifecycle().stream().map(StatusStep::toString).toList());
      assertEquals(12, ((ArmsTransfer) record.fact()).quantity().getAsInt());
    }

    @Test
    void deliveriesOfDifferentSizesOfOneDate_stayApart() {
      assertEquals(
          Set.of(Set.of(0), Set.of(10)),
          clusters(su57("a", 0, DELIVERED, 4, "2021"), su57("a", 10, DELIVERED, 8, "2021")));
    }

    @Test
    void aMentionBetweenTwoOrders_joinsOnlyOne() {
      // "ces appareils" without a number or date is compatible with both orders, which are two
      Set<Set<Integer>> clusters =
          clusters(
              su57("a", 0, ORDERED, 8, "2019"),
              su57("a", 10, ORDERED, null, null),
              su57("a", 20, ORDERED, 12, "2021"));
      assertEquals(2, clusters.size(), clusters.toString());
      assertEquals(Set.of(0, 10, 20), clusters.stream().flatMap(Set::stream).collect(Collectors.toSet()));
    }
  }

  @Nested
  final class AcrossArticles {

    private ArmsTransfer tanks(String document, String system, String canonical) {
      return ArmsTransfer.builder()
          .supplier(CHINA)
          .recipient(BANGLADESH)
          .system(system)
          .canonicalSystem(canonical)
          .status(DELIVERED)
          .evidence(Evidence.of(document, Span.of(0, 5), "phrase", "TransferRule"))
          .build();
    }

    @Test
    void oneSystemWrittenTwoWays_isOneTransferByItsCanonicalName_withoutDisagreement() {
      List<FactRecord<? extends Fact>> records =
          FactResolver.standard()
              .resolve(List.of(tanks("a", "VT-1A", "MBT-2000"), tanks("b", "MBT-2000", null)));
      assertEquals(1, records.size(), records.toString());
      assertEquals(List.of(), records.get(0).disagreements());
      ArmsTransfer merged = (ArmsTransfer) records.get(0).fact();
      // the canonical name is kept only where the chosen written name is another
      assertEquals(merged.system().equals(Optional.of("VT-1A")), merged.canonicalSystem().isPresent(), merged.toString());
      assertEquals(Optional.of("MBT-2000"), merged.systemKey());
    }

    @Test
    void twoSystemsOfOneCanonicalName_andAnother_stayApart() {
      List<FactRecord<? extends Fact>> records =
          FactResolver.standard()
              .resolve(List.of(tanks("a", "VT-1A", "MBT-2000"), tanks("b", "VT-4", null)));
      assertEquals(2, records.size(), records.toString());
    }

    @Test
    void sourcesThatGiveDifferentQuantities_reportOneOrder_andDisagree() {
      List<FactRecord<? extends Fact>> records =
          FactResolver.standard()
              .resolve(List.of(su57("a", 0, ORDERED, 12, "2021-03"), su57("b", 0, ORDERED, 14, "2021-03")));
      assertEquals(1, records.size(), records.toString());
      assertEquals(
          List.of(Disagreement.Attribute.QUANTITY),
          records.get(0).disagreements().stream().map(Disagreement::attribute).toList());
    }

    @Test
    void recordsKeptApartInTheirArticle_stayApartWithAnotherArticle() {
      // the mention of article b is compatible with both orders of article a, which stay two
      List<FactRecord<? extends Fact>> records =
          FactResolver.standard()
              .resolve(
                  List.of(
                      su57("a", 0, ORDERED, 8, null),
                      su57("a", 10, ORDERED, 12, null),
                      su57("b", 0, ORDERED, null, null)));
      assertEquals(
          Set.of(Set.of("a"), Set.of("a", "b")),
          records.stream().map(r -> Set.copyOf(r.documents())).collect(Collectors.toSet()));
    }
  }
}
