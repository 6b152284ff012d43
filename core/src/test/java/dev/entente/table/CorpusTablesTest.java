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
            "statements", "relations", "evidence"),
        TABLES.all().stream().map(DataTable::name).toList());
    for (DataTable table : TABLES.all()) {
      for (ForeignKey key : table.foreignKeys()) {
        int referenced = TABLES.all().stream().map(DataTable::name).toList().indexOf(key.table());
        assertTrue(referenced >= 0 && referenced < TABLES.all().indexOf(table), table.name() + " " + key);
      }
      table.columns().forEach(c -> assertTrue(!c.description().isBlank(), table.name() + "." + c.name()));
    }
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
            + "\"category\":\"AIR_DEFENCE\",\"quantity\":4,\"status\":\"DELIVERED\",\"date\":\"2023\",\"year\":2023}\n]\n",
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
