package dev.entente.table;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Document;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import dev.entente.model.Span;
import dev.entente.model.State;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.query.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CorpusTablesTest {

  private static final ArmsTransfer S400 =
      ArmsTransfer.builder()
          .supplier(RUSSIA).recipient(INDIA).system("S-400").category(SystemCategory.AIR_DEFENCE)
          .quantity(4).status(TransferStatus.DELIVERED).date(PartialDate.parse("2023"))
          .evidence(Evidence.of("d1", new Span(0, 20), "La Russie a livré, « vite », 4 S-400 à l'Inde.", "TransferRule"))
          .build();

  private static final Agreement PACT =
      Agreement.builder()
          .parties(RUSSIA, CHINA).organizations(List.of(Organization.of("Organisation de coopération de Shanghai").withAcronym("OCS")))
          .kind(AgreementKind.TREATY).domains(Domain.MILITARY, Domain.SECURITY)
          .status(AgreementStatus.SIGNED).date(PartialDate.parse("2021-06"))
          .evidence(Evidence.of("d2", new Span(3, 9), "Un traité.", "AgreementRule"))
          .build();

  private static final Corpus CORPUS =
      Corpus.of(
          Reading.builder(Document.builder("d1").title("S-400").url(URI.create("https://a.example/1")).published(PartialDate.parse("2023-05-02")).build())
              .actors(State.of(RUSSIA), State.of(INDIA)).armsTransfers(S400).build(),
          Reading.builder(Document.of("d2")).actors(State.of(RUSSIA), State.of(CHINA)).agreements(PACT).build());

  private static final CorpusTables TABLES = CorpusTables.of(CORPUS);

  @Test
  void oneTablePerKindOfRecord_referencedTablesFirst() {
    assertEquals(
        List.of("documents", "facts", "actors", "agreements", "participants", "exercises", "transfers",
            "statements", "relations", "evidence", "lifecycle", "disagreements"),
        TABLES.all().stream().map(DataTable::name).toList());
    for (DataTable table : TABLES.all()) {
      for (ForeignKey key : table.foreignKeys()) {
        int referenced = TABLES.all().stream().map(DataTable::name).toList().indexOf(key.table());
        assertTrue(referenced >= 0 && referenced < TABLES.all().indexOf(table), table.name() + " " + key);
      }
      table.columns().forEach(c -> assertTrue(!c.description().isBlank(), table.name() + "." + c.name()));
    }
  }

  /** An order of S-400 that two documents count differently, and its delivery, as one record. */
  private static final CorpusTables TWO_SOURCES =
      CorpusTables.of(
          Corpus.of(
              Reading.builder(Document.of("d3"))
                  .actors(State.of(RUSSIA), State.of(INDIA))
                  .armsTransfers(s400("d3", 0, TransferStatus.ORDERED, 5, "2018-10"))
                  .build(),
              Reading.builder(Document.of("d4"))
                  .actors(State.of(RUSSIA), State.of(INDIA))
                  .armsTransfers(
                      s400("d4", 0, TransferStatus.ORDERED, 6, "2018-10"),
                      s400("d4", 40, TransferStatus.DELIVERED, null, "2021-12"))
                  .build()));

  private static ArmsTransfer s400(String document, int at, TransferStatus status, Integer quantity, String date) {
    ArmsTransfer.Builder builder =
        ArmsTransfer.builder()
            .supplier(RUSSIA).recipient(INDIA).system("S-400").status(status).date(PartialDate.parse(date))
            .evidence(Evidence.of(document, new Span(at, at + 10), "Phrase " + document + " " + at + ".", "TransferRule"));
    if (quantity != null) {
      builder.quantity(quantity);
    }
    return builder.build();
  }

  @Test
  void lifecycle_onePassagePerRow_stepsRankedInLifecycleOrder() {
    DataTable lifecycle = TWO_SOURCES.lifecycle();
    String record = TWO_SOURCES.transfers().value(0, "transfer_id").orElseThrow().toString();
    assertEquals(1, TWO_SOURCES.transfers().size());
    assertEquals(3, lifecycle.size());
    assertEquals(
        List.of(
            List.of(record, 1L, "ORDERED", "2018-10", 6L, "d3", 0L),
            List.of(record, 1L, "ORDERED", "2018-10", 6L, "d4", 0L),
            List.of(record, 2L, "DELIVERED", "2021-12", "", "d4", 40L)),
        rows(lifecycle, "record_id", "step", "status", "date", "quantity", "document_id", "span_start"));
    assertEquals(Optional.of("Phrase d4 40."), lifecycle.value(2, "sentence"));
    assertEquals(Optional.of(2021L), lifecycle.value(2, "year"));
    // the seed corpus of this class: a delivery and a signature, one step each
    assertEquals(List.of("DELIVERED", "SIGNED"), rows(TABLES.lifecycle(), "status").stream().map(r -> r.get(0)).toList());
  }

  @Test
  void disagreements_oneValuePerRow_bestSupportedFirst() {
    String record = TWO_SOURCES.transfers().value(0, "transfer_id").orElseThrow().toString();
    assertEquals(
        List.of(
            List.of(record, "QUANTITY", "ORDERED", 1L, "6", ImmutableList.of("d4")),
            List.of(record, "QUANTITY", "ORDERED", 2L, "5", ImmutableList.of("d3"))),
        rows(TWO_SOURCES.disagreements(), "record_id", "attribute", "step", "rank", "value", "documents"));
    assertEquals(0, TABLES.disagreements().size());
  }

  /** Returns the values of {@code columns} of every row, an empty value as {@code ""}. */
  private static List<List<Object>> rows(DataTable table, String... columns) {
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      List<Object> row = new java.util.ArrayList<>();
      for (String column : columns) {
        row.add(table.value(i, column).orElse(""));
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void values_areTyped_supplierAndRecipientApart() {
    DataTable transfers = TABLES.transfers();
    assertEquals(1, transfers.size());
    assertEquals(Optional.of("RUS"), transfers.value(0, "supplier"));
    assertEquals(Optional.of("IND"), transfers.value(0, "recipient"));
    assertEquals(Optional.of(4L), transfers.value(0, "quantity"));
    assertEquals(Optional.of(2023L), transfers.value(0, "year"));
    DataTable agreements = TABLES.agreements();
    assertEquals(Optional.of(ImmutableList.of("CHN", "RUS")), agreements.value(0, "parties"));
    assertEquals(Optional.of(ImmutableList.of("Organisation de coopération de Shanghai")), agreements.value(0, "organizations"));
    assertEquals(Optional.empty(), agreements.value(0, "subject"));
    assertEquals(Optional.of("https://a.example/1"), TABLES.documents().value(0, "url"));
    assertEquals(Optional.of(2023L), TABLES.documents().value(0, "published_year"));
    // participants: two roles for the transfer, three parties (two states, one organization)
    assertEquals(5, TABLES.participants().size());
    assertEquals(2, TABLES.evidence().size());
    assertEquals(Optional.of(1.0), TABLES.evidence().value(0, "confidence"));
    // relations: RUS-IND MILITARY, CHN-RUS MILITARY and SECURITY
    assertEquals(3, TABLES.relations().size());
    assertThrows(IllegalArgumentException.class, () -> transfers.value(0, "suplier"));
  }

  @Test
  void csv_rfc4180_quotedOnlyWhereNeeded_listsJoined_bomOnRequest() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TABLES.evidence().writeCsv(out, false);
    String csv = out.toString(UTF_8);
    assertEquals(
        "fact_id,document_id,span_start,span_end,sentence,rule,confidence\r\n"
            + S400.id() + ",d1,0,20,\"La Russie a livré, « vite », 4 S-400 à l'Inde.\",TransferRule,1.0\r\n"
            + PACT.id() + ",d2,3,9,Un traité.,AgreementRule,1.0\r\n",
        csv);
    ByteArrayOutputStream agreements = new ByteArrayOutputStream();
    TABLES.agreements().writeCsv(agreements, true);
    byte[] bytes = agreements.toByteArray();
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    assertTrue(agreements.toString(UTF_8).contains(",CHN;RUS,Organisation de coopération de Shanghai,MILITARY;SECURITY,,\r\n"), agreements.toString(UTF_8));
  }

  @Test
  void json_andJsonLines_keepTypes() throws IOException {
    StringWriter json = new StringWriter();
    TABLES.transfers().writeJson(json);
    assertEquals(
        "[\n{\"transfer_id\":\"" + S400.id() + "\",\"supplier\":\"RUS\",\"recipient\":\"IND\",\"system\":\"S-400\","
            + "\"canonical_system\":null,\"category\":\"AIR_DEFENCE\",\"quantity\":4,\"status\":\"DELIVERED\",\"date\":\"2023\",\"year\":2023}\n]\n",
        json.toString());
    StringWriter lines = new StringWriter();
    TABLES.relations().writeJsonLines(lines);
    assertEquals(3, lines.toString().lines().count());
    assertTrue(lines.toString().contains("\"fact_ids\":[\"" + PACT.id() + "\"]"), lines.toString());
    StringWriter empty = new StringWriter();
    TABLES.exercises().writeJson(empty);
    assertEquals("[]\n", empty.toString());
  }
}
