package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.json.ArticleJson;
import dev.entente.json.CorpusJson;
import dev.entente.json.CorpusJsonException;
import dev.entente.json.ParsedLines;
import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.FileProblem;
import dev.entente.parse.LexiconException;
import dev.entente.parse.ParsedFiles;
import dev.entente.parse.Parser;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the paths of a command line into a corpus, one file at a time, reporting each file that
 * cannot be read on standard error and going on with the others.
 *
 * <p>A path is an article ({@code .txt} or any name, read by {@link Parser#parseFiles}), a folder
 * whose {@code .txt} files (any case: {@code B.TXT} too) are read in name order (not its
 * subfolders), or a {@code .jsonl} file written by {@code entente extract}. No path means the
 * bundled seed articles. Only regular files are opened: a FIFO or a device is named and skipped.
 * A {@code .jsonl} file's bad lines are named and its good lines read, unless {@code --strict}.
 * Document ids must be unique: a file whose id another file already has is reported, naming both,
 * and left out.
 *
 * <p>{@link #readEach} hands over each file's documents as soon as they are read, so that {@code
 * extract} can write them at once and stop when its output is closed.
 */
final class CorpusReader {

  /** The options of every command that reads paths. */
  static final ImmutableList<Option> OPTIONS =
      ImmutableList.of(
          Option.flag("--recursive", "read the folders' subfolders too; ids are paths (2024/05/index)"),
          Option.of(
              "--lexicon",
              "DIR",
              "add the word lists of DIR (weapons.tsv, known-persons.tsv, organizations.tsv,"
                  + " titles.tsv) to the bundled ones"),
          Option.flag(
              "--progress",
              "show 'read N/M files' on stderr (default: on a terminal, past "
                  + Progress.AUTO_THRESHOLD
                  + " files)"),
          Option.flag("--no-progress", "never show progress"),
          Option.flag(
              "--strict",
              "refuse a whole .jsonl file if one line is bad (default: read its good lines and"
                  + " name each bad one)"));

  /** A file to read: the id its article gets, and whether a folder listed it. */
  private record Entry(Path file, String id, boolean listed) {
    static final Entry STDIN = new Entry(Path.of("-"), "stdin", false);
  }

  /** Receives the documents of each file as it is read. */
  interface Sink {
    /** Takes the documents of one file; returns false to stop reading. */
    boolean accept(ImmutableList<Reading> readings);
  }

  /**
   * How many files were read.
   *
   * @param filesRead how many files (or seed articles) were read
   * @param filesFailed how many files or paths could not be read, or only in part
   * @param stopped whether the sink asked to stop before every file was read
   */
  record Counts(int filesRead, int filesFailed, boolean stopped) {}

  /**
   * What was read.
   *
   * @param corpus the documents read, in the order of the paths (a folder's files in name order)
   * @param filesRead how many files (or seed articles) were read
   * @param filesFailed how many files or paths could not be read
   */
  record Input(Corpus corpus, int filesRead, int filesFailed) {

    /** Returns whether nothing at all was read. */
    boolean isEmpty() {
      return filesRead == 0;
    }

    /**
     * Returns {@link ExitCode#SUCCESS} if every file was read, {@link
     * ExitCode#SOME_FILES_FAILED} if some were, and {@link ExitCode#FAILURE} if none was.
     */
    ExitCode exitCode() {
      if (filesRead == 0) {
        return ExitCode.FAILURE;
      }
      return filesFailed == 0 ? ExitCode.SUCCESS : ExitCode.SOME_FILES_FAILED;
    }
  }

  private final Output output;
  private final Progress.Mode mode;
  private final boolean strict;
  private final boolean recursive;
  private Parser parser;
  /** Files read in part: a .jsonl file whose bad lines were left out. */
  private int partlyRead;
  /** Files that are not articles, which a folder listed: named, and not failures. */
  private int skipped;

  private CorpusReader(Output output, Progress.Mode mode, boolean strict, boolean recursive, Parser parser) {
    this.output = output;
    this.mode = mode;
    this.strict = strict;
    this.recursive = recursive;
    this.parser = parser;
  }

  /**
   * Returns a reader that writes problems and progress to {@code output}, as the {@link #OPTIONS}
   * among {@code arguments} ask.
   *
   * @throws UsageException if both {@code --progress} and {@code --no-progress} are given
   */
  static CorpusReader of(Arguments arguments, Output output, String command) throws UsageException {
    boolean always = arguments.has("--progress");
    boolean never = arguments.has("--no-progress");
    if (always && never) {
      throw new UsageException(
          command, "--progress and --no-progress contradict each other; give one");
    }
    Parser parser = null;
    Optional<String> lexicon = arguments.value("--lexicon");
    if (lexicon.isPresent()) {
      try {
        parser = Parser.builder().lexicon(Path.of(lexicon.get())).build();
      } catch (IOException | InvalidPathException e) {
        throw new UsageException(command, "--lexicon " + lexicon.get() + ": cannot be read: " + reason(e));
      } catch (LexiconException e) {
        throw new UsageException(command, "--lexicon: " + e.getMessage());
      }
    }
    return new CorpusReader(
        output,
        always ? Progress.Mode.ALWAYS : never ? Progress.Mode.NEVER : Progress.Mode.AUTO,
        arguments.has("--strict"),
        arguments.has("--recursive"),
        parser);
  }

  /** Reads {@code paths}, or the seed articles if there is none. */
  Input read(List<String> paths) {
    if (paths.isEmpty()) {
      return new Input(Seeds.corpus(), Seeds.articles().size(), 0);
    }
    List<Reading> readings = new ArrayList<>();
    Counts counts = readEach(paths, got -> readings.addAll(got));
    return new Input(Corpus.of(readings), counts.filesRead(), counts.filesFailed());
  }

  /**
   * Reads {@code paths}, or the seed articles if there is none, handing each file's documents to
   * {@code sink} as soon as they are read, until it asks to stop.
   */
  Counts readEach(List<String> paths, Sink sink) {
    if (paths.isEmpty()) {
      boolean more = sink.accept(Seeds.readings());
      return new Counts(Seeds.articles().size(), 0, !more);
    }
    List<Entry> files = new ArrayList<>();
    int failed = 0;
    for (String operand : paths) {
      if (!expand(operand, files)) {
        failed++;
      }
    }
    Map<String, Path> ids = new HashMap<>();
    int read = 0;
    boolean stopped = false;
    Progress progress = Progress.start(mode, output, files.size());
    for (Entry entry : files) {
      int skippedBefore = skipped;
      ImmutableList<Reading> got = readOne(entry, progress);
      if (!got.isEmpty() && hasNewIds(entry.file(), got, ids, progress)) {
        read++;
        if (!sink.accept(got)) {
          stopped = true;
          break;
        }
      } else if (skipped == skippedBefore) {
        failed++;
      }
      progress.advance();
    }
    progress.finish();
    if (files.isEmpty() && failed == 0) {
      output.problem("nothing to read: no article files (.txt, .html, .htm, .jsonl) in " + String.join(", ", paths));
    }
    if (skipped > 0) {
      output.problem(
          "skipped " + skipped + (skipped == 1 ? " file" : " files") + " of the folders that "
              + (skipped == 1 ? "is not an article" : "are not articles") + ", each named above");
    }
    return new Counts(read, failed + partlyRead, stopped);
  }

  /** Adds the files {@code operand} names to {@code files}; returns false if it names none. */
  private boolean expand(String operand, List<Entry> files) {
    if (operand.equals("-")) {
      files.add(Entry.STDIN);
      return true;
    }
    Path path;
    try {
      path = Path.of(operand);
    } catch (InvalidPathException e) {
      output.problem(operand + ": not a valid path: " + e.getReason());
      return false;
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> listing = recursive ? Files.walk(path) : Files.list(path)) {
        List<Path> found = listing.filter(p -> !Files.isDirectory(p)).sorted().toList();
        if (found.isEmpty()) {
          output.problem("warning: " + path + ": no files in this folder"
              + (recursive ? " or its subfolders" : " (--recursive reads its subfolders)"));
        }
        for (Path file : found) {
          files.add(new Entry(file, Article.idOf(path, file), true));
        }
        return true;
      } catch (IOException | UncheckedIOException e) {
        output.problem(path + ": cannot list the folder: " + reason(e));
        return false;
      }
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      // a link that loops or leads nowhere is read, and reported for what it is
      files.add(new Entry(path, Article.idOf(path), false));
      return true;
    }
    output.problem(path + ": no such file or folder");
    return false;
  }

  /** Returns the readings of one file, empty if it could not be read (and said so). */
  private ImmutableList<Reading> readOne(Entry entry, Progress progress) {
    Path file = entry.file();
    try {
      ParsedFiles parsed;
      if (entry == Entry.STDIN) {
        parsed = parser().parseStream(output.in(), "stdin");
      } else if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")
          && !holdsArticles(file)) {
        return readJsonLines(file, progress);
      } else {
        parsed = parser().parseFile(file, entry.id());
      }
      for (FileProblem problem : parsed.problems()) {
        progress.interrupt();
        output.problem((problem.kind().isFatal() ? "" : "warning: ") + problem.message());
        if (problem.kind() == FileProblem.Kind.NOT_AN_ARTICLE && entry.listed()) {
          skipped++;
        }
        if (problem.kind() == FileProblem.Kind.BAD_LINE && !parsed.corpus().readings().isEmpty()) {
          partlyRead++;
        }
      }
      if (strict && parsed.problems().stream().anyMatch(p -> p.kind() == FileProblem.Kind.BAD_LINE)) {
        output.problem(file + ": not read, since --strict refuses a file with a bad line");
        return ImmutableList.of();
      }
      return parsed.corpus().readings();
    } catch (CorpusJsonException e) {
      progress.interrupt();
      output.problem(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      progress.interrupt();
      output.problem(file + ": cannot be read: " + reason(e));
    } catch (RuntimeException e) {
      // A bug in reading one file must not lose the others; the message names the file.
      progress.interrupt();
      output.problem(file + ": could not be read, internal error: " + e);
    }
    return ImmutableList.of();
  }

  /**
   * Whether the JSON Lines {@code file} holds articles to parse ({@code {"id", "text", ...}})
   * rather than readings written by {@code extract}: its first line says. A file that cannot be
   * opened is taken for readings, whose reader names the problem.
   */
  private static boolean holdsArticles(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (var lines = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          return ArticleJson.isArticleLine(line.startsWith("\ufeff") ? line.substring(1) : line);
        }
      }
      return false;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /**
   * Returns the readings of a JSON Lines file: its good lines, each bad line named, or nothing if
   * one is bad and {@code --strict} was given. A FIFO or device is named and not opened.
   */
  private ImmutableList<Reading> readJsonLines(Path file, Progress progress) throws IOException {
    if (!Files.isRegularFile(file)) {
      progress.interrupt();
      output.problem(
          file + ": not a regular file (a FIFO, a device, a folder or a broken link); only regular"
              + " files are read, so it was not opened");
      return ImmutableList.of();
    }
    ParsedLines lines = CorpusJson.readGoodLines(file);
    for (CorpusJsonException error : lines.errors()) {
      progress.interrupt();
      output.problem(error.getMessage());
    }
    if (!lines.isComplete() && !lines.readings().isEmpty() && !strict) {
      partlyRead++; // its good lines are read, but the run did not read everything
    }
    if (strict && !lines.isComplete()) {
      output.problem(
          file + ": not read, since --strict refuses a file with a bad line ("
              + lines.errors().size() + " here)");
      return ImmutableList.of();
    }
    if (lines.readings().isEmpty() && lines.isComplete()) {
      progress.interrupt();
      output.problem(file + ": no document in this JSON Lines file");
    }
    return lines.readings();
  }

  /**
   * Whether no document of {@code got} has an id a file read before had; if one has, says so,
   * naming both files.
   */
  private boolean hasNewIds(Path file, List<Reading> got, Map<String, Path> ids, Progress progress) {
    for (Reading reading : got) {
      Path other = ids.get(reading.id());
      if (other != null) {
        progress.interrupt();
        output.problem(
            String.format(
                "%s: document id \"%s\" is already that of a document of %s; ids of articles are"
                    + " file names without .txt, so rename one of the two files (or leave one out)",
                file,
                reading.id(),
                other));
        return false;
      }
    }
    for (Reading reading : got) {
      ids.put(reading.id(), file); // a .jsonl file's lines have distinct ids: readGoodLines checks
    }
    return true;
  }

  private Parser parser() {
    if (parser == null) {
      parser = Parser.defaultFrench();
    }
    return parser;
  }

  private static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.toString();
  }
}
