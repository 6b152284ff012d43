package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiagnosticCode;
import dev.entente.model.Reading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Example-based tests of what {@link Parser} reports beside the facts. */
final class ParserTest {

  private static final Parser PARSER = Parser.defaultFrench();

  @Test
  void controlCharactersAreReplacedAndReported() {
    Reading reading = PARSER.parse("a", "La Russie\u0007 a livré des S-400 à l'Inde.");
    assertTrue(
        reading.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.INVALID_CHARACTERS_REPLACED),
        reading.diagnostics().toString());
    assertEquals(1, reading.armsTransfers().size());
  }

  @Test
  void cleanTextReportsNoReplacement() {
    Reading reading = PARSER.parse("a", "La Russie a livré des S-400 à l'Inde.");
    assertEquals(
        List.of(),
        reading.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.INVALID_CHARACTERS_REPLACED).toList());
  }

  @Test
  void upperCaseTxtFilesAreArticlesToo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("DEPECHE.TXT"), "La Russie a livré des S-400 à l'Inde.", StandardCharsets.UTF_8);
    ParsedFiles files = PARSER.parseFiles(dir);
    assertEquals(1, files.filesSeen());
    assertEquals(Optional.of("DEPECHE"), files.corpus().documents().stream().map(d -> d.id()).findFirst());
  }

  @Test
  void aDatelineAgencyIsAnOrganizationOfTheArticle() {
    Reading reading = PARSER.parse("a", "HANOÏ (AFP) – Le Vietnam et la Russie ont signé un accord de défense.");
    assertEquals(Optional.of("AFP"), reading.document().source());
    assertTrue(reading.organizations().stream().anyMatch(o -> o.acronym().equals(Optional.of("AFP"))), reading.actors().toString());
  }
}
