package dev.entente.json;

import static dev.entente.json.CorpusJsonTest.SMALL_JSON;
import static dev.entente.json.CorpusJsonTest.small;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Country;
import dev.entente.model.Document;
import dev.entente.model.Evidence;
import dev.entente.model.JointExercise;
import dev.entente.model.Reading;
import dev.entente.model.Span;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON side of issue 11: hostile lines, values that would change, files half written. */
final class CorpusJsonHostileTest {

  private static CorpusJsonException fails(String line) {
    return assertThrows(CorpusJsonException.class, () -> CorpusJson.read(line));
  }

  private static void failsWith(String line, String field, String message) {
    CorpusJsonException e = fails(line);
    assertEquals(message, e.getMessage());
    assertEquals(field, e.field());
  }

  @Nested
  final class LinearWork { // item 4

    /** 200 exercises each among all 249 states, and no relation: 348 KB that derive 6 million links. */
    @Test
    void exercisesAmongEveryState_withoutTheirRelations_areRefusedWithoutDerivingThem() {
      String codes =
          Arrays.stream(Country.values()).map(c -> "\"" + c.alpha3() + "\"").collect(Collectors.joining(","));
      StringBuilder exercises = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        String sentence = "Exercice " + i + ".";
        Evidence evidence = Evidence.of("d", Span.of(0, sentence.length()), sentence, "ExerciseRule");
        JointExercise exercise =
            JointExercise.builder()
                .name("E" + i)
                .participants(Arrays.asList(Country.values()))
                .evidence(evidence)
                .build();
        exercises
            .append(i == 0 ? "" : ",")
            .append("{\"id\":\"")
            .append(exercise.id())
            .append("\",\"name\":\"E")
            .append(i)
            .append("\",\"participants\":[")
            .append(codes)
            .append("],\"organizations\":[],\"domains\":[\"MILITARY\"],\"location\":null,\"start\":null,\"end\":null,")
            .append("\"forces\":null,\"evidence\":[{\"document\":\"d\",\"span\":[0,")
            .append(sentence.length())
            .append("],\"sentence\":\"")
            .append(sentence)
            .append("\",\"rule\":\"ExerciseRule\",\"confidence\":1.0}]}");
      }
      String line =
          "{\"document\":{\"id\":\"d\",\"title\":null,\"published\":null,\"source\":null,\"url\":null,\"language\":null},"
              + "\"actors\":[],\"agreements\":[],\"exercises\":["
              + exercises
              + "],\"armsTransfers\":[],\"statements\":[],\"relations\":[],\"diagnostics\":[]}";
      assertTrue(line.length() > 300_000 && line.length() < 400_000, "line of " + line.length());

      CorpusJsonException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> fails(line));

