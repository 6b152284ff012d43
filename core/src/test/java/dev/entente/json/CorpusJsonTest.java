package dev.entente.json;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.FRANCE;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Severity;
import dev.entente.model.Span;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CorpusJsonTest {

  private static final String ID = "000_ef5a42340a57e1cf";

  private static final Organization EU =
      new Organization(
          "Union européenne", Optional.of("UE"), Optional.empty(), ImmutableSet.of("EU"));

  /** Returns the EU-India partnership, an agreement between a state and an organization. */
  private static Agreement partnership(Evidence evidence) {
    return Agreement.builder()
        .parties(INDIA)
        .organizations(EU)
        .kind(AgreementKind.ACCORD)
        .domains(Domain.ECONOMIC)
        .status(AgreementStatus.SIGNED)
        .evidence(evidence)
        .build();
  }

  /** A reading of the partnership alone. */
  static Reading partnership() {
    String sentence = "L'UE et l'Inde ont signé un partenariat.";
    return Reading.builder(Document.of("002_eu"))
        .actors(State.of(INDIA), EU)
        .agreements(
            partnership(new Evidence("002_eu", Span.of(0, sentence.length()), sentence, "R", 1.0)))
        .build();
  }

  static final String PARTNERSHIP_JSON = CorpusJson.write(partnership());

  private static Evidence evidence(int start, String sentence, String rule, double confidence) {
    return new Evidence(ID, Span.of(start, start + sentence.length()), sentence, rule, confidence);
  }

  /** A reading with every field of every type set, and every optional both present and empty. */
  static Reading everyField() {
    Person putin =
        new Person(
            "Vladimir Poutine", Optional.of(RUSSIA), Optional.of("président"), ImmutableSet.of("Putin", "V. V. Poutine"));
    Person unknown = new Person("un diplomate", Optional.empty(), Optional.empty(), ImmutableSet.of());
    Organization sco =
        new Organization(
            "Organisation de coopération de Shanghai",
            Optional.of("OCS"),
            Optional.empty(),
            ImmutableSet.of("SCO"));
    Organization ministry = Organization.of("ministère russe de la Défense").withCountry(RUSSIA);
    Agreement contract =
        Agreement.builder()
            .parties(RUSSIA, INDIA)
            .kind(AgreementKind.CONTRACT)
            .domains(Domain.MILITARY, Domain.ECONOMIC)
            .status(AgreementStatus.SIGNED)
            .date(PartialDate.parse("2021-12"))
            .subject("fusils AK-203")
            .duration(Period.ofYears(10))
            .evidence(
                evidence(120, "L'Inde et la Russie ont signé un contrat.", "AgreementRule", 0.8),
                evidence(300, "Le contrat court sur dix ans.", "AgreementRule", 0.55))
            .build();
    Agreement talks =
        Agreement.builder()
            .parties(CHINA, RUSSIA, INDIA)
            .kind(AgreementKind.ARRANGEMENT)
            .domains(Domain.DIPLOMATIC)
            .status(AgreementStatus.NEGOTIATING)
            .evidence(evidence(400, "Les trois pays discutent.", "AgreementRule", 0.3))
            .build();
    JointExercise vostok =
        JointExercise.builder()
            .name("Vostok 2022")
            .participants(RUSSIA, CHINA)
            .domains(Domain.MILITARY, Domain.SECURITY)
            .location("mer du Japon")
            .start(PartialDate.parse("2022-09-01"))
            .end(PartialDate.parse("2022-09-07"))
            .forces("forces navales")
            .evidence(evidence(500, "Les manœuvres Vostok 2022 ont commencé.", "ExerciseRule", 1.0))
            .build();
    JointExercise patrol =
        JointExercise.builder()
            .participants(CHINA, RUSSIA)
            .evidence(evidence(600, "Une patrouille conjointe.", "ExerciseRule", 0.5))
            .build();
    Agreement partnership =
        partnership(evidence(450, "L'Union européenne et l'Inde ont signé.", "AgreementRule", 0.6));
    JointExercise peaceMission =
        JointExercise.builder()
            .name("Mission de paix")
            .participants(CHINA, RUSSIA, INDIA)
            .organizations(sco, ministry)
            .evidence(evidence(650, "Les manœuvres de l'OCS.", "ExerciseRule", 0.9))
            .build();
    ArmsTransfer rifles =
        ArmsTransfer.builder()
            .supplier(RUSSIA)
            .recipient(INDIA)
            .system("Kalachnikov AK-203")
            .canonicalSystem("AK-203")
            .category(SystemCategory.SMALL_ARMS)
            .quantity(600_000)
            .status(TransferStatus.LICENSED_PRODUCTION)
            .date(PartialDate.parse("2021"))
            .evidence(evidence(700, "L'Inde produira 600 000 AK-203.", "TransferRule", 0.9))
            .build();
    ArmsTransfer fighters =
        ArmsTransfer.builder()
            .supplier(FRANCE)
            .recipient(INDIA)
            .status(TransferStatus.REQUESTED)
            .evidence(evidence(800, "L'Inde veut des avions.", "TransferRule", 0.0))
            .build();
    Statement quote =
        Statement.builder()
            .speaker(putin)
            .quote("Nos relations « résistent » à tout")
            .about(CHINA, RUSSIA)
            .domains(Domain.DIPLOMATIC)
            .date(PartialDate.parse("2021-12-06"))
            .evidence(evidence(900, "« Nos relations résistent », a dit Poutine.", "StatementRule", 0.7))
            .build();
    Statement byState =
        Statement.builder()
            .speaker(State.of(CHINA))
            .quote("Pékin salue l'accord")
            .about(INDIA)
            .domains(Domain.ECONOMIC)
            .evidence(evidence(1000, "Pékin salue l'accord.", "StatementRule", 0.6))
            .build();
    Statement byOrganization =
        Statement.builder()
            .speaker(sco)
            .quote("L'OCS se réunira")
            .domains(Domain.SECURITY)
            .evidence(evidence(1100, "L'OCS se réunira.", "StatementRule", 0.4))
            .build();
    return Reading.builder(
            new Document(
                ID,
                Optional.of("Russie-Inde : un partenariat « privilégié »"),
                Optional.of(PartialDate.parse("2021-12-06")),
                Optional.of("Cinktank.com"),
                Optional.of(java.net.URI.create("https://www.cinktank.com/2021/12/russie-inde?x=1")),
                Optional.of("fr")))
        .actors(State.of(RUSSIA), State.of(INDIA), putin, unknown, sco, ministry, EU)
        .agreements(contract, talks, partnership)
        .exercises(vostok, patrol, peaceMission)
        .armsTransfers(rifles, fighters)
        .statements(quote, byState, byOrganization)
        .diagnostics(
            List.of(
                Diagnostic.at(
                    Severity.WARNING, DiagnosticCode.UNRESOLVED_SPEAKER, Span.of(10, 42), "qui parle ?"),
                Diagnostic.of(Severity.INFO, DiagnosticCode.TEXT_TRUNCATED, "coupé à 100 000 caractères")))
        .build();
  }

  /** A reading small enough to spell out its JSON. */
  static Reading small() {
    Document document = Document.of("001_small").withPublished(PartialDate.parse("2021-12-06"));
    Agreement accord =
        Agreement.builder()
            .parties(RUSSIA, CHINA)
            .kind(AgreementKind.ACCORD)
            .domains(Domain.MILITARY)
            .status(AgreementStatus.SIGNED)
            .date(PartialDate.parse("2021-12"))
            .evidence(
                new Evidence(
                    "001_small",
                    Span.of(0, 42),
                    "La Russie et la Chine ont signé un accord.",
                    "AgreementRule",
                    0.8))
            .build();
    return Reading.builder(document)
        .actors(State.of(RUSSIA), State.of(CHINA))
        .agreements(accord)
        .diagnostics(
            List.of(
                Diagnostic.of(
                    Severity.INFO, DiagnosticCode.UNRESOLVED_DATE, "« l'an prochain » sans date")))
        .build();
  }

  static final String SMALL_JSON =
      "{\"document\":{\"id\":\"001_small\",\"title\":null,\"published\":\"2021-12-06\",\"source\":null,\"url\":null,\"language\":null},"
          + "\"actors\":[{\"kind\":\"STATE\",\"code\":\"RUS\",\"name\":\"Russie\"},"
          + "{\"kind\":\"STATE\",\"code\":\"CHN\",\"name\":\"Chine\"}],"
          + "\"agreements\":[{\"id\":\"agr-522f082287953479\",\"parties\":[\"CHN\",\"RUS\"],"
          + "\"organizations\":[],\"kind\":\"ACCORD\",\"domains\":[\"MILITARY\"],\"status\":\"SIGNED\",\"date\":\"2021-12\","
          + "\"subject\":null,\"duration\":null,\"evidence\":[{\"document\":\"001_small\","
          + "\"span\":[0,42],\"sentence\":\"La Russie et la Chine ont signé un accord.\","
          + "\"rule\":\"AgreementRule\",\"confidence\":0.8}],"
          + "\"positions\":[0],\"mentions\":[],\"lifecycle\":[{\"status\":\"SIGNED\","
          + "\"date\":\"2021-12\",\"quantity\":null,\"documents\":[\"001_small\"]}]}],"
          + "\"exercises\":[],\"armsTransfers\":[],\"statements\":[],"
          + "\"relations\":[{\"between\":[\"CHN\",\"RUS\"],\"domain\":\"MILITARY\","
          + "\"facts\":[\"agr-522f082287953479\"]}],"
          + "\"diagnostics\":[{\"severity\":\"INFO\",\"code\":\"UNRESOLVED_DATE\",\"span\":null,"
          + "\"message\":\"« l'an prochain » sans date\"}]}";

  @Nested
  final class Writing {

    @Test
    void smallReading_isExactlyTheDocumentedFormat() {
      assertEquals(SMALL_JSON, CorpusJson.write(small()));
    }

    @Test
    void organizationParties_areWrittenAsOrganizationObjects() throws IOException {
      JsonNode agreement = new ObjectMapper().readTree(PARTNERSHIP_JSON).get("agreements").get(0);
      assertEquals("[\"IND\"]", agreement.get("parties").toString());
      assertEquals(
          "[{\"name\":\"Union européenne\",\"acronym\":\"UE\",\"country\":null,"
              + "\"aliases\":[\"EU\"]}]",
          agreement.get("organizations").toString());
      assertEquals("[]", new ObjectMapper().readTree(PARTNERSHIP_JSON).get("relations").toString());
    }

    @Test
    void write_isOneLineWithoutTerminator() {
      String line = CorpusJson.write(everyField());
      assertEquals(List.of(line), line.lines().toList());
      assertEquals(-1, line.indexOf('\n'));
    }

    @Test
    void write_isDeterministic() {
      assertEquals(CorpusJson.write(everyField()), CorpusJson.write(everyField()));
    }

    @Test
    void write_doesNotDependOnTheOrderSetsWereGiven() {
      Reading reading = small();
      Agreement accord = reading.agreements().get(0);
      Agreement reordered = accord.toBuilder().parties(CHINA, RUSSIA).build();
      assertEquals(
          CorpusJson.write(reading),
          CorpusJson.write(reading.toBuilder().agreements(reordered).build()));
    }

    @Test
    void lineSeparators_areEscapedAndOtherTextIsWrittenAsItself() {
      Reading reading =
          Reading.empty(Document.of("x").withTitle("a\u2028b\u2029c 🚀 שלום é \"q\" \\ \n"));
      String line = CorpusJson.write(reading);
      assertEquals(
          "{\"document\":{\"id\":\"x\",\"title\":\"a\\u2028b\\u2029c 🚀 שלום é \\\"q\\\" \\\\ \\n\","
              + "\"published\":null,\"source\":null,\"url\":null,\"language\":null},\"actors\":[],\"agreements\":[],"
              + "\"exercises\":[],\"armsTransfers\":[],\"statements\":[],\"relations\":[],"
              + "\"diagnostics\":[]}",
          line);
      assertEquals(reading, CorpusJson.read(line));
    }

    @Test
    void writeLines_terminatesEveryLine() {
      StringBuilder out = new StringBuilder();
      CorpusJson.writeLines(List.of(small(), everyField()), out);
      assertEquals(
          SMALL_JSON + "\n" + CorpusJson.write(everyField()) + "\n", out.toString());
    }

    @Test
    void writeLines_nothing_writesNothing() {
      StringBuilder out = new StringBuilder();
      CorpusJson.writeLines(List.of(), out);
      assertEquals("", out.toString());
    }
  }

  @Nested
  final class RoundTrip {

    @Test
    void everyField_readsBackEqual() {
      Reading reading = everyField();
      assertEquals(reading, CorpusJson.read(CorpusJson.write(reading)));
    }

    @Test
    void organizationParties_readBackEqual() {
      assertEquals(partnership(), CorpusJson.read(PARTNERSHIP_JSON));
    }

    @Test
    void small_readsBackEqual() {
      assertEquals(small(), CorpusJson.read(SMALL_JSON));
    }

    @Test
    void emptyReading_readsBackEqual() {
      Reading empty = Reading.empty(Document.of("empty"));
      assertEquals(empty, CorpusJson.read(CorpusJson.write(empty)));
    }

    @Test
    void lines_readBackEqual() {
      List<Reading> readings = List.of(small(), everyField(), Reading.empty(Document.of("vide")));
      StringBuilder out = new StringBuilder();
      CorpusJson.writeLines(readings, out);
      assertEquals(readings, CorpusJson.readLines(new StringReader(out.toString())));
    }

    @Test
    void file_readsBackEqual(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("corpus.jsonl");
      List<Reading> readings = List.of(everyField(), small());
      CorpusJson.writeLines(readings, file);
      assertEquals(readings, CorpusJson.readLines(file));
      assertEquals(
          CorpusJson.write(everyField()) + "\n" + SMALL_JSON + "\n", Files.readString(file, UTF_8));
    }
  }

  @Nested
  final class LenientWhereDocumented {

    @Test
    void omittedOptionalValues_readAsAbsent() {
      String omitted =
          SMALL_JSON
              .replace("\"title\":null,", "")
              .replace(",\"source\":null,\"url\":null,\"language\":null", "")
              .replace("\"subject\":null,\"duration\":null,", "")
              .replace("\"span\":null,", "");
      assertEquals(small(), CorpusJson.read(omitted));
    }

    @Test
    void omittedCanonicalSystem_readsAsNone() {
      Reading reading = everyField();
      String written = CorpusJson.write(reading);
      assertTrue(written.contains("\"canonicalSystem\":\"AK-203\""), written);
      assertTrue(written.contains("\"canonicalSystem\":null,"), written);
      assertEquals(reading, CorpusJson.read(written.replace("\"canonicalSystem\":null,", "")));
    }

    @Test
    void keysInAnotherOrderAndWhitespace_readTheSame() {
      String shuffled =
          "  { \"diagnostics\": [ ], \"relations\": [ ], \"statements\": [ ], \"armsTransfers\": [ ],"
              + " \"exercises\": [ ], \"agreements\": [ ], \"actors\": [ ],"
              + " \"document\": { \"source\": \"s\", \"id\": \"x\" } }\t";
      assertEquals(
          Reading.empty(Document.of("x").withSource("s")), CorpusJson.read(shuffled));
    }

    @Test
    void setsInAnotherOrder_readTheSame() {
      assertEquals(
          small(),
          CorpusJson.read(SMALL_JSON.replace("\"parties\":[\"CHN\",\"RUS\"]", "\"parties\":[\"RUS\",\"CHN\"]")));
    }

    @Test
    void crlfLineEnds_missingFinalLineEnd_andByteOrderMark_areAccepted() {
      String text = "\uFEFF" + SMALL_JSON + "\r\n" + SMALL_JSON;
      assertEquals(List.of(small(), small()), CorpusJson.readLines(new StringReader(text)));
    }

    @Test
    void emptyInput_hasNoReadings() {
      assertEquals(ImmutableList.of(), CorpusJson.readLines(new StringReader("")));
    }

    @Test
    void fileWithByteOrderMarkAndCrlf_isAccepted(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("bom.jsonl");
      Files.writeString(file, "\uFEFF" + SMALL_JSON + "\r\n", UTF_8);
      assertEquals(List.of(small()), CorpusJson.readLines(file));
    }

    @Test
    void confidenceWrittenAsAnInteger_isANumber() {
      Reading reading = CorpusJson.read(SMALL_JSON.replace("\"confidence\":0.8", "\"confidence\":1"));
      assertEquals(1.0, reading.agreements().get(0).evidence().get(0).confidence());
    }
  }

  /** Each case: the line, the expected message and, where there is one, the expected cause. */
  @Nested
  final class Malformed {

    private CorpusJsonException fails(String line) {
      return assertThrows(CorpusJsonException.class, () -> CorpusJson.read(line));
    }

    private void failsWith(String line, String field, String message) {
      CorpusJsonException e = fails(line);
      assertEquals(message, e.getMessage());
      assertEquals(1, e.line());
      assertEquals(field, e.field());
    }

    @Test
    void badJson() {
      CorpusJsonException e = fails(SMALL_JSON.replace("\"title\":null,", "\"title\":null,,"));
      assertEquals("document.title", e.field()); // where the parser stopped
      assertEquals(
          "line 1, document.title: malformed JSON at column 44: Unexpected character (',' (code"
              + " 44)): was expecting double-quote to start field name",
          e.getMessage());
      assertInstanceOf(JacksonException.class, e.getCause());
    }

    @Test
    void truncatedLine() {
      CorpusJsonException e = fails(SMALL_JSON.substring(0, 60));
      assertEquals(
          "line 1, document.published: malformed JSON at column 61: Unexpected end-of-input: was"
              + " expecting closing quote for a string value",
          e.getMessage());
    }

    @Test
    void trailingContent() {
      // issue 11, item 14: this said "expected an object, got an object"
      failsWith(
          SMALL_JSON + " {}",
          "",
          "line 1: an object follows the object at column "
              + (SMALL_JSON.length() + 2)
              + "; a line holds one object, so put each document on its own line");
      String garbage = fails(SMALL_JSON + " ]").getMessage();
      assertTrue(
          garbage.startsWith("line 1: malformed JSON at column " + (SMALL_JSON.length() + 2) + ":"),
          garbage);
    }

    @Test
    void wrongType_stringForArray() {
      failsWith(
          SMALL_JSON.replace("\"parties\":[\"CHN\",\"RUS\"]", "\"parties\":\"CHN,RUS\""),
          "agreements[0].parties",
          "line 1, agreements[0].parties: expected an array, got a string");
    }

    @Test
    void wrongType_numberForString() {
      failsWith(
          SMALL_JSON.replace("\"title\":null", "\"title\":42"),
          "document.title",
          "line 1, document.title: expected a string, got an integer");
    }

    @Test
    void wrongType_stringForNumber_isNotCoerced() {
      failsWith(
          SMALL_JSON.replace("\"span\":[0,42]", "\"span\":[0,\"42\"]"),
          "agreements[0].evidence[0].span[1]",
          "line 1, agreements[0].evidence[0].span[1]: expected an integer, got a string");
    }

    @Test
    void wrongType_fractionForInteger_isNotTruncated() {
      failsWith(
          SMALL_JSON.replace("\"span\":[0,42]", "\"span\":[0,42.5]"),
          "agreements[0].evidence[0].span[1]",
          "line 1, agreements[0].evidence[0].span[1]: expected an integer, got a number with a"
              + " fraction");
    }

    @Test
    void wrongType_inAnActor() {
      failsWith(
          SMALL_JSON.replace("\"code\":\"CHN\"", "\"code\":[\"CHN\"]"),
          "actors[1].code",
          "line 1, actors[1].code: expected a string, got an array");
    }

    @Test
    void wrongType_wholeLineIsAnArray() {
      failsWith("[" + SMALL_JSON + "]", "", "line 1: expected an object, got an array");
    }

    @Test
    void nullLine() {
      failsWith("null", "", "line 1: expected an object, got null");
    }

    @Test
    void unknownEnumValue() {
      failsWith(
          SMALL_JSON.replace("\"domains\":[\"MILITARY\"]", "\"domains\":[\"MILITARY\",\"NAVAL\"]"),
          "agreements[0].domains[1]",
          "line 1, agreements[0].domains[1]: unknown value \"NAVAL\"; expected one of MILITARY,"
              + " SECURITY, NUCLEAR, ENERGY, ECONOMIC, DIPLOMATIC, HUMANITARIAN, CULTURAL,"
              + " SCIENTIFIC");
    }

    @Test
    void lowerCaseEnumValue() {
      failsWith(
          SMALL_JSON.replace("\"status\":\"SIGNED\"", "\"status\":\"signed\""),
          "agreements[0].status",
          "line 1, agreements[0].status: unknown value \"signed\"; expected one of PROPOSED,"
              + " NEGOTIATING, AGREED, SIGNED, RATIFIED, IN_FORCE, SUSPENDED, TERMINATED");
    }

    @Test
    void unknownActorKind() {
      failsWith(
          SMALL_JSON.replace("\"kind\":\"STATE\",\"code\":\"CHN\"", "\"kind\":\"NATION\",\"code\":\"CHN\""),
          "actors[1].kind",
          "line 1, actors[1].kind: unknown value \"NATION\"; expected one of STATE, PERSON,"
              + " ORGANIZATION");
    }

    @Test
    void unknownCountry() {
      CorpusJsonException e =
          fails(SMALL_JSON.replace("\"parties\":[\"CHN\",\"RUS\"]", "\"parties\":[\"CHN\",\"RUZ\"]"));
      assertEquals(
          "line 1, agreements[0].parties[1]: unknown alpha-3 country code \"RUZ\"; codes are ISO"
              + " 3166-1, upper case",
          e.getMessage());
      assertEquals("unknown alpha-3 country code \"RUZ\"; codes are ISO 3166-1, upper case", e.reason());
    }

    @Test
    void alpha2CountryCode() {
      failsWith(
          SMALL_JSON.replace("\"code\":\"RUS\"", "\"code\":\"RU\""),
          "actors[0].code",
          "line 1, actors[0].code: unknown alpha-3 country code \"RU\"; codes are ISO 3166-1, upper"
              + " case");
    }

    @Test
    void badDate() {
      failsWith(
          SMALL_JSON.replace("\"date\":\"2021-12\"", "\"date\":\"2021-13\""),
          "agreements[0].date",
          "line 1, agreements[0].date: no month 13 in partial date \"2021-13\"; months run from 01"
              + " to 12");
      failsWith(
          SMALL_JSON.replace("\"published\":\"2021-12-06\"", "\"published\":\"06/12/2021\""),
          "document.published",
          "line 1, document.published: malformed partial date \"06/12/2021\"; expected yyyy,"
              + " yyyy-MM or yyyy-MM-dd");
    }

    @Test
    void badDuration() {
      failsWith(
          SMALL_JSON.replace("\"duration\":null", "\"duration\":\"20 ans\""),
          "agreements[0].duration",
          "line 1, agreements[0].duration: malformed duration \"20 ans\"; expected an ISO-8601"
              + " period such as P20Y or P1Y6M");
    }

    @Test
    void missingId() {
      failsWith(
          SMALL_JSON.replace("\"id\":\"agr-522f082287953479\",", ""),
          "agreements[0].id",
          "line 1, agreements[0].id: required, but missing or null");
    }

    @Test
    void nullDocumentId() {
      failsWith(
          SMALL_JSON.replace("\"id\":\"001_small\"", "\"id\":null"),
          "document.id",
          "line 1, document.id: required, but missing or null");
    }

    @Test
    void missingArray() {
      failsWith(
          SMALL_JSON.replace("\"exercises\":[],", ""),
          "exercises",
          "line 1, exercises: required, but missing or null");
    }

    @Test
    void nullArrayElement() {
      failsWith(
          SMALL_JSON.replace("\"domains\":[\"MILITARY\"]", "\"domains\":[\"MILITARY\",null]"),
          "agreements[0].domains[1]",
          "line 1, agreements[0].domains[1]: required, but missing or null");
    }

    @Test
    void repeatedSetValue() {
      failsWith(
          SMALL_JSON.replace("\"parties\":[\"CHN\",\"RUS\"]", "\"parties\":[\"CHN\",\"RUS\",\"CHN\"]"),
          "agreements[0].parties[2]",
          "line 1, agreements[0].parties[2]: \"CHN\" is listed twice; a set lists each value once");
    }

    @Test
    void missingOrganizations() {
      failsWith(
          SMALL_JSON.replace("\"organizations\":[],", ""),
          "agreements[0].organizations",
          "line 1, agreements[0].organizations: required, but missing or null");
    }

    @Test
    void organizationOfUnknownCountry() {
      int agreements = PARTNERSHIP_JSON.indexOf("\"agreements\"");
      failsWith(
          PARTNERSHIP_JSON.substring(0, agreements)
              + PARTNERSHIP_JSON
                  .substring(agreements)
                  .replace("\"country\":null", "\"country\":\"EUR\""),
          "agreements[0].organizations[0].country",
          "line 1, agreements[0].organizations[0].country: unknown alpha-3 country code \"EUR\";"
              + " codes are ISO 3166-1, upper case");
    }

    @Test
    void organizationWithoutName() {
      failsWith(
          PARTNERSHIP_JSON.replace(
              "\"organizations\":[{\"name\":\"Union européenne\",", "\"organizations\":[{"),
          "agreements[0].organizations[0].name",
          "line 1, agreements[0].organizations[0].name: required, but missing or null");
    }

    @Test
    void organizationWithAKind_isAnUnknownField() {
      failsWith(
          PARTNERSHIP_JSON.replace(
              "\"organizations\":[{\"name\"", "\"organizations\":[{\"kind\":\"ORGANIZATION\",\"name\""),
          "agreements[0].organizations[0].kind",
          "line 1, agreements[0].organizations[0].kind: unknown field \"kind\"; expected one of"
              + " acronym, aliases, country, name");
    }

    @Test
    void organizationListedTwice() {
      String eu =
          "{\"name\":\"Union européenne\",\"acronym\":\"UE\",\"country\":null,\"aliases\":[\"EU\"]}";
      failsWith(
          PARTNERSHIP_JSON.replace("\"organizations\":[" + eu + "]", "\"organizations\":[" + eu + "," + eu + "]"),
          "agreements[0].organizations[1]",
          "line 1, agreements[0].organizations[1]: \"Union européenne\" is listed twice; a set lists"
              + " each value once");
    }

    @Test
    void organizationsOfAnExercise_wrongType() {
      Reading reading = everyField();
      String line = CorpusJson.write(reading);
      failsWith(
          line.replace("\"participants\":[\"CHN\",\"RUS\"],\"organizations\":[]", "\"participants\":[\"CHN\",\"RUS\"],\"organizations\":\"OCS\""),
          "exercises[0].organizations",
          "line 1, exercises[0].organizations: expected an array, got a string");
    }

    @Test
    void oneStateAndNoOrganization_theModelRejects() {
      failsWith(
          PARTNERSHIP_JSON.replaceAll("\"organizations\":\\[\\{.*?\\}\\]", "\"organizations\":[]"),
          "agreements[0]",
          "line 1, agreements[0]: an agreement needs at least two parties, got [INDIA]");
    }

    @Test
    void tamperedId() {
      CorpusJsonException e =
          fails(SMALL_JSON.replace("\"id\":\"agr-522f082287953479\"", "\"id\":\"agr-0000000000000000\""));
      assertEquals(
          "line 1, agreements[0].id: \"agr-0000000000000000\" does not match the content, which"
              + " derives \"agr-522f082287953479\"; derived values cannot be edited by hand",
          e.getMessage());
    }

    @Test
    void contentEditedButIdKept() {
      failsWith(
          SMALL_JSON.replace("\"status\":\"SIGNED\"", "\"status\":\"IN_FORCE\""),
          "agreements[0].id",
          "line 1, agreements[0].id: \"agr-522f082287953479\" does not match the content, which"
              + " derives \""
              + small().agreements().get(0).toBuilder().status(AgreementStatus.IN_FORCE).build().id()
              + "\"; derived values cannot be edited by hand");
    }

    @Test
    void tamperedStateName() {
      failsWith(
          SMALL_JSON.replace("\"name\":\"Chine\"", "\"name\":\"Taïwan\""),
          "actors[1].name",
          "line 1, actors[1].name: \"Taïwan\" does not match the content, which derives \"Chine\";"
              + " derived values cannot be edited by hand");
    }

    @Test
    void tamperedRelations_domain() {
      failsWith(
          SMALL_JSON.replace("\"domain\":\"MILITARY\"", "\"domain\":\"ECONOMIC\""),
          "relations[0]",
          "line 1, relations[0]: CHN-RUS ECONOMIC [agr-522f082287953479] does not match the"
              + " relations the facts derive, where this one is CHN-RUS MILITARY"
              + " [agr-522f082287953479]; relations are derived and cannot be edited by hand");
    }

    @Test
    void tamperedRelations_missing() {
      failsWith(
          SMALL_JSON.replaceAll("\"relations\":\\[.*?\\]\\}\\]", "\"relations\":[]"),
          "relations",
          "line 1, relations: the facts derive more (pair, domain, fact) links than the 0 the"
              + " relations list; relations are derived and cannot be edited by hand");
    }

    @Test
    void tamperedRelations_extra() {
      failsWith(
          SMALL_JSON.replace(
              "\"facts\":[\"agr-522f082287953479\"]}]",
              "\"facts\":[\"agr-522f082287953479\"]},"
                  + "{\"between\":[\"IND\",\"RUS\"],\"domain\":\"MILITARY\",\"facts\":[]}]"),
          "relations[1]",
          "line 1, relations[1]: IND-RUS MILITARY [] is not derived from the facts, which derive 1"
              + " relations; relations are derived and cannot be edited by hand");
    }

    @Test
    void unknownField() {
      CorpusJsonException e = fails(SMALL_JSON.replace("\"title\":null", "\"titre\":null"));
      assertEquals(
          "line 1, document.titre: unknown field \"titre\"; expected one of id, language, published,"
              + " source, title, url",
          e.getMessage());
      assertInstanceOf(JacksonException.class, e.getCause());
    }

    @Test
    void fieldOfAnotherActorKind() {
      failsWith(
          SMALL_JSON.replace("\"code\":\"CHN\"", "\"code\":\"CHN\",\"role\":\"voisin\""),
          "actors[1].role",
          "line 1, actors[1].role: unknown field \"role\"; expected one of code, kind, name");
    }

    @Test
    void duplicateKey() {
      failsWith(
          SMALL_JSON.replace("\"title\":null", "\"title\":null,\"title\":\"bis\""),
          "document.title",
          "line 1, document.title: malformed JSON at column 51: Duplicate field 'title'");
    }

    @Test
    void valueTheModelRejects() {
      CorpusJsonException e =
          fails(SMALL_JSON.replace("\"parties\":[\"CHN\",\"RUS\"]", "\"parties\":[\"CHN\"]"));
      assertEquals(
          "line 1, agreements[0]: an agreement needs at least two parties, got [CHINA]",
          e.getMessage());
      assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    @Test
    void evidenceFromAnotherDocument() {
      failsWith(
          SMALL_JSON.replace("{\"document\":\"001_small\"", "{\"document\":\"002_other\""),
          "agreements[0].evidence[0].document",
          "line 1, agreements[0].evidence[0].document: fact agr-522f082287953479 of document"
              + " 001_small has evidence from document 002_other");
    }

    @Test
    void actorListedTwice() {
      failsWith(
          SMALL_JSON.replace(
              "{\"kind\":\"STATE\",\"code\":\"CHN\",\"name\":\"Chine\"}",
              "{\"kind\":\"STATE\",\"code\":\"RUS\",\"name\":\"Russie\"}"),
          "actors[1]",
          "line 1, actors[1]: actors of 001_small are listed more than once");
    }

    @Test
    void nesting10000Deep() {
      String deep = "[".repeat(10_000) + "]".repeat(10_000);
      CorpusJsonException e =
          fails(SMALL_JSON.replace("\"name\":\"Chine\"", "\"name\":" + deep));
      assertEquals("actors[1]", e.field());
      assertEquals(
          "line 1, actors[1]: refused, beyond a safety limit: Document nesting depth (65) exceeds"
              + " the maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)",
          e.getMessage());
      assertInstanceOf(JacksonException.class, e.getCause());
    }

    @Test
    void nesting10000Deep_whereAStringIsExpected_failsOnTheType() {
      String deep = "[".repeat(10_000) + "]".repeat(10_000);
      failsWith(
          SMALL_JSON.replace("\"title\":null", "\"title\":" + deep),
          "document.title",
          "line 1, document.title: expected a string, got an array");
    }

    @Test
    void string20MegabytesLong() {
      String huge = "x".repeat(20 * 1024 * 1024);
      CorpusJsonException e =
          fails(SMALL_JSON.replace("\"title\":null", "\"title\":\"" + huge + "\""));
      assertEquals("document.title", e.field());
      assertEquals(
          "refused, beyond a safety limit: String value length",
          e.reason().substring(0, "refused, beyond a safety limit: String value length".length()));
      assertInstanceOf(JacksonException.class, e.getCause());
    }

    @Test
    void lineLongerThanTheLimit_isRefusedUnread() {
      String huge = " ".repeat(JsonCodec.MAX_LINE_LENGTH) + SMALL_JSON;
      CorpusJsonException e =
          assertThrows(
              CorpusJsonException.class,
              () -> CorpusJson.readLines(new StringReader(SMALL_JSON + "\n" + huge)));
      assertEquals(
          "line 2: line longer than 33554432 characters, the limit; refused unread",
          e.getMessage());
    }

    @Test
    void blankLine() {
      failsWith(" ", "", "line 1: blank line; JSON Lines holds one object per line");
    }
  }

  @Nested
  final class Lines {

    @Test
    void errorNamesTheLine() {
      String bad = SMALL_JSON.replace("\"parties\":[\"CHN\",\"RUS\"]", "\"parties\":[\"CHN\",\"RUZ\"]");
      String text = SMALL_JSON + "\n" + SMALL_JSON + "\n" + bad + "\n" + SMALL_JSON + "\n";
      CorpusJsonException e =
          assertThrows(CorpusJsonException.class, () -> CorpusJson.readLines(new StringReader(text)));
      assertEquals(
          "line 3, agreements[0].parties[1]: unknown alpha-3 country code \"RUZ\"; codes are ISO"
              + " 3166-1, upper case",
          e.getMessage());
      assertEquals(3, e.line());
      assertEquals("agreements[0].parties[1]", e.field());
      assertEquals(Optional.empty(), e.file());
    }

    @Test
    void blankLineInTheMiddle_isAnError() {
      String text = SMALL_JSON + "\n\n" + SMALL_JSON + "\n";
      CorpusJsonException e =
          assertThrows(CorpusJsonException.class, () -> CorpusJson.readLines(new StringReader(text)));
      assertEquals("line 2: blank line; JSON Lines holds one object per line", e.getMessage());
    }

    @Test
    void errorInAFile_namesTheFileAndLine(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("corpus.jsonl");
      Files.writeString(
          file, SMALL_JSON + "\n" + SMALL_JSON.replace("\"2021-12\"", "\"2021-12-32\"") + "\n", UTF_8);
      CorpusJsonException e = assertThrows(CorpusJsonException.class, () -> CorpusJson.readLines(file));
      assertEquals(Optional.of(file), e.file());
      assertEquals(2, e.line());
      assertEquals(
          file
              + ", line 2, agreements[0].date: no such day 2021-12-32: Invalid value for DayOfMonth"
              + " (valid values 1 - 28/31): 32",
          e.getMessage());
    }

    @Test
    void invalidUtf8InAFile_namesItsLine(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("latin1.jsonl");
      byte[] good = (SMALL_JSON + "\n").getBytes(UTF_8);
      byte[] bad = "{\"document\":{\"id\":\"caf\u00e9\"}}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      byte[] all = new byte[good.length * 2 + bad.length];
      System.arraycopy(good, 0, all, 0, good.length);
      System.arraycopy(good, 0, all, good.length, good.length);
      System.arraycopy(bad, 0, all, 2 * good.length, bad.length);
      Files.write(file, all);
      CorpusJsonException e = assertThrows(CorpusJsonException.class, () -> CorpusJson.readLines(file));
      assertEquals(file + ", line 3: not valid UTF-8; JSON Lines files are UTF-8", e.getMessage());
    }

    @Test
    void missingFile_isAnIOException(@TempDir Path dir) {
      assertThrows(IOException.class, () -> CorpusJson.readLines(dir.resolve("absent.jsonl")));
    }
  }

  @Nested
  final class CallerMistakes {

    @Test
    void nulls_throwNamingTheParameter() {
      assertEquals(
          "reading", assertThrows(NullPointerException.class, () -> CorpusJson.write(null)).getMessage());
      assertEquals(
          "line", assertThrows(NullPointerException.class, () -> CorpusJson.read(null)).getMessage());
      assertEquals(
          "in",
          assertThrows(NullPointerException.class, () -> CorpusJson.readLines((java.io.Reader) null))
              .getMessage());
      assertEquals(
          "out",
          assertThrows(
                  NullPointerException.class,
                  () -> CorpusJson.writeLines(List.of(), (Appendable) null))
              .getMessage());
    }
  }
}
