package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.json.CorpusJson;
import dev.entente.json.CorpusJsonException;
import dev.entente.model.Reading;
import dev.entente.parse.FileProblem;
import dev.entente.parse.ParsedFiles;
import dev.entente.parse.Parser;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the paths of a command line into a corpus, one file at a time, reporting each file that
 * cannot be read on standard error and going on with the others.
 *
 * <p>A path is an article ({@code .txt} or any name, read by {@link Parser#parseFiles}), a folder
 * whose {@code .txt} files are read in name order (not its subfolders), or a {@code .jsonl} file
 * written by {@code entente extract}. No path means the bundled seed articles. Document ids must be
 * unique: a file whose id another file already has is reported and left out.
 */
final class CorpusReader {

  /** The options of every command that reads paths. */
  static final ImmutableList<Option> OPTIONS =
      ImmutableList.of(
          Option.flag(
              "--progress",
              "show 'read N/M files' on stderr (default: on a terminal, past "
                  + Progress.AUTO_THRESHOLD
                  + " files)"),
          Option.flag("--no-progress", "never show progress"));

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
  private Parser parser;

  private CorpusReader(Output output, Progress.Mode mode) {
    this.output = output;
    this.mode = mode;
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
    return new CorpusReader(
        output, always ? Progress.Mode.ALWAYS : never ? Progress.Mode.NEVER : Progress.Mode.AUTO);
  }

  /** Reads {@code paths}, or the seed articles if there is none. */
  Input read(List<String> paths) {
    if (paths.isEmpty()) {
      return new Input(Seeds.corpus(), Seeds.articles().size(), 0);
    }
    List<Path> files = new ArrayList<>();
    int failed = 0;
    for (String operand : paths) {
      if (!expand(operand, files)) {
        failed++;
      }
    }
    List<Reading> readings = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int read = 0;
    Progress progress = Progress.start(mode, output, files.size());
    for (Path file : files) {
      ImmutableList<Reading> got = readOne(file, progress);
      if (!got.isEmpty() && hasNewIds(file, got, ids, progress)) {
        readings.addAll(got);
        read++;
      } else {
        failed++;
      }
      progress.advance();
    }
    progress.finish();
    if (files.isEmpty() && failed == 0) {
      output.problem("nothing to read: no .txt article files in " + String.join(", ", paths));
    }
    return new Input(Corpus.of(readings), read, failed);
  }

  /** Adds the files {@code operand} names to {@code files}; returns false if it names none. */
  private boolean expand(String operand, List<Path> files) {
    Path path;
    try {
      path = Path.of(operand);
    } catch (InvalidPathException e) {
      output.problem(operand + ": not a valid path: " + e.getReason());
      return false;
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> listing = Files.list(path)) {
        List<Path> found =
            listing
                .filter(p -> p.getFileName().toString().endsWith(".txt") && !Files.isDirectory(p))
                .sorted()
                .toList();
        if (found.isEmpty()) {
          output.problem("warning: " + path + ": no .txt files in this folder");
        }
        files.addAll(found);
        return true;
      } catch (IOException | UncheckedIOException e) {
        output.problem(path + ": cannot list the folder: " + reason(e));
        return false;
      }
    }
    if (Files.exists(path)) {
      files.add(path);
      return true;
    }
    output.problem(path + ": no such file or folder");
    return false;
  }

  /** Returns the readings of one file, empty if it could not be read (and said so). */
  private ImmutableList<Reading> readOne(Path file, Progress progress) {
    try {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        ImmutableList<Reading> readings = CorpusJson.readLines(file);
        if (readings.isEmpty()) {
          progress.interrupt();
          output.problem(file + ": no document in this JSON Lines file");
        }
        return readings;
      }
      ParsedFiles parsed = parser().parseFiles(file);
      for (FileProblem problem : parsed.problems()) {
        progress.interrupt();
        output.problem((problem.kind().isFatal() ? "" : "warning: ") + problem.message());
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

  private boolean hasNewIds(Path file, List<Reading> got, Set<String> ids, Progress progress) {
    Set<String> mine = new HashSet<>();
    for (Reading reading : got) {
      if (ids.contains(reading.id()) || !mine.add(reading.id())) {
        progress.interrupt();
        output.problem(
            String.format(
                "%s: document id \"%s\" is already taken by another file; ids are file names"
                    + " without .txt, so rename one of them",
                file,
                reading.id()));
        return false;
      }
    }
    ids.addAll(mine);
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