      assertEquals("relations", e.field());
      assertEquals(
          "line 1, relations: the facts derive more (pair, domain, fact) links than the 0 the"
              + " relations list; relations are derived and cannot be edited by hand",
          e.getMessage());
    }
  }

  @Nested
  final class ValuesAreNotChanged { // item 12

    @Test
    void confidenceThatUnderflows_isRefused() {
      failsWith(
          SMALL_JSON.replace("\"confidence\":0.8", "\"confidence\":1e-400"),
          "agreements[0].evidence[0].confidence",
          "line 1, agreements[0].evidence[0].confidence: the number 1e-400 is not exactly a double"
              + " (it would read as 0.0); write a decimal of at most 17 significant digits, such as"
              + " 0.85");
    }

    @Test
    void confidenceOf23Digits_isRefused() {
      CorpusJsonException e =
          fails(SMALL_JSON.replace("\"confidence\":0.8", "\"confidence\":0.80000000000000000000001"));
      assertEquals("agreements[0].evidence[0].confidence", e.field());
      assertTrue(e.reason().contains("would read as 0.8"), e.reason());
    }

    @Test
    void otherSpellingsOfTheSameNumber_readTheSame() {
      for (String same : List.of("0.80", "8e-1", "0.8E0", "80E-2")) {
        assertEquals(small(), CorpusJson.read(SMALL_JSON.replace("\"confidence\":0.8", "\"confidence\":" + same)), same);
      }
    }

    @Test
    void durationsNotInCanonicalForm_areRefused() {
      for (String[] pair : new String[][] {{"P1Y0M", "P1Y"}, {"p1y", "P1Y"}, {"P1W", "P7D"}}) {
        failsWith(
            SMALL_JSON.replace("\"duration\":null", "\"duration\":\"" + pair[0] + "\""),
            "agreements[0].duration",
            "line 1, agreements[0].duration: duration \"" + pair[0] + "\" is not in canonical form;"
                + " write it \"" + pair[1] + "\" (upper case, no zero part, weeks as days)");
      }
    }

    @Test
    void aliasEqualToTheName_isRefused() {
      String line =
          SMALL_JSON.replace(
              "{\"kind\":\"STATE\",\"code\":\"CHN\",\"name\":\"Chine\"}",
              "{\"kind\":\"STATE\",\"code\":\"CHN\",\"name\":\"Chine\"},{\"kind\":\"PERSON\","
                  + "\"name\":\"Xi Jinping\",\"country\":\"CHN\",\"role\":null,\"aliases\":[\"Xi\",\"Xi Jinping\"]}");
      failsWith(
          line,
          "actors[2].aliases[1]",
          "line 1, actors[2].aliases[1]: an alias equal to the name; aliases list the other names,"
              + " so drop it");
    }

    @Test
    void sameFactTwice_isRefused() {
      String agreement =
          SMALL_JSON.substring(SMALL_JSON.indexOf("{\"id\":\"agr-"), SMALL_JSON.indexOf("],\"exercises\""));
      String line =
          SMALL_JSON.replace(agreement, agreement + "," + agreement.replace("\"positions\":[0]", "\"positions\":[1]"));
      CorpusJsonException e = fails(line);
      assertEquals("agreements", e.field());
      assertTrue(e.reason().endsWith("is the id of two facts (mentions 0 and 1); a reading lists each fact once, with all its evidence"), e.reason());
    }

    @Test
    void whatIsAccepted_writesBackTheSameLine() {
      assertEquals(SMALL_JSON, CorpusJson.write(CorpusJson.read(SMALL_JSON)));
    }
  }

  @Nested
  final class Messages { // item 14

    @Test
    void quantityZero_namesTheQuantity() {
      Reading reading = CorpusJsonTest.everyField();
      String line = CorpusJson.write(reading).replace("\"quantity\":600000", "\"quantity\":0");
      failsWith(
          line,
          "armsTransfers[0].quantity",
          "line 1, armsTransfers[0].quantity: a quantity must be at least 1, got 0; null means the"
              + " article gives none");
    }

    @Test
    void confidenceOutOfRange_namesTheConfidence() {
      failsWith(
          SMALL_JSON.replace("\"confidence\":0.8", "\"confidence\":1.5"),
          "agreements[0].evidence[0].confidence",
          "line 1, agreements[0].evidence[0].confidence: a confidence must be between 0 and 1, got 1.5");
    }

    @Test
    void hugeCountryCode_isNotEchoedInFull() {
      String code = "X".repeat(5 * 1024 * 1024);
      CorpusJsonException e = fails(SMALL_JSON.replace("[\"CHN\",\"RUS\"]", "[\"CHN\",\"" + code + "\"]"));
      assertEquals("agreements[0].parties[1]", e.field());
      assertEquals(
          "line 1, agreements[0].parties[1]: unknown alpha-3 country code \"" + "X".repeat(60)
              + "…\" (5242880 characters); codes are ISO 3166-1, upper case",
          e.getMessage());
    }

    @Test
    void spanOfAMillionNumbers_isNotEchoed() {
      String numbers = Stream.generate(() -> "7").limit(1_000_000).collect(Collectors.joining(","));
      failsWith(
          SMALL_JSON.replace("\"span\":[0,42]", "\"span\":[" + numbers + "]"),
          "agreements[0].evidence[0].span",
          "line 1, agreements[0].evidence[0].span: a span is [start, end], two numbers; got 1000000"
              + " numbers");
    }

    @Test
    void everyMessage_staysShort() {
      String huge = "é".repeat(3_000_000);
      for (String line :
          List.of(
              SMALL_JSON.replace("\"kind\":\"ACCORD\"", "\"kind\":\"" + huge + "\""),
              SMALL_JSON.replace("\"date\":\"2021-12\"", "\"date\":\"" + huge + "\""),
              SMALL_JSON.replace("\"duration\":null", "\"duration\":\"" + huge + "\""),
              SMALL_JSON.replace("\"id\":\"agr-", "\"id\":\"" + huge + "agr-"),
              SMALL_JSON.replace("\"title\":null", "\"" + "t".repeat(40_000) + "\":null"),
              SMALL_JSON.replace("\"facts\":[\"agr-", "\"facts\":[\"" + huge + "\",\"agr-"))) {
        String message = fails(line).getMessage();
        assertTrue(message.length() < 400, message.length() + " characters: " + message.substring(0, Math.min(400, message.length())));
      }
    }
  }

  @Nested
  final class GoodLinesOfABadFile { // item 13

    @Test
    void oneBadLine_isReported_andTheOthersAreKept(@TempDir Path dir) throws IOException {
      String second = SMALL_JSON.replace("001_small", "002_small");
      String third = SMALL_JSON.replace("001_small", "003_small");
      Path file = dir.resolve("corpus.jsonl");
      Files.writeString(
          file,
          SMALL_JSON + "\n{\"document\": 1}\n" + second + "\n" + SMALL_JSON + "\n" + third + "\n",
          UTF_8);

      ParsedLines lines = CorpusJson.readGoodLines(file);

      assertEquals(
          List.of("001_small", "002_small", "003_small"),
          lines.readings().stream().map(Reading::id).toList());
      assertEquals(
          List.of(
              file + ", line 2, document: expected an object, got an integer",
              file + ", line 4, document.id: document \"001_small\" is already on line 1; a file holds"
                  + " each document once"),
          lines.errors().stream().map(CorpusJsonException::getMessage).toList());
      assertThrows(CorpusJsonException.class, () -> CorpusJson.readLines(file), "the strict form");
    }

    @Test
    void invalidUtf8Line_isReported_andTheOthersAreKept(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("corpus.jsonl");
      byte[] good = (SMALL_JSON + "\n").getBytes(UTF_8);
      byte[] bad = {'{', (byte) 0xE9, '}', '\n'};
      Files.write(file, com.google.common.primitives.Bytes.concat(bad, good));
      ParsedLines lines = CorpusJson.readGoodLines(file);
      assertEquals(List.of(small()), lines.readings());
      assertEquals(1, lines.errors().size());
      assertEquals(1, lines.errors().get(0).line());
    }

    @Test
    void lineTooLong_isSkipped_andTheNextIsRead() {
      String huge = " ".repeat(JsonCodec.MAX_LINE_LENGTH + 10);
      ImmutableList.Builder<Reading> readings = ImmutableList.builder();
      ImmutableList.Builder<CorpusJsonException> errors = ImmutableList.builder();
      try {
        LineSplitter.split(
            new StringReader(huge + "\n" + SMALL_JSON + "\n"),
            JsonCodec.MAX_LINE_LENGTH,
            new LineSplitter.Handler() {
              @Override
              public void line(int number, String text) {
                readings.add(CorpusJson.read(text));
              }

              @Override
              public void unreadable(CorpusJsonException problem) {
                errors.add(problem);
              }
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertEquals(List.of(small()), readings.build());
      assertEquals(List.of(1), errors.build().stream().map(CorpusJsonException::line).toList());
    }
  }

  @Nested
  final class WritingAFile { // item 11

    @Test
    void failureWhileWriting_leavesTheOldFileAsItWas(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("corpus.jsonl");
      Files.writeString(file, "old content\n", UTF_8);
      Iterable<Reading> failing =
          () ->
              new Iterator<>() {
                private int given;

                @Override
                public boolean hasNext() {
                  return true;
                }

                @Override
                public Reading next() {
                  if (given++ == 3) {
                    throw new IllegalStateException("disk full, say");
                  }
                  return Reading.empty(Document.of("doc" + given));
                }
              };

      assertThrows(IllegalStateException.class, () -> CorpusJson.writeLines(failing, file));

      assertEquals("old content\n", Files.readString(file, UTF_8));
      try (Stream<Path> left = Files.list(dir)) {
        assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
      }
    }

    @Test
    void success_replacesTheFile(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("corpus.jsonl");
      Files.writeString(file, "old content\n", UTF_8);
      CorpusJson.writeLines(List.of(small()), file);
      assertEquals(SMALL_JSON + "\n", Files.readString(file, UTF_8));
      try (Stream<Path> left = Files.list(dir)) {
        assertEquals(List.of(file), left.toList());
      }
    }

    @Test
    void replacedFile_keepsItsPermissions(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("corpus.jsonl");
      Files.writeString(file, "old content\n", UTF_8);
      org.junit.jupiter.api.Assumptions.assumeTrue(
          Files.getFileStore(file).supportsFileAttributeView("posix"), "needs POSIX permissions");
      var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
      Files.setPosixFilePermissions(file, permissions);
      CorpusJson.writeLines(List.of(small()), file);
      assertEquals(permissions, Files.getPosixFilePermissions(file));
      Path fresh = dir.resolve("new.jsonl");
      CorpusJson.writeLines(List.of(small()), fresh);
      assertEquals(
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"),
          Files.getPosixFilePermissions(fresh));
    }

    @Test
    void relativeFileName_isWrittenInTheWorkingFolder() throws IOException {
      Path file = Path.of("target", "corpus-json-hostile-test.jsonl");
      Files.createDirectories(file.getParent());
      try {
        CorpusJson.writeLines(List.of(small()), file);
        assertEquals(SMALL_JSON + "\n", Files.readString(file, UTF_8));
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }
}
