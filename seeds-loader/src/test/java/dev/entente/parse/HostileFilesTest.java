package dev.entente.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.primitives.Bytes;
import dev.entente.model.Document;
import dev.entente.model.Reading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Parser#parseFiles} against files a hostile user makes (issue 11): special files, links
 * that loop, bytes that are almost UTF-8, names that the locale cannot decode.
 */
final class HostileFilesTest {

  private static final String FRENCH = "La Russie a livré des S-400 à l’Inde, a déclaré le ministère le 3 mars 2021.";

  private final Parser parser = Parser.defaultFrench();

  @TempDir Path dir;

  @Test
  void fifo_isReportedByName_withoutBlocking() throws Exception { // item 1
    write("good.txt", FRENCH.getBytes(UTF_8));
    Path fifo = dir.resolve("x.txt");
    assumeTrue(run("mkfifo", fifo.toString()) == 0, "needs mkfifo");

    ParsedFiles parsed = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parser.parseFiles(dir));

    assertEquals(List.of("good"), ids(parsed));
    FileProblem problem = parsed.failures().get(0);
    assertEquals(FileProblem.Kind.NOT_A_REGULAR_FILE, problem.kind());
    assertEquals(fifo + ": not a regular file but a FIFO (named pipe); only regular files are read, so it was not opened", problem.message());
    assertEquals(2, parsed.filesSeen());
    // and named on its own
    assertEquals(FileProblem.Kind.NOT_A_REGULAR_FILE, parser.parseFiles(fifo).failures().get(0).kind());
  }

  @Test
  void linkToAnEndlessDevice_isReportedByName() throws IOException { // item 2
    assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
    write("good.txt", FRENCH.getBytes(UTF_8));
    Path zero = Files.createSymbolicLink(dir.resolve("z.txt"), Path.of("/dev/zero"));

    ParsedFiles parsed = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parser.parseFiles(dir));

    assertEquals(List.of("good"), ids(parsed));
    assertEquals(
        zero + ": not a regular file but a character device; only regular files are read, so it was not opened",
        parsed.failures().get(0).message());
  }

  @Test
  void symbolicLinkLoop_saysLoop() throws IOException { // item 14
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);

    for (ParsedFiles parsed : List.of(parser.parseFiles(dir), parser.parseFiles(a))) {
      FileProblem problem = parsed.failures().get(0);
      assertEquals(FileProblem.Kind.UNREADABLE, problem.kind());
      assertTrue(problem.message().startsWith(a + ": a loop of symbolic links: following them never reaches a file"), problem.message());
    }
    Path dangling = Files.createSymbolicLink(dir.resolve("c.txt"), dir.resolve("nowhere"));
    assertEquals(
        dangling + ": a broken symbolic link: " + dir.resolve("nowhere") + " does not exist",
        parser.parseFiles(dangling).failures().get(0).message());
  }

  @Test
  void utf8CutShortAtTheEnd_isReadAsUtf8_withAReplacement() throws IOException { // item 6
    byte[] whole = FRENCH.getBytes(UTF_8);
    byte[] cut = Bytes.concat(whole, new byte[] {(byte) 0xC3}); // a truncated "é"
    write("cut.txt", cut);

    ParsedFiles parsed = parser.parseFiles(dir);

    Reading reading = parsed.corpus().reading("cut").orElseThrow();
    Reading intact = parser.parse("cut", FRENCH + "\uFFFD");
    assertEquals(intact, reading, "the same text, with U+FFFD for the cut byte");
    assertEquals(1, reading.armsTransfers().size());
    assertTrue(reading.armsTransfers().get(0).date().isPresent(), "the date is not lost");
    FileProblem problem = parsed.problems().get(0);
    assertEquals(FileProblem.Kind.DECODED_WITH_REPLACEMENTS, problem.kind());
    assertEquals(OptionalLong.of(whole.length), problem.byteOffset());
    assertTrue(problem.message().contains("at byte offset " + whole.length + "; the last is cut short"), problem.message());
    assertTrue(parsed.isComplete(), "read, with a caveat");
  }

  @Test
  void utf8WithAFewBadBytes_isUtf8WithReplacementsAtThoseOffsets() throws IOException { // item 6
    byte[] first = "Le ministère a signé. ".getBytes(UTF_8);
    byte[] second = "La Défense a confirmé.".getBytes(UTF_8);
    write("few.txt", Bytes.concat(first, new byte[] {(byte) 0xFF}, second, new byte[] {(byte) 0x80}));

    ParsedFiles parsed = parser.parseFiles(dir);

    FileProblem problem = parsed.problems().get(0);
    assertEquals(FileProblem.Kind.DECODED_WITH_REPLACEMENTS, problem.kind());
    int second0 = first.length + 1 + second.length;
    assertTrue(problem.message().contains("2 bad byte sequences (at byte offsets " + first.length + ", " + second0 + ")"), problem.message());
    assertEquals(
        parser.parse("few", "Le ministère a signé. \uFFFDLa Défense a confirmé.\uFFFD"),
        parsed.corpus().reading("few").orElseThrow());
  }

  @Test
  void windows1252_isStillWindows1252() throws IOException { // item 6: not UTF-8 at all
    write("cp.txt", FRENCH.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    ParsedFiles parsed = parser.parseFiles(dir);
    assertEquals(FileProblem.Kind.DECODED_AS_WINDOWS_1252, parsed.problems().get(0).kind());
    assertEquals(parser.parse("cp", FRENCH), parsed.corpus().reading("cp").orElseThrow());
  }

  @Test
  void namesThatAreNotUtf8_getDistinctStableIds() throws Exception { // item 8
    assumeTrue(run("sh", "-c", "cd '" + dir + "' && printf x > \"$(printf 'a\\377.txt')\" && printf x > \"$(printf 'a\\376.txt')\"") == 0, "needs sh");

    ParsedFiles parsed = parser.parseFiles(dir);

    assertEquals(List.of("a%FE", "a%FF"), ids(parsed));
    assertTrue(parsed.isComplete(), parsed.problems()::toString);
  }

  @Test
  void sameId_namesBothFiles() throws IOException { // item 8
    Path lower = write("a.txt", FRENCH.getBytes(UTF_8));
    Path upper = write("a.TXT", FRENCH.getBytes(UTF_8));
    ParsedFiles parsed = parser.parseFiles(dir);
    assertEquals(1, parsed.corpus().size());
    String message = parsed.failures().get(0).message();
    assertEquals(
        lower + ": its id \"a\" is already the id of " + upper + "; ids are file names without their extension, so rename one of the two",
        message);
  }

  /**
   * Under the C locale Java reads {@code é.txt} and {@code è.txt} both as {@code ��.txt}; their
   * ids, read from the bytes, stay apart and are those of a UTF-8 locale.
   */
  @Test
  void accentedNames_underTheCLocale_keepTheirIds() throws Exception { // item 8
    assumeTrue(run("sh", "-c", "cd '" + dir + "' && printf '" + FRENCH + "' > \"$(printf '\\303\\251.txt')\" && printf '" + FRENCH + "' > \"$(printf '\\303\\250.txt')\"") == 0, "needs sh");
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder child =
        new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), IdsOfAFolder.class.getName(), dir.toString())
            .redirectErrorStream(true);
    child.environment().put("LC_ALL", "C");
    child.environment().put("LANG", "C");
    child.environment().remove("LC_CTYPE");
    Process process = child.start();
    String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), out);
    // the child prints its encoding, then each id with its characters as \\uXXXX
    assertEquals(List.of("ANSI_X3.4-1968", "\\u00e8", "\\u00e9", "problems 0"), List.of(out.strip().split("\n")), out);
  }

  /** Run in a child JVM by {@link #accentedNames_underTheCLocale_keepTheirIds}. */
  static final class IdsOfAFolder {
    public static void main(String[] args) throws IOException {
      System.out.println(System.getProperty("sun.jnu.encoding"));
      ParsedFiles parsed = Parser.defaultFrench().parseFiles(Path.of(args[0]));
      for (Document d : parsed.corpus().documents()) {
        System.out.println(d.id().chars().mapToObj(c -> c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c)).collect(Collectors.joining()));
      }
      System.out.println("problems " + parsed.problems().size());
    }
  }

  private static int run(String... command) throws IOException, InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (IOException e) {
      return -1; // no such command
    }
  }

  private static List<String> ids(ParsedFiles parsed) {
    return parsed.corpus().documents().stream().map(Document::id).toList();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

}
