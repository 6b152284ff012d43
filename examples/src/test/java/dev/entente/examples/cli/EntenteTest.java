package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.entente.json.CorpusJson;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.Document;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Organization;
import dev.entente.model.Reading;
import dev.entente.model.Span;
import dev.entente.model.State;
import dev.entente.seeds.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EntenteTest {

  /** What one run printed, and its exit code. */
  record Run(int code, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\r?\n"));
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Entente.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  private static final String ARTICLE =
      "Moscou, 3 mars 2021 –\n"
          + "La Russie a livré des systèmes S-400 à l'Inde, a annoncé le ministère indien de la"
          + " Défense.\n";

  private static Path article(Path folder, String name) throws IOException {
    return Files.writeString(folder.resolve(name), ARTICLE, UTF_8);
  }

  private static Path binary(Path folder, String name) throws IOException {
    return Files.write(folder.resolve(name), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1});
  }

  @Nested
  final class Extract {

    @Test
    void folderWithAnArchiveNamedTxt_skipsIt_namingIt_exits0(@TempDir Path dir) throws IOException {
      article(dir, "bon.txt");
      Path zip = binary(dir, "image.txt");

      Run run = run("extract", dir.toString());

      assertEquals(0, run.code(), run.err());
      assertTrue(run.err().contains(zip + ": not an article but a ZIP archive"), run.err());
      assertTrue(run.err().contains("skipped 1 file"), run.err());
      assertEquals(1, run.outLines().size(), run.out());
    }

    @Test
    void jsonl_seeds_fiveLinesThatReadBackAsTheSeedReadings() {
      Run run = run("extract");

      assertEquals(0, run.code(), run.err());
      assertEquals("", run.err());
      assertEquals(5, run.outLines().size());
      assertTrue(run.out().endsWith("}\n"), "every line ends with \\n, the last included");
      ImmutableList<Reading> back = CorpusJson.readLines(new StringReader(run.out()));
      assertEquals(ids(Seeds.readings()), ids(back));
      assertEquals(Seeds.readings(), back);
    }

    @Test
    void jsonl_isTheDefaultFormat() {
      assertEquals(run("extract").out(), run("extract", "--format", "jsonl").out());
      assertEquals(run("extract").out(), run("extract", "--format=JSONL").out());
    }

    @Test
    void json_oneArrayOfTheSameObjects() throws IOException {
      Run run = run("extract", "--format", "json");

      assertEquals(0, run.code(), run.err());
      JsonNode array = new ObjectMapper().readTree(run.out());
      assertTrue(array.isArray(), run.out());
      List<Reading> back = new ArrayList<>();
      array.forEach(node -> back.add(CorpusJson.read(node.toString())));
      assertEquals(Seeds.readings(), back);
    }

    @Test
    void csv_needsAFolder() {
      Run run = run("extract", "--format", "csv");
      assertEquals(2, run.code());
      assertTrue(run.err().contains("--out DIR"), run.err());
    }

    @Test
    void folderWithAGoodAndABinaryFile_readsTheGoodOne_namesTheBinaryOne_exits1(@TempDir Path dir)
        throws IOException {
      article(dir, "bon.txt");
      Path bad = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 0, 1});

      Run run = run("extract", dir.toString());

      assertEquals(1, run.code(), run.err());
      assertTrue(run.err().contains(bad.toString()), run.err());
      assertEquals(1, run.outLines().size(), run.out());
      assertEquals("bon", CorpusJson.read(run.outLines().get(0)).id());
    }

    @Test
    void onlyABinaryFile_printsNothing_exits3(@TempDir Path dir) throws IOException {
      Path bad = binary(dir, "image.txt");

      Run run = run("extract", bad.toString());

      assertEquals(3, run.code());
      assertEquals("", run.out());
      assertTrue(run.err().contains(bad.toString()), run.err());
    }

    @Test
    void missingPath_isNamed_andTheOthersAreRead(@TempDir Path dir) throws IOException {
      Path good = article(dir, "bon.txt");
      Path missing = dir.resolve("absent.txt");

      Run run = run("extract", missing.toString(), good.toString());

      assertEquals(1, run.code());
      assertTrue(run.err().contains(missing + ": no such file or folder"), run.err());
      assertEquals(1, run.outLines().size());
    }

    @Test
    void emptyFolder_nothingToRead_exits3(@TempDir Path dir) {
      Run run = run("extract", dir.toString());

      assertEquals(3, run.code());
      assertEquals("", run.out());
      assertTrue(run.err().contains("nothing to read"), run.err());
    }

    @Test
    void jsonlFile_isReadBack(@TempDir Path dir) throws IOException {
      Path jsonl = Files.writeString(dir.resolve("seeds.jsonl"), run("extract").out(), UTF_8);

      Run run = run("extract", jsonl.toString());

      assertEquals(0, run.code(), run.err());
      assertEquals(run("extract").out(), run.out());
    }

    @Test
    void malformedJsonl_namesTheFileAndLine(@TempDir Path dir) throws IOException {
      Path jsonl = Files.writeString(dir.resolve("bad.jsonl"), "{\"document\": 1}\n", UTF_8);

      Run run = run("extract", jsonl.toString());

      assertEquals(3, run.code());
      assertTrue(run.err().contains(jsonl + ", line 1"), run.err());
    }

    @Test
    void sameIdTwice_secondFileIsLeftOut(@TempDir Path dir) throws IOException {
      Path a = Files.createDirectories(dir.resolve("a"));
      Path b = Files.createDirectories(dir.resolve("b"));
      article(a, "same.txt");
      Path second = article(b, "same.txt");

      Run run = run("extract", a.toString(), b.toString());

      assertEquals(1, run.code());
      assertEquals(1, run.outLines().size());
      assertTrue(run.err().contains(second + ": document id \"same\""), run.err());
    }

    @Test
    void progress_onlyWhenAsked(@TempDir Path dir) throws IOException {
      article(dir, "a.txt");
      article(dir, "b.txt");
      article(dir, "c.txt");

      assertTrue(run("extract", "--progress", dir.toString()).err().contains("read 3/3 files"));
      assertEquals("", run("extract", dir.toString()).err());
      assertEquals("", run("extract", "--no-progress", dir.toString()).err());
    }

    @Test
    void closedStandardOutput_exits3() {
      OutputStream broken =
          new OutputStream() {
            @Override
            public void write(int b) throws IOException {
              throw new IOException("broken pipe");
            }
          };
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int code =
          Entente.run(
              new String[] {"extract"},
              new PrintStream(broken, true, UTF_8),
              new PrintStream(err, true, UTF_8));

      assertEquals(3, code);
      assertTrue(err.toString(UTF_8).contains("cannot write to standard output"));
    }
  }

  @Nested
  final class Query {

    @Test
    void relations_betweenRussiaAndChina_military() {
      Run run = run("query", "relations", "--between", "RUS", "CHN", "--domain", "MILITARY");

      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("CHN"), run.out());
      assertTrue(run.out().contains("RUS"), run.out());
      assertTrue(run.out().contains("MILITARY"), run.out());
      assertEquals(List.of("PAIR", "DOMAIN", "FACTS", "YEARS"), words(run.outLines().get(0)));
      assertEquals(2, run.outLines().size(), run.out());
      assertEquals("CHN-RUS", words(run.outLines().get(1)).get(0));
    }

    @Test
    void relations_lowerCaseCodesAndDomains_areAccepted() {
      assertEquals(
          run("query", "relations", "--between", "RUS", "CHN", "--domain", "MILITARY").out(),
          run("query", "relations", "--between", "chn", "rus", "--domain", "military").out());
    }

    @Test
    void agreements_ofIranSigned() {
      Run run = run("query", "agreements", "--party", "IRN", "--status", "SIGNED");

      assertEquals(0, run.code(), run.err());
      assertTrue(run.outLines().size() >= 2, run.out());
      for (String row : run.outLines().subList(1, run.outLines().size())) {
        assertTrue(row.contains("IRN") && row.contains("SIGNED"), row);
      }
    }

    @Test
    void transfers_fromRussiaToIndia() {
      Run run = run("query", "transfers", "--from", "RUS", "--to", "IND");

      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("AK-203"), run.out());
      for (String row : run.outLines().subList(1, run.outLines().size())) {
        assertEquals(List.of("RUS", "IND"), words(row).subList(1, 3), row);
      }
    }

    @Test
    void exercises_ofPakistanIn2017() {
      Run run = run("query", "exercises", "--involving", "PAK", "--year", "2017");

      assertEquals(0, run.code(), run.err());
      assertEquals(2, run.outLines().size(), run.out());
      assertTrue(run.outLines().get(1).contains("PAK"), run.out());
      assertTrue(run.outLines().get(1).contains("2017"), run.out());
    }

    @Test
    void statements_byRussia_everySpeakerIsRussian() {
      Run run = run("query", "statements", "--by", "RUS");

      assertEquals(0, run.code(), run.err());
      List<String> lines = run.outLines();
      int stateColumn = lines.get(0).indexOf("STATE");
      assertTrue(lines.size() > 1, run.out());
      for (String row : lines.subList(1, lines.size())) {
        assertEquals("RUS", row.substring(stateColumn, stateColumn + 3), row);
      }
    }

    @Test
    void statements_ofAnOrganization_byAnAlias() {
      Run run = run("query", "statements", "--organization", "conseil de securite russe");

      assertEquals(0, run.code(), run.err());
      List<String> lines = run.outLines();
      assertTrue(lines.size() > 1, run.out());
      for (String row : lines.subList(1, lines.size())) {
        assertTrue(row.contains("Conseil de sécurité de la Fédération"), row); // cut to fit
      }
    }

    @Test
    void agreements_ofAnOrganization_showItAfterTheStates(@TempDir Path dir) throws IOException {
      Organization eu = Organization.of("Union européenne").withAcronym("UE");
      String sentence = "L'Union européenne et l'Inde ont signé un partenariat.";
      Agreement partnership =
          Agreement.builder()
              .parties(Country.INDIA)
              .organizations(eu)
              .kind(AgreementKind.ACCORD)
              .domains(Domain.ECONOMIC)
              .status(AgreementStatus.SIGNED)
              .evidence(Evidence.of("ue", Span.of(0, sentence.length()), sentence, "Hand"))
              .build();
      Path file = dir.resolve("ue.jsonl");
      CorpusJson.writeLines(
          List.of(
              Reading.builder(Document.of("ue"))
                  .actors(State.of(Country.INDIA), eu)
                  .agreements(partnership)
                  .build()),
          file);

      Run run = run("query", "agreements", "--organization", "ue", file.toString());

      assertEquals(0, run.code(), run.err());
      assertEquals(2, run.outLines().size(), run.out());
      assertEquals(
          List.of(partnership.id(), "IND", "UE", "ACCORD"),
          words(run.outLines().get(1)).subList(0, 4));
      assertEquals(
          "entente: no agreements match agreements().involvingOrganization(\"OCS\")\n",
          run("query", "agreements", "--organization", "OCS", file.toString()).err());
    }

    @Test
    void blankOrganization_exits2_namingTheFix() {
      Run run = run("query", "exercises", "--organization", " ");

      assertEquals(2, run.code());
      assertEquals(
          "entente: --organization needs a name or acronym, such as OCS\n"
              + "Run 'entente query exercises --help' for usage.\n",
          run.err());
    }

    @Test
    void transfers_takeNoOrganization() {
      Run run = run("query", "transfers", "--organization", "OCS");

      assertEquals(2, run.code());
      assertTrue(run.err().contains("unknown option \"--organization\""), run.err());
    }

    @Test
    void noMatch_printsTheHeader_andSaysSoOnStderr() {
      Run run = run("query", "transfers", "--from", "FRA");

      assertEquals(0, run.code());
      assertEquals(1, run.outLines().size(), run.out());
      assertTrue(run.err().contains("no transfers match armsTransfers().from("), run.err());
    }

    @Test
    void badCountryCode_exits2_namingTheValueAndTheFix() {
      Run run = run("query", "relations", "--between", "RUZ", "CHN");

      assertEquals(2, run.code());
      assertEquals("", run.out());
      assertTrue(run.err().contains("\"RUZ\""), run.err());
      assertTrue(run.err().contains("--between"), run.err());
      assertTrue(run.err().contains("alpha-3"), run.err());
      assertTrue(run.err().contains("entente query relations --help"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RU", "Russie", "russia"})
    void countryGivenAnotherWay_suggestsTheCode(String value) {
      Run run = run("query", "transfers", "--from", value);

      assertEquals(2, run.code());
      assertTrue(run.err().contains("did you mean RUS"), run.err());
    }

    @Test
    void samePairTwice_exits2() {
      Run run = run("query", "relations", "--between", "RUS", "rus");

      assertEquals(2, run.code());
      assertTrue(run.err().contains("two different states"), run.err());
    }

    @Test
    void badDomain_listsTheDomains() {
      Run run = run("query", "relations", "--domain", "MILITARI");

      assertEquals(2, run.code());
      assertTrue(run.err().contains("\"MILITARI\""), run.err());
      assertTrue(run.err().contains("MILITARY, SECURITY"), run.err());
    }

    @Test
    void badYear_exits2() {
      Run run = run("query", "exercises", "--year", "deux-mille");

      assertEquals(2, run.code());
      assertTrue(run.err().contains("\"deux-mille\""), run.err());
    }

    @Test
    void unknownKind_exits2() {
      Run run = run("query", "weapons");

      assertEquals(2, run.code());
      assertTrue(run.err().contains("\"weapons\""), run.err());
    }

    @Test
    void pathsComeAfterTheOptions(@TempDir Path dir) throws IOException {
      article(dir, "s400.txt");

      Run run = run("query", "transfers", "--to", "IND", dir.toString());

      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("S-400"), run.out());
    }
  }

  @Test
  void stats_countsByPairDomainAndKind() {
    Run run = run("stats");

    assertEquals(0, run.code(), run.err());
    assertTrue(run.outLines().get(0).startsWith("5 documents, "), run.out());
    for (String header : List.of("PAIR RELATIONS FACTS", "DOMAIN RELATIONS FACTS", "KIND FACTS")) {
      assertTrue(
          run.outLines().stream().anyMatch(l -> String.join(" ", words(l)).equals(header)),
          header + " in\n" + run.out());
    }
    for (String kind : List.of("AGREEMENT", "EXERCISE", "TRANSFER", "STATEMENT")) {
      assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith(kind + " ")), kind);
    }
  }

  @Nested
  final class Help {

    @Test
    void tool_listsCommandsAndExitCodes() {
      Run run = run("--help");

      assertEquals(0, run.code());
      assertEquals("", run.err());
      for (String text :
          List.of("extract", "query", "stats", "Exit codes:", "0  success", "1  some files",
              "2  usage error", "3  nothing could be read")) {
        assertTrue(run.out().contains(text), text);
      }
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "extract", "query", "stats", "query relations", "query agreements", "query transfers",
          "query exercises", "query statements"
        })
    void eachCommand_hasAHelp(String command) {
      List<String> words = new ArrayList<>(List.of(command.split(" ")));
      words.add("--help");

      Run run = run(words.toArray(String[]::new));

      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().startsWith("Usage: entente " + command + " "), run.out());
      assertTrue(run.out().contains("Exit codes:"), run.out());
      assertEquals(run.out(), run(("help " + command).split(" ")).out());
    }

    @Test
    void helpWins_overOtherMistakes() {
      assertEquals(0, run("query", "relations", "--between", "RUZ", "--help").code());
    }

    @Test
    void version() {
      Run run = run("--version");

      assertEquals(0, run.code());
      assertTrue(run.out().startsWith("entente "), run.out());
    }
  }

  @Nested
  final class Usage {

    @Test
    void noCommand_exits2() {
      Run run = run();

      assertEquals(2, run.code());
      assertTrue(run.err().contains("no command given"), run.err());
    }

    @Test
    void unknownCommand_exits2() {
      Run run = run("frobnicate");

      assertEquals(2, run.code());
      assertTrue(run.err().contains("\"frobnicate\""), run.err());
    }

    @Test
    void unknownOption_exits2_namingIt() {
      Run run = run("extract", "--fromat", "csv");

      assertEquals(2, run.code());
      assertEquals("", run.out());
      assertTrue(run.err().contains("\"--fromat\""), run.err());
      assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void badFormat_exits2() {
      Run run = run("extract", "--format", "xml");

      assertEquals(2, run.code());
      assertTrue(run.err().contains("\"xml\""), run.err());
      assertTrue(run.err().contains("jsonl, json, csv"), run.err());
    }

    @Test
    void missingValue_exits2() {
      Run run = run("query", "relations", "--between", "RUS");

      assertEquals(2, run.code());
      assertTrue(run.err().contains("--between STATE STATE"), run.err());
    }

    @Test
    void optionTwice_exits2() {
      Run run = run("query", "transfers", "--from", "RUS", "--from", "CHN");

      assertEquals(2, run.code());
      assertTrue(run.err().contains("--from is given twice"), run.err());
    }

    @Test
    void progressAndNoProgress_exits2() {
      assertEquals(2, run("stats", "--progress", "--no-progress").code());
    }
  }

  private static List<String> ids(List<Reading> readings) {
    return readings.stream().map(Reading::id).toList();
  }

  private static List<String> words(String line) {
    return List.of(line.strip().split("\\s+"));
  }
}
