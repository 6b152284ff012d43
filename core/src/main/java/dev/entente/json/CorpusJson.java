package dev.entente.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Reading;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@link Reading}s as JSON Lines, one document per line, and reads them back.
 *
 * <pre>{@code
 * CorpusJson.writeLines(readings, Path.of("corpus.jsonl"));
 * ImmutableList<Reading> back = CorpusJson.readLines(Path.of("corpus.jsonl"));  // equal to readings
 * }</pre>
 *
 * <h2>Format</h2>
 *
 * <p>Each line is one object whose keys come in this order:
 *
 * <pre>
 * {"document": {"id", "title", "published", "source"},
 *  "actors": [{"kind": "STATE", "code", "name"}
 *           | {"kind": "PERSON", "name", "country", "role", "aliases"}
 *           | {"kind": "ORGANIZATION", "name", "acronym", "country", "aliases"}],
 *  "agreements": [{"id", "parties", "kind", "domains", "status", "date", "subject", "duration", "evidence",
 *                  "mentions": [AGREEMENT, ...], "lifecycle": [STEP, ...]}],
 *  "exercises": [{"id", "name", "participants", "domains", "location", "start", "end", "forces", "evidence",
 *                 "mentions": [EXERCISE, ...]}],
 *  "armsTransfers": [{"id", "supplier", "recipient", "system", "canonicalSystem", "category", "quantity", "status",
 *                     "date", "evidence",
 *                     "mentions": [TRANSFER, ...], "lifecycle": [STEP, ...]}],
 *  "statements": [{"id", "speaker": ACTOR, "quote", "about", "domains", "narrowed", "date", "evidence",
 *                  "mentions": [STATEMENT, ...]}],
 *  "relations": [{"between": [A, B], "domain", "facts": [ID, ...]}],
 *  "diagnostics": [{"severity", "code", "span": [START, END], "message"}]}
 * </pre>
 *
 * <p>Each fact object is one record of the document ({@link dev.entente.identity.FactResolver}
 * resolves the reading's facts within the document): its merged values, and in {@code
 * "mentions"} the facts as read when there are two or more ({@code []} when the record is one
 * fact, which is then its own mention); a mention is a fact object whose {@code "mentions"} and
 * {@code "lifecycle"} are {@code []}. A step is {@code {"status", "date", "quantity",
 * "documents"}}. The mentions are what the line stores: the reading read back holds them as its
 * facts, and the records, lifecycles and relations are derived from them and checked. A line
 * without {@code "mentions"} keys (written before records) lists the reading's facts themselves.
 *
 * <p>where each piece of evidence is {@code {"document", "span": [START, END], "sentence",
 * "rule", "confidence"}}. States are ISO 3166-1 alpha-3 codes ({@code "RUS"}); enum values are
 * their constant names ({@code "MILITARY"}); dates are partial ISO-8601 text ({@code "2021"},
 * {@code "2021-12"}, {@code "2021-12-06"}); a duration is an ISO-8601 period ({@code "P20Y"});
 * spans are half-open {@code [start, end]} character offsets.
 *
 * <h2>Writing</h2>
 *
 * <ul>
 *   <li>Every key is always written. An absent optional value (the model's empty {@code Optional})
 *       is written as {@code null}; arrays are written even when empty.
 *   <li>Writing is deterministic: an equal reading always gives byte-identical text. Sets are
 *       written in the model's order (alpha-3 order for states, declaration order for enums).
 *   <li>Text is written as itself, accents, right-to-left scripts and emoji included; JSON's
 *       escapes cover quotes, backslashes and control characters, and U+2028 and U+2029 are
 *       escaped too, so a line never contains a character that some readers take as a line
 *       break.
 *   <li>{@link #writeLines} ends every line, the last included, with {@code \n}; files are UTF-8.
 * </ul>
 *
 * <h2>Reading</h2>
 *
 * <p>Reading is strict, so that a line cannot say something the model would not:
 *
 * <ul>
 *   <li>Optional values may be {@code null} or left out; both mean absent. Every other key, arrays
 *       included, is required.
 *   <li>Unknown keys are errors (Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} is on), as are
 *       duplicate keys, trailing content after the object, and values of another JSON type:
 *       {@code 600} where text is expected, {@code "600"} or {@code 6.5} where an integer is.
 *   <li>Arrays that stand for sets (parties, participants, about, domains, aliases) must not list
 *       a value twice; their order is free, and is normalized by the model.
 *   <li>Derived data is checked, not trusted: each fact's {@code "id"} must equal the id its
 *       content gives ({@link dev.entente.model.Fact#id()}), a state's {@code "name"} must be its
 *       French name, and {@code "relations"} must equal {@link Reading#relations()}, in order. A
 *       mismatch throws {@link CorpusJsonException} naming the line and the field.
 *   <li>Nothing is changed in silence: a value the model would store differently is refused
 *       rather than rewritten. A number must be exactly the {@code double} it denotes ({@code
 *       1e-400} or a decimal of 23 digits is refused; {@code 0.50} for {@code 0.5} is fine), a
 *       duration must be written as {@link java.time.Period#toString()} writes it ({@code P1Y},
 *       not {@code P1Y0M}, {@code p1y}; {@code P7D}, not {@code P1W}), an alias must not be the
 *       actor's name, and two facts of one line must not have the same id (a reading holds each
 *       fact once, with all its evidence).
 *   <li>Work is linear in the line's length: the facts' links are counted before any relation is
 *       derived, so a short line of exercises among 249 states, whose relations would fill
 *       gigabytes, is refused at once; each fact's id is hashed once.
 *   <li>Messages stay short: a value is shown up to 60 characters, with its length when longer.
 *   <li>Input is bounded: nesting deeper than 64 levels, a string longer than 10 Mi characters, or
 *       a line longer than 32 Mi characters (in a file, 32 MiB) is refused, a line being refused
 *       before it is buffered whole. No polymorphic or default typing is enabled: the kind of an
 *       actor is read from a closed list.
 *   <li>{@link #readLines(Reader)} accepts {@code \n} or {@code \r\n} line ends, a missing final
 *       line end and a leading byte order mark; a blank line is an error, because JSON Lines holds
 *       one object per line.
 * </ul>
 *
 * <p>{@link #readGoodLines(Path)} keeps the good lines of a file and reports each bad one; the
 * other readers are strict and throw at the first bad line. {@link #writeLines(Iterable, Path)}
 * writes a temporary file and moves it into place, so a failure leaves the old file whole.
 *
 * <p>Every problem in a line throws {@link CorpusJsonException} with the 1-based line number and
 * the path of the field, such as {@code line 3, agreements[0].parties[1]: unknown alpha-3 country
 * code "RUZ"; codes are ISO 3166-1, upper case}. Its cause is the Jackson exception or the model's
 * {@link IllegalArgumentException} when there is one.
 *
 * <p>This class holds no mutable state and is safe to use from several threads.
 */
public final class CorpusJson {

  private static final JsonCodec CODEC = JsonCodec.create();

  private CorpusJson() {}

  /**
   * Returns {@code reading} as one JSON object on one line, without a line terminator.
   *
   * @throws NullPointerException if {@code reading} is null
   */
  public static String write(Reading reading) {
    checkNotNull(reading, "reading");
    return CODEC.encode(ReadingDto.from(reading));
  }

  /**
   * Appends each reading to {@code out} as one line, each followed by {@code \n}.
   *
   * @throws NullPointerException if an argument or a reading is null
   * @throws UncheckedIOException if {@code out} throws an {@link IOException}
   */
  public static void writeLines(Iterable<Reading> readings, Appendable out) {
    checkNotNull(readings, "readings");
    checkNotNull(out, "out");
    try {
      for (Reading reading : readings) {
        out.append(write(reading)).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes each reading to {@code file} as one line, each followed by {@code \n}, in UTF-8. The
   * file is created, or replaced if it exists.
   *
   * <p>The lines go to a temporary file in the same folder, which is moved into place only once
   * every line is written and flushed to the disk. If writing fails (a full disk, a reading that
   * throws), {@code file} is left as it was, old content and all, and the temporary file is
   * deleted.
   *
   * @throws NullPointerException if an argument or a reading is null
   * @throws IOException if the file cannot be written; {@code file} is then unchanged
   */
  public static void writeLines(Iterable<Reading> readings, Path file) throws IOException {
    checkNotNull(readings, "readings");
    checkNotNull(file, "file");
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary =
        Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
    boolean moved = false;
    try {
      keepPermissions(absolute, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                  1 << 16)) {
        for (Reading reading : readings) {
          out.write(write(reading));
          out.write('\n');
        }
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Gives {@code temporary}, created readable by its owner only, the permissions of the file it
   * replaces, or those a new file usually gets ({@code rw-r--r--}).
   */
  private static void keepPermissions(Path file, Path temporary) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return; // not a POSIX file system: the platform's defaults apply
    }
    Set<PosixFilePermission> permissions =
        Files.exists(file)
            ? Files.getPosixFilePermissions(file)
            : PosixFilePermissions.fromString("rw-r--r--");
    view.setPermissions(permissions);
  }

  /**
   * Returns the reading one line of JSON holds. Whitespace around the object is allowed.
   *
   * @throws NullPointerException if {@code line} is null
   * @throws CorpusJsonException if the line is not a valid reading; its {@link
   *     CorpusJsonException#line() line} is 1
   */
  public static Reading read(String line) {
    checkNotNull(line, "line");
    return read(line, 1);
  }

  /**
   * Returns the readings of each line of {@code in}, in order. Does not close {@code in}.
   *
   * @throws NullPointerException if {@code in} is null
   * @throws CorpusJsonException if a line is not a valid reading, naming the first such line
   * @throws UncheckedIOException if {@code in} throws an {@link IOException}
   */
  public static ImmutableList<Reading> readLines(Reader in) {
    checkNotNull(in, "in");
    Lines lines = new Lines(null, true);
    try {
      LineSplitter.split(in, JsonCodec.MAX_LINE_LENGTH, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines.readings.build();
  }

  /**
   * Returns the readings of each line of the UTF-8 file {@code file}, in order.
   *
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   * @throws CorpusJsonException if a line is not valid UTF-8 or not a valid reading, naming the
   *     file and the first such line
   */
  public static ImmutableList<Reading> readLines(Path file) throws IOException {
    checkNotNull(file, "file");
    Lines lines = new Lines(file, true);
    try (InputStream in = Files.newInputStream(file)) {
      LineSplitter.split(in, JsonCodec.MAX_LINE_LENGTH, lines);
    }
    return lines.readings.build();
  }

  /**
   * Returns the readings of the good lines of the UTF-8 file {@code file}, in order, and the
   * problem of each other line: one bad line (malformed, too long, not UTF-8, a document id an
   * earlier line has) is reported and skipped, and the lines around it are still read. {@link
   * #readLines(Path)} is the strict form, which refuses the whole file.
   *
   * <pre>{@code
   * ParsedLines lines = CorpusJson.readGoodLines(Path.of("corpus.jsonl"));
   * lines.errors().forEach(e -> System.err.println(e.getMessage()));   // "corpus.jsonl, line 3, ..."
   * Corpus corpus = Corpus.of(lines.readings());
   * }</pre>
   *
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   */
  public static ParsedLines readGoodLines(Path file) throws IOException {
    checkNotNull(file, "file");
    Lines lines = new Lines(file, false);
    try (InputStream in = Files.newInputStream(file)) {
      LineSplitter.split(in, JsonCodec.MAX_LINE_LENGTH, lines);
    }
    return new ParsedLines(lines.readings.build(), lines.errors.build());
  }

  /**
   * Collects the readings of the lines of one input. Strict, it throws the first problem; else it
   * keeps every problem and goes on, and also refuses a line whose document an earlier line has,
   * so that its readings can make a corpus.
   */
  private static final class Lines implements LineSplitter.Handler {
    private final Path file;
    private final boolean strict;
    private final ImmutableList.Builder<Reading> readings = ImmutableList.builder();
    private final ImmutableList.Builder<CorpusJsonException> errors = ImmutableList.builder();
    private final Map<String, Integer> lineOfId = new HashMap<>();

    Lines(Path file, boolean strict) {
      this.file = file;
      this.strict = strict;
    }

    @Override
    public void line(int number, String text) {
      Reading reading;
      try {
        reading = read(text, number);
        Integer earlier = strict ? null : lineOfId.putIfAbsent(reading.id(), number);
        if (earlier != null) {
          throw new CorpusJsonException(
              number,
              FieldPath.ROOT.field("document").field("id"),
              String.format(
                  "document %s is already on line %d; a file holds each document once",
                  Fields.quoted(reading.id()),
                  earlier),
              null);
        }
      } catch (CorpusJsonException e) {
        unreadable(e);
        return;
      }
      readings.add(reading);
    }

    @Override
    public void unreadable(CorpusJsonException problem) {
      CorpusJsonException located = file == null ? problem : problem.inFile(file);
      if (strict) {
        throw located;
      }
      errors.add(located);
    }
  }

  private static Reading read(String line, int number) {
    try {
      if (line.isBlank()) {
        throw new FieldException(FieldPath.ROOT, "blank line; JSON Lines holds one object per line");
      }
      if (line.length() > JsonCodec.MAX_LINE_LENGTH) {
        throw new FieldException(
            FieldPath.ROOT,
            String.format(
                "line longer than %d characters, the limit; refused unread",
                JsonCodec.MAX_LINE_LENGTH));
      }
      return CODEC.decode(line).toModel(FieldPath.ROOT);
    } catch (FieldException e) {
      throw new CorpusJsonException(number, e.path(), e.getMessage(), e.getCause());
    }
  }
}
