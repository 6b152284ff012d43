package dev.entente.model;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Samples.DOCUMENT_ID;
import static dev.entente.model.Samples.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReadingTest {

  private static final Document DOCUMENT = Document.of(DOCUMENT_ID);
  private static final Person PUTIN = Person.of("Vladimir Poutine", RUSSIA);
  private static final Organization SCO = Organization.of("Organisation de coopération de Shanghai");

  private static Agreement agreement(Evidence evidence) {
    return Agreement.builder()
        .parties(RUSSIA, INDIA)
        .kind(AgreementKind.CONTRACT)
        .domains(Domain.MILITARY)
        .status(AgreementStatus.SIGNED)
        .evidence(evidence)
        .build();
  }

  private static Statement statement() {
    return Statement.builder()
        .speaker(PUTIN)
        .quote("Nos relations résistent")
        .about(CHINA)
        .domains(Domain.DIPLOMATIC)
        .evidence(evidence())
        .build();
  }

  @Test
  void evidenceFromAnotherDocument_throwsNamingBothDocuments() {
    Agreement foreign = agreement(evidence("999_other"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Reading.builder(DOCUMENT).agreements(foreign).build());
    assertEquals(
        "fact " + foreign.id() + " of document 001_test has evidence from document 999_other",
        e.getMessage());
  }

  @Test
  void actorListedTwice_throwsNamingTheDocument() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Reading.builder(DOCUMENT).actors(PUTIN, State.of(RUSSIA), PUTIN).build());
    assertEquals("actors of 001_test are listed more than once", e.getMessage());
  }

  @Test
  void states_areTheStateActorsInAlpha3Order() {
    Reading reading =
        Reading.builder(DOCUMENT)
            .actors(State.of(RUSSIA), PUTIN, State.of(CHINA), SCO, State.of(INDIA))
            .build();
    assertEquals(List.of(CHINA, INDIA, RUSSIA), reading.states().asList());
    assertEquals(ImmutableSet.of(CHINA, INDIA, RUSSIA), reading.states());
  }

  @Test
  void persons_andOrganizations_inOrderOfMention() {
    Person modi = Person.of("Narendra Modi", INDIA);
    Reading reading =
        Reading.builder(DOCUMENT).actors(PUTIN, State.of(RUSSIA), SCO, modi).build();
    assertEquals(List.of(PUTIN, modi), reading.persons());
    assertEquals(List.of(SCO), reading.organizations());
  }

  @Test
  void facts_comeInKindOrder_andDeriveTheRelations() {
    Agreement agreement = agreement(evidence());
    Statement statement = statement();
    Reading reading =
        Reading.builder(DOCUMENT).statements(statement).agreements(agreement).build();
    assertEquals(List.of(agreement, statement), reading.facts());
    assertEquals(Relation.derive(reading.facts()), reading.relations());
    assertEquals(2, reading.relations().size());
  }

  @Test
  void diagnostics_bySeverity() {
    Diagnostic warning = Diagnostic.of(Severity.WARNING, DiagnosticCode.UNRESOLVED_SPEAKER, "qui ?");
    Diagnostic info = Diagnostic.of(Severity.INFO, DiagnosticCode.TEXT_TRUNCATED, "coupé");
    Reading reading = Reading.builder(DOCUMENT).diagnostics(List.of(warning, info)).build();
    assertEquals(List.of(warning), reading.diagnostics(Severity.WARNING));
    assertEquals(List.of(), reading.diagnostics(Severity.ERROR));
  }

  @Test
  void empty_isEmpty_andDiagnosticsDoNotCount() {
    Reading empty = Reading.empty(DOCUMENT);
    assertEquals(true, empty.isEmpty());
    assertEquals(
        true,
        empty.toBuilder()
            .diagnostics(List.of(Diagnostic.of(Severity.INFO, DiagnosticCode.EMPTY_TEXT, "vide")))
            .build()
            .isEmpty());
    assertEquals(false, Reading.builder(DOCUMENT).actors(PUTIN).build().isEmpty());
  }

  @Test
  void id_isTheDocumentsId() {
    assertEquals(DOCUMENT_ID, Reading.empty(DOCUMENT).id());
  }

  @Test
  void toBuilder_buildsAnEqualReading() {
    Reading reading =
        Reading.builder(DOCUMENT).actors(PUTIN).agreements(agreement(evidence())).statements(statement()).build();
    assertEquals(reading, reading.toBuilder().build());
  }

  @Test
  void toString_countsWithoutPrintingTheData() {
    Reading reading = Reading.builder(DOCUMENT).actors(PUTIN).statements(statement()).build();
    assertEquals(
        "Reading[001_test: 1 actors, 0 agreements, 0 exercises, 0 transfers, 1 statements, 0"
            + " diagnostics]",
        reading.toString());
  }

  @Test
  void sameFactThrice_isOneFactWithAllTheEvidence() {
    Evidence first = Evidence.of(DOCUMENT_ID, Span.of(0, 10), "Une phrase.", "TestRule");
    Evidence second = Evidence.of(DOCUMENT_ID, Span.of(12, 22), "Une phrase.", "TestRule");
    Evidence third = Evidence.of(DOCUMENT_ID, Span.of(24, 34), "Une phrase.", "TestRule");
    Agreement other = agreement(first).toBuilder().status(AgreementStatus.PROPOSED).build();
    Reading reading =
        Reading.builder(DOCUMENT)
            .agreements(agreement(first), other, agreement(second), agreement(third), agreement(first))
            .build();

    assertEquals(List.of(agreement(first).withEvidence(List.of(first, second, third)), other), reading.agreements());
    assertEquals(1, reading.relations().size());
    assertEquals(2, reading.relations().get(0).facts().size(), "each id once in the relation");
    assertEquals(reading, reading.toBuilder().build());
  }

  @Test
  void factsThatOnlyShareTheirStates_stayApart() {
    Statement quote = statement();
    Statement other = quote.toBuilder().quote("Autre chose").build();
    assertEquals(List.of(quote, other), Reading.builder(DOCUMENT).statements(quote, other).build().statements());
  }
}
