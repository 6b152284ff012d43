package dev.entente.examples.cli;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.entente.batch.ParallelMap;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.LexiconException;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the paths of a command line into a corpus, several files at a time on {@code --threads}
 * threads, reporting each file that cannot be read on standard error and going on with the others.
 * Files are handed over and reported in the order of the paths, whatever the number of threads, so
 * the output is the same as on one thread.
 *
 * <p>A path is an article ({@code .txt} or any name, read by {@link Parser#parseFiles}), a folder
 * whose {@code .txt} files (any case: {@code B.TXT} too) are read in name order (not its
 * subfolders), or a {@code .jsonl} file written by {@code entente extract}. No path means the
 * bundled seed articles. Only regular files are opened: a FIFO or a device is named and skipped.
 * A {@code .jsonl} file's bad lines are named and its good lines read, unless {@code --strict}.
 * Document ids must be unique: a file whose id another file already has is reported, naming both,
 * and left out.
 *
 * <p>{@link #readEach} hands over each file's documents as soon as they and those of the files
 * before them are read, so that {@code extract} can write them at once and stop when its output is
 * closed; at most a {@linkplain ParallelMap#window() window} of files is read ahead, so a folder of
 * any size is read in bounded memory.
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
          Option.of(
              "--threads",
              "N",
              "parse on N threads (default: the machine's cores); the output is the same for"
                  + " every N"),
          Option.flag(
              "--progress",
              "show 'read N/M files, D documents, X MB/s, T left' on stderr (default: on a"
                  + " terminal, past " + Progress.AUTO_THRESHOLD + " files)"),
          Option.flag("--no-progress", "never show progress"),
          Option.flag(
              "--strict",
              "refuse a whole .jsonl file if one line is bad (default: read its good lines and"
                  + " name each bad one)"));

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
  private final boolean recursive;
  private final ParallelMap map;
  private final FileParser files;

  private CorpusReader(
      Output output, Progress.Mode mode, boolean strict, boolean recursive, ParallelMap map, Supplier<Parser> parser) {
    this.output = output;
    this.mode = mode;
    this.recursive = recursive;
    this.map = map;
    this.files = new FileParser(parser, output.in(), strict);
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
    ParallelMap map = ParallelMap.ofThreads(threads(arguments, command));
    Supplier<Parser> parser = Suppliers.memoize(Parser::defaultFrench);
    Optional<String> lexicon = arguments.value("--lexicon");
    if (lexicon.isPresent()) {
      try {
        parser = Suppliers.ofInstance(Parser.builder().lexicon(Path.of(lexicon.get())).build());
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
        map,
        parser);
  }

  /**
   * Returns the number of threads {@code --threads} asks for, or the machine's cores.
   *
   * @throws UsageException if the value is not a whole number from 1 to {@link
   *     ParallelMap#MAX_THREADS}
   */
  private static int threads(Arguments arguments, String command) throws UsageException {
    Optional<String> value = arguments.value("--threads");
    if (value.isEmpty()) {
      return ParallelMap.defaultThreads();
    }
    int threads;
    try {
      threads = Integer.parseInt(value.get().strip());
    } catch (NumberFormatException e) {
      threads = 0;
    }
    if (threads < 1 || threads > ParallelMap.MAX_THREADS) {
      throw new UsageException(
          command,
          String.format(
              "--threads needs a whole number of threads from 1 to %d, got \"%s\"; without it, the"
                  + " machine's %d cores are used",
              ParallelMap.MAX_THREADS,
              value.get(),
              ParallelMap.defaultThreads()));
    }
    return threads;
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
    List<InputFile> inputs = new ArrayList<>();
    int failed = 0;
    for (String operand : paths) {
      if (!expand(operand, inputs)) {
        failed++;
      }
    }
    Map<String, Path> ids = new HashMap<>();
    int read = 0;
    int partlyRead = 0;
    int skipped = 0; // files that are not articles, which a folder listed: named, not failures
    boolean stopped = false;
    Progress progress = Progress.start(mode, output, inputs.size(), inputs.stream().mapToLong(InputFile::bytes).sum());
    try (Stream<FileOutcome> outcomes = map.stream(inputs.iterator(), files::read)) {
      Iterator<FileOutcome> each = outcomes.iterator();
      for (InputFile input : inputs) {
        FileOutcome outcome = each.next(); // the outcomes come in the order of the inputs
        for (String problem : outcome.problems()) {
          progress.interrupt();
          output.problem(problem);
        }
        if (outcome.skipped()) {
          skipped++;
        }
        if (outcome.partlyRead()) {
          partlyRead++;
        }
        ImmutableList<Reading> got = outcome.readings();
        progress.advance(input.bytes(), got.size());
        if (!got.isEmpty() && hasNewIds(input.file(), got, ids, progress)) {
          read++;
          if (!sink.accept(got)) {
            stopped = true;
            break;
          }
        } else if (!outcome.skipped()) {
          failed++;
        }
      }
    }
    progress.finish();
    if (inputs.isEmpty() && failed == 0) {
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
  private boolean expand(String operand, List<InputFile> files) {
    if (operand.equals("-")) {
      files.add(InputFile.STDIN);
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
          files.add(new InputFile(file, Article.idOf(path, file), true, size(file)));
        }
        return true;
      } catch (IOException | UncheckedIOException e) {
        output.problem(path + ": cannot list the folder: " + reason(e));
        return false;
      }
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      // a link that loops or leads nowhere is read, and reported for what it is
      files.add(new InputFile(path, Article.idOf(path), false, size(path)));
      return true;
    }
    output.problem(path + ": no such file or folder");
    return false;
  }

  /** Returns the size of {@code file} for progress, 0 if it cannot be known. */
  private static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException | SecurityException e) {
      return 0; // reading it will say what is wrong
    }
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

  /** Returns the message of {@code e}, or of the I/O error it wraps. */
  static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.toString();
  }
}
