package dev.entente.examples.cli;

import com.google.common.base.Supplier;
import com.google.common.collect.ImmutableList;
import dev.entente.json.ArticleJson;
import dev.entente.json.CorpusJson;
import dev.entente.json.CorpusJsonException;
import dev.entente.json.ParsedLines;
import dev.entente.parse.FileProblem;
import dev.entente.parse.ParsedFiles;
import dev.entente.parse.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one file of the command line into its documents and the problems to report, printing
 * nothing, so that several files can be read at once and reported in order. Thread-safe: the
 * parser is built once, by the first file that needs it.
 */
final class FileParser {

  private final Supplier<Parser> parser;
  private final InputStream in;
  private final boolean strict;

  /**
   * Creates a reader of files.
   *
   * @param parser the parser, built when first asked for (a memoizing supplier)
   * @param in standard input, which {@link InputFile#STDIN} reads
   * @param strict whether a file with a bad line is refused whole
   */
  FileParser(Supplier<Parser> parser, InputStream in, boolean strict) {
    this.parser = parser;
    this.in = in;
    this.strict = strict;
  }

  /** Returns what reading {@code input} gave; never throws for a bad or unreadable file. */
  FileOutcome read(InputFile input) {
    Path file = input.file();
    try {
      if (input.isStdin()) {
        return outcome(input, parser.get().parseStream(in, "stdin"));
      }
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") && !holdsArticles(file)) {
        return readJsonLines(file);
      }
      return outcome(input, parser.get().parseFile(file, input.id()));
    } catch (CorpusJsonException e) {
      return FileOutcome.failed(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return FileOutcome.failed(file + ": cannot be read: " + CorpusReader.reason(e));
    } catch (RuntimeException e) {
      // A bug in reading one file must not lose the others; the message names the file.
      return FileOutcome.failed(file + ": could not be read, internal error: " + e);
    }
  }

  private FileOutcome outcome(InputFile input, ParsedFiles parsed) {
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    boolean skipped = false;
    boolean partly = false;
    for (FileProblem problem : parsed.problems()) {
      problems.add((problem.kind().isFatal() ? "" : "warning: ") + problem.message());
      if (problem.kind() == FileProblem.Kind.NOT_AN_ARTICLE && input.listed()) {
        skipped = true;
      }
      if (problem.kind() == FileProblem.Kind.BAD_LINE && !parsed.corpus().readings().isEmpty()) {
        partly = true;
      }
    }
    if (strict && parsed.problems().stream().anyMatch(p -> p.kind() == FileProblem.Kind.BAD_LINE)) {
      problems.add(input.file() + ": not read, since --strict refuses a file with a bad line");
      return new FileOutcome(ImmutableList.of(), problems.build(), skipped, partly);
    }
    return new FileOutcome(parsed.corpus().readings(), problems.build(), skipped, partly);
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
    try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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
  private FileOutcome readJsonLines(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return FileOutcome.failed(
          file + ": not a regular file (a FIFO, a device, a folder or a broken link); only regular"
              + " files are read, so it was not opened");
    }
    ParsedLines lines = CorpusJson.readGoodLines(file);
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    for (CorpusJsonException error : lines.errors()) {
      problems.add(error.getMessage());
    }
    // its good lines are read, but the run did not read everything
    boolean partly = !lines.isComplete() && !lines.readings().isEmpty() && !strict;
    if (strict && !lines.isComplete()) {
      problems.add(
          file + ": not read, since --strict refuses a file with a bad line ("
              + lines.errors().size() + " here)");
      return new FileOutcome(ImmutableList.of(), problems.build(), false, partly);
    }
    if (lines.readings().isEmpty() && lines.isComplete()) {
      problems.add(file + ": no document in this JSON Lines file");
    }
    return new FileOutcome(lines.readings(), problems.build(), false, partly);
  }
}
