package dev.entente.examples;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Domain.MILITARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.entente.identity.FactResolver;
import dev.entente.identity.FactRecord;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.PartialDate;
import dev.entente.model.Span;
import dev.entente.model.Statement;
import dev.entente.model.State;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.model.Relation;
import dev.entente.seeds.Seeds;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class TablesTest {

  private static final Evidence EVIDENCE =
      Evidence.of("a1", new Span(0, 10), "La Russie a livré des S-400 à l'Inde.", "test");

  private static final ArmsTransfer S400 =
      ArmsTransfer.builder()
          .supplier(RUSSIA)
          .recipient(INDIA)
          .system("S-400")
          .category(SystemCategory.AIR_DEFENCE)
          .quantity(5)
          .status(TransferStatus.DELIVERED)
          .date(PartialDate.parse("2021-12"))
          .evidence(EVIDENCE)
          .build();

  private static final Statement QUOTE =
      Statement.builder()
          .speaker(State.of(RUSSIA))
          .quote("Nos relations avec l'Inde sont excellentes, et elles le resteront longtemps.")
          .about(INDIA)
          .domains(MILITARY)
          .evidence(EVIDENCE)
          .build();

  @Nested
  final class TableLayout {

    @Test
    void columnsAreAligned_numbersOnTheRight_noTrailingSpaces() {
      Table table =
          Table.builder()
              .column("pair")
              .column("facts", Table.Align.RIGHT)
              .column("note")
              .row("CHN-RUS", "8", "")
              .row("IND-RUS", "12", "x")
              .build();

      assertEquals(
          List.of("PAIR     FACTS  NOTE", "CHN-RUS      8", "IND-RUS     12  x"), table.lines());
      assertEquals(String.join("\n", table.lines()), table.toString());
    }

    @Test
    void longCells_areCutToTheColumnWidth_rowsKeepThemWhole() {
      Table table =
          Table.builder().column("quote", Table.Align.LEFT, 10).row("abcdefghijklmnop").build();

      assertEquals("abcdefg...", table.lines().get(1));
      assertEquals("abcdefghijklmnop", table.rows().get(0).get(0));
    }

    @Test
    void whitespaceInCells_becomesOneSpace() {
      Table table = Table.builder().column("text").row(" a\n\tb  c ").build();

      assertEquals("a b c", table.rows().get(0).get(0));
    }

    @Test
    void emptyTable_printsItsHeader() {
      assertEquals("A  B", Table.builder().column("a").column("b").build().toString());
    }

    @Test
    void rowOfTheWrongSize_throws_namingTheCounts() {
      Table.Builder builder = Table.builder().column("a").column("b");

      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> builder.row("only one"));
      assertEquals("row 1 has 1 cells for 2 columns", e.getMessage());
    }

    @Test
    void columnAfterARow_throws() {
      Table.Builder builder = Table.builder().column("a").row("x");

      assertThrows(IllegalStateException.class, () -> builder.column("b"));
    }
  }

  @Test
  void of_relations_pairDomainFactsYears() {
    ImmutableList<Relation> relations =
        Seeds.corpus().relations().between(RUSSIA, CHINA).inDomain(MILITARY).list();

    Table table = Tables.of(relations);

    assertEquals(ImmutableList.of("pair", "domain", "facts", "years"), table.headers());
    assertEquals(1, table.size());
    assertEquals("CHN-RUS", table.rows().get(0).get(0));
    assertEquals("MILITARY", table.rows().get(0).get(1));
    assertEquals(String.valueOf(relations.get(0).facts().size()), table.rows().get(0).get(2));
  }

  /** The order of the S-400 above as two newsrooms count it, then its delivery: one record. */
  private static List<FactRecord<? extends Fact>> orderAndDelivery() {
    ArmsTransfer ordered =
        S400.toBuilder().status(TransferStatus.ORDERED).date(PartialDate.parse("2018-10")).build();
    Evidence elsewhere = Evidence.of("b2", new Span(0, 10), "L'Inde a commandé six S-400.", "test");
    return FactResolver.standard()
        .resolve(List.of(ordered, ordered.toBuilder().quantity(6).evidence(elsewhere).build(), S400));
  }

  @Test
  void ofLifecycles_oneRowPerStep() {
    List<FactRecord<? extends Fact>> records = orderAndDelivery();
    assertEquals(1, records.size(), records.toString());
    Table table = Tables.ofLifecycles(records);

    assertEquals(List.of("id", "status", "date", "quantity", "documents"), table.headers());
    String id = records.get(0).id();
    assertEquals(
        List.of(List.of(id, "ORDERED", "2018-10", "6", "a1 b2"), List.of(id, "DELIVERED", "2021-12", "5", "a1")),
        table.rows());
    assertEquals(0, Tables.ofLifecycles(FactResolver.standard().resolve(List.of(QUOTE))).size());
  }

  @Test
  void ofDisagreements_oneRowPerValue_bestSupportedFirst() {
    List<FactRecord<? extends Fact>> records = orderAndDelivery();
    Table table = Tables.ofDisagreements(records);

    assertEquals(List.of("id", "attribute", "step", "value", "documents"), table.headers());
    String id = records.get(0).id();
    assertEquals(
        List.of(List.of(id, "QUANTITY", "ORDERED", "6", "b2"), List.of(id, "QUANTITY", "ORDERED", "5", "a1")),
        table.rows());
  }

  @Test
  void ofFacts_ofOneKind_hasThatKindsColumns() {
    Table table = Tables.ofFacts(List.of(S400));

    assertEquals(Tables.ofTransfers(List.of(S400)).lines(), table.lines());
    assertEquals(
        List.of(S400.id(), "RUS", "IND", "S-400", "AIR_DEFENCE", "5", "DELIVERED", "2021-12"),
        table.rows().get(0));
  }

  @Test
  void ofFacts_ofSeveralKinds_hasTheCommonColumns() {
    Table table = Tables.ofFacts(List.<Fact>of(S400, QUOTE));

    assertEquals(
        List.of("id", "kind", "states", "domains", "date", "summary"), table.headers());
    assertEquals("TRANSFER", table.rows().get(0).get(1));
    assertEquals("IND RUS", table.rows().get(0).get(2));
    assertEquals("STATEMENT", table.rows().get(1).get(1));
  }

  @Test
  void ofReadings_oneRowPerFactAndDocument() {
    Table table = Tables.ofReadings(Seeds.readings());

    assertEquals(
        List.of("document", "kind", "id", "states", "domains", "status", "date", "summary"),
        table.headers());
    assertEquals(Seeds.readings().stream().mapToInt(r -> r.facts().size()).sum(), table.size());
  }

  @Test
  void ofCounts_keysInMapOrder() {
    Table table = Tables.ofCounts("domain", "relations", ImmutableMap.of(MILITARY, 33L));

    assertEquals(List.of("DOMAIN    RELATIONS", "MILITARY         33"), table.lines());
  }

  @Test
  void summary_ofEachKind() {
    assertEquals("RUS -> IND: S-400 (AIR_DEFENCE) x5", Tables.summary(S400));
    String quote = Tables.summary(QUOTE);
    assertTrue(quote.startsWith("Russie (RUS): Nos relations"), quote);
  }
}
