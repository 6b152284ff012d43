package dev.entente.parse;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Bytes;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.model.Reading;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Parser#parseFiles} over a directory of good, odd and broken files: every {@code .txt} file
 * is either read or reported by name, nothing else is looked at, and the good files are all read.
 */
final class ParseFilesTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String FRENCH = "La Russie a livré des S-400 à l’Inde, a déclaré « Moscou », pour 5 € !";

  /** Limit 1,000 chars, so files of more than 4,000 bytes are too large. */
  private final Parser parser = Parser.builder().maxArticleChars(1_000).build();

  @TempDir Path dir;

  @Nested
  final class ADirectoryOfEveryKindOfFile {

    private ParsedFiles parsed;
    private Map<String, FileProblem> problems;

    @BeforeEach
    void writeAndParse() throws IOException {
      write("good.txt", FRENCH.getBytes(UTF_8));
      write("good-bom.txt", Bytes.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(UTF_8)));
      write("whitespace.txt", " \n\t\r\n ".getBytes(UTF_8));
      write("cp1252.txt", FRENCH.getBytes(WINDOWS_1252)); // é as 0xE9, ’ as 0x92, € as 0x80
      write("latin1.txt", "Le ministère français de la Défense a signé un accord. Ça coûte cher.".getBytes(ISO_8859_1));
      write("binary.txt", new byte[] {'a', 'b', 'c', 'd', 0, 0, 'x'});
      write("archive.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
      write("utf16.txt", Bytes.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(UTF_16LE)));
      write("empty.txt", new byte[0]);
      write("large.txt", "La Russie et la Chine. ".repeat(200).getBytes(UTF_8)); // 4,600 bytes > 4,000
      // é (0xE9) is not UTF-8; 0x81 is undefined in Windows-1252
      write("invalid.txt", Bytes.concat("Caf".getBytes(UTF_8), new byte[] {(byte) 0xE9, ' ', (byte) 0x81, '!'}));
      write("notes.md", FRENCH.getBytes(UTF_8));
      write("data.json", "{}".getBytes(UTF_8));
      write("README", FRENCH.getBytes(UTF_8));
      Files.createDirectories(dir.resolve("folder.txt"));
      Files.createDirectories(dir.resolve("sub"));
      write("sub/nested.txt", FRENCH.getBytes(UTF_8));
      parsed = parser.parseFiles(dir);
      problems = parsed.problems().stream().collect(ImmutableMap.toImmutableMap(p -> name(p.file()), Function.identity()));
    }

    @Test
    void filesSeen_areEveryFileOfTheDirectory_notItsSubdirectories() {
      assertEquals(14, parsed.filesSeen());
      Set<String> named = new TreeSet<>(problems.keySet());
      parsed.corpus().documents().forEach(d -> named.add(d.id() + ".txt"));
      assertEquals(
          Set.of("good.txt", "good-bom.txt", "whitespace.txt", "cp1252.txt", "latin1.txt", "binary.txt", "utf16.txt",
              "empty.txt", "large.txt", "invalid.txt", "archive.txt", "notes.md", "data.json", "README"),
          named);
      for (String other : List.of("archive.txt", "notes.md", "data.json", "README")) {
        assertProblem(other, FileProblem.Kind.NOT_AN_ARTICLE, -1);
      }
    }

    @Test
    void filesSeen_equalDocumentsPlusFailures() {
      assertEquals(parsed.filesSeen(), parsed.corpus().size() + parsed.failures().size());
      assertFalse(parsed.isComplete());
    }

    @Test
    void goodFiles_areAllRead_inNameOrder() {
      assertEquals(
          List.of("cp1252", "good-bom", "good", "latin1", "utf16", "whitespace"), // "good-bom.txt" < "good.txt"
          parsed.corpus().documents().stream().map(Document::id).toList());
      Reading good = parsed.corpus().reading("good").orElseThrow();
      assertEquals(1, good.armsTransfers().size(), good::toString);
      assertEquals(parser.parse("good-bom", FRENCH), reading("good-bom"), "a byte-order mark changes nothing");
      assertEquals(parser.parse("utf16", FRENCH), reading("utf16"), "UTF-16 with a byte order mark is read");
      assertEquals(
          List.of(DiagnosticCode.EMPTY_TEXT),
          reading("whitespace").diagnostics().stream().map(d -> d.code()).toList());
    }

    @Test
    void windows1252_isReadAndReported() {
      assertEquals(reading("good").facts().size(), reading("cp1252").facts().size());
      assertProblem("cp1252.txt", FileProblem.Kind.DECODED_AS_WINDOWS_1252, FRENCH.indexOf('é'));
      assertFalse(problems.get("cp1252.txt").kind().isFatal());
      String evidence = reading("cp1252").armsTransfers().get(0).evidence().get(0).sentence();
      assertTrue(evidence.contains("livré des S-400 à l’Inde"), evidence);
    }

    @Test
    void latin1_isReadAsWindows1252() {
      // Latin-1 and Windows-1252 agree outside 0x80-0x9F, which Latin-1 text rarely uses
      assertProblem("latin1.txt", FileProblem.Kind.DECODED_AS_WINDOWS_1252, "Le minist".length());
      assertTrue(reading("latin1").organizations().toString().contains("Défense"), reading("latin1").actors()::toString);
    }

    @Test
    void binary_isReportedAtItsFirstNulByte() throws IOException {
      assertProblem("binary.txt", FileProblem.Kind.BINARY, 4);
      // UTF-16 without a byte order mark holds NUL bytes in every ASCII character: binary, not guessed
      assertEquals(
          FileProblem.Kind.BINARY,
          parser.parseStream(new java.io.ByteArrayInputStream(FRENCH.getBytes(UTF_16LE)), "x").failures().get(0).kind());
    }

    @Test
    void emptyAndLarge_areReported() {
      assertProblem("empty.txt", FileProblem.Kind.EMPTY, -1);
      assertProblem("large.txt", FileProblem.Kind.TOO_LARGE, -1);
      assertTrue(problems.get("large.txt").message().contains("4600"), problems.get("large.txt").message());
    }

    @Test
    void invalidEncoding_namesBothOffsets() {
      // Java's windows-1252 decoder leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D unmapped, so a strict
      // decoder rejects them; the offset is the first byte that is not UTF-8 (the é at 3) and the
      // message also names the byte Windows-1252 cannot read (0x81 at 5)
      assertProblem("invalid.txt", FileProblem.Kind.INVALID_ENCODING, 3);
      String message = problems.get("invalid.txt").message();
      assertTrue(message.contains("offset 3") && message.contains("0x81 at offset 5"), message);
    }

    @Test
    void everyProblem_namesItsFile() {
      for (FileProblem problem : parsed.problems()) {
        assertEquals(dir, problem.file().getParent());
        assertTrue(problem.message().contains(problem.file().toString()), problem::toString);
      }
    }

    private Reading reading(String id) {
      return parsed.corpus().reading(id).orElseThrow(() -> new AssertionError(id + " not read: " + parsed.problems()));
    }

    private void assertProblem(String file, FileProblem.Kind kind, long offset) {
      FileProblem problem = problems.get(file);
      assertTrue(problem != null, () -> file + " not reported: " + parsed.problems());
      assertEquals(kind, problem.kind(), problem::toString);
      assertEquals(offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset), problem.byteOffset(), problem::toString);
      assertEquals(kind.isFatal(), parsed.corpus().reading(file.replace(".txt", "").replace(".md", "").replace(".json", "")).isEmpty(), problem::toString);
    }
  }

  @Test
  void missingPath_throwsNoSuchFile() {
    Path missing = dir.resolve("missing");
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> parser.parseFiles(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void missingPathAmongGoodOnes_throwsBeforeReadingAny() throws IOException {
    write("good.txt", FRENCH.getBytes(UTF_8));
    assertThrows(NoSuchFileException.class, () -> parser.parseFiles(dir, dir.resolve("missing.txt")));
  }

  @Test
  void nullPaths_throw() {
    assertThrows(NullPointerException.class, () -> parser.parseFiles((Path[]) null));
  }

  @Test
  void noPathOrAnEmptyDirectory_givesAnEmptyCorpus() throws IOException {
    for (ParsedFiles parsed : List.of(parser.parseFiles(), parser.parseFiles(dir))) {
      assertEquals(0, parsed.filesSeen());
      assertEquals(0, parsed.corpus().size());
      assertTrue(parsed.isComplete());
    }
  }

  @Test
  void fileGivenByPath_isReadWhateverItsName() throws IOException {
    Path notes = write("notes.md", FRENCH.getBytes(UTF_8));
    ParsedFiles parsed = parser.parseFiles(notes);
    assertEquals(List.of("notes.md"), parsed.corpus().documents().stream().map(Document::id).toList());
  }

  @Test
  void fileNamedDotTxt_keepsItsWholeNameAsId() throws IOException {
    write(".txt", FRENCH.getBytes(UTF_8));
    ParsedFiles parsed = parser.parseFiles(dir);
    assertEquals(List.of(".txt"), parsed.corpus().documents().stream().map(Document::id).toList());
    assertTrue(parsed.isComplete(), parsed.problems()::toString);
  }

  @Test
  void sameFileTwice_isADuplicateId() throws IOException {
    Path good = write("good.txt", FRENCH.getBytes(UTF_8));
    ParsedFiles parsed = parser.parseFiles(dir, good);
    assertEquals(2, parsed.filesSeen());
    assertEquals(1, parsed.corpus().size());
    assertEquals(List.of(FileProblem.Kind.DUPLICATE_ID), parsed.failures().stream().map(FileProblem::kind).toList());
    assertTrue(parsed.failures().get(0).message().contains("\"good\""), parsed.failures().get(0).message());
  }

  @Test
  void unreadableFile_isReported() throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs POSIX permissions");
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their permissions");
    Path locked = write("locked.txt", FRENCH.getBytes(UTF_8));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "this user can still read a file with no permission");
    ParsedFiles parsed = parser.parseFiles(dir);
    assertEquals(List.of(FileProblem.Kind.UNREADABLE), parsed.failures().stream().map(FileProblem::kind).toList());
    assertTrue(parsed.failures().get(0).message().contains("locked.txt"));
  }

  @Test
  void danglingLink_isUnreadable() throws IOException {
    write("good.txt", FRENCH.getBytes(UTF_8));
    try {
      Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("no-such-target"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }
    ParsedFiles parsed = parser.parseFiles(dir);
    assertEquals(2, parsed.filesSeen());
    assertEquals(List.of("good"), parsed.corpus().documents().stream().map(Document::id).toList());
    FileProblem problem = parsed.failures().get(0);
    assertEquals(FileProblem.Kind.UNREADABLE, problem.kind());
    assertTrue(problem.message().contains("dangling.txt"), problem.message());
  }

  @Test
  void windows1252_leavesFiveBytesUndefinedInJava() {
    // what INVALID_ENCODING relies on: a strict windows-1252 decoder rejects exactly these bytes
    Set<Integer> undefined =
        Stream.iterate(0, b -> b + 1).limit(256).filter(ParseFilesTest::isUnmappableInWindows1252).collect(Collectors.toSet());
    assertEquals(Set.of(0x81, 0x8D, 0x8F, 0x90, 0x9D), undefined);
  }

  private static boolean isUnmappableInWindows1252(int b) {
    try {
      WINDOWS_1252.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(new byte[] {(byte) b}));
      return false;
    } catch (CharacterCodingException e) {
      return true;
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
