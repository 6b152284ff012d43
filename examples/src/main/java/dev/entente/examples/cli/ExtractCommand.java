package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.json.CorpusJson;
import dev.entente.model.Reading;
import dev.entente.table.CorpusTables;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code entente extract}: writes what was read from each article, as JSON Lines (one {@link
 * CorpusJson} line per article, nothing else on standard output), as one JSON array of the same
 * objects, or as CSV files, one per typed table of {@link CorpusTables}, in a folder.
 */
final class ExtractCommand implements Command {

  /** The output formats. */
  enum Format {
    JSONL,
    JSON,
    CSV;

    /** Returns the name as written on the command line, in lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final ImmutableList<Option> OPTIONS =
      ImmutableList.<Option>builder()
          .add(
              Option.of(
                  "--format",
                  "jsonl|json|csv",
                  "the output format, jsonl by default (see above)"))
          .add(Option.of("--out", "DIR", "with --format csv: the folder of the CSV files (created if needed)"))
          .add(Option.flag("--bom", "with --format csv: start each file with a UTF-8 byte order mark, for spreadsheets"))
          .addAll(CorpusReader.OPTIONS)
          .add(Arguments.HELP)
          .build();

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public String summary() {
    return "write what was read from each article, as JSON Lines, JSON or CSV";
  }

  @Override
  public String help() {
    return String.join(
        "\n\n",
        HelpTexts.usage(name(), "[PATH...] [--format jsonl|json] | --format csv --out DIR [--bom]"),
        """
        Reads the articles and writes what was read from them:
          jsonl  to stdout, one JSON object per article and line, as dev.entente.json.CorpusJson
                 writes it: the document, its actors, agreements, exercises, arms transfers,
                 statements, relations and diagnostics, each fact with its id and evidence
          json   to stdout, the same objects in one JSON array
          csv    to the folder --out DIR, one file per typed table (RFC 4180, CRLF line ends):
                 documents, facts, actors, agreements, participants, exercises, transfers,
                 statements, relations, evidence, lifecycle, disagreements; lists are one
                 field, items separated by ';'""",
        HelpTexts.PATHS,
        HelpTexts.options(OPTIONS),
        """
        Examples:
          entente extract > seeds.jsonl
          entente extract articles/ --format csv --out tables/ --bom
          entente query transfers --from RUS seeds.jsonl""",
        HelpTexts.EXIT_CODES);
  }

  /**
   * Writes each file's documents as soon as they are read, so that {@code extract | head -1}
   * prints its line at once, and stops reading as soon as standard output is closed.
   */
  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    Arguments arguments = Arguments.parse(name(), words, OPTIONS);
    Format format = arguments.enumValue("--format", Format.class, "format").orElse(Format.JSONL);
    if (format == Format.CSV && !arguments.has("--out")) {
      throw new UsageException(name(), "--format csv writes one file per table: give the folder with --out DIR");
    }
    if (format != Format.CSV && (arguments.has("--out") || arguments.has("--bom"))) {
      throw new UsageException(name(), "--out and --bom go with --format csv; " + format + " goes to stdout");
    }
    CorpusReader reader = CorpusReader.of(arguments, output, name());
    if (format == Format.CSV) {
      return writeTables(reader, arguments, output);
    }
    PrintStream out = output.out();
    int[] written = {0};
    CorpusReader.Counts counts =
        reader.readEach(
            arguments.operands(),
            readings -> {
              for (Reading reading : readings) {
                switch (format) {
                  case JSONL -> out.print(CorpusJson.write(reading) + "\n");
                  case JSON -> out.print((written[0] == 0 ? "[\n" : ",\n") + CorpusJson.write(reading));
                  case CSV -> throw new AssertionError("CSV is written by writeTables");
                }
                written[0]++;
              }
              return !out.checkError(); // checkError flushes: a closed pipe shows here
            });
    if (counts.stopped()) {
      return ExitCode.FAILURE; // Entente.run says that standard output cannot be written
    }
    if (counts.filesRead() == 0) {
      return ExitCode.FAILURE; // nothing was read, and nothing written
    }
    if (format == Format.JSON) {
      out.print("\n]\n");
    }
    return counts.filesFailed() == 0 ? ExitCode.SUCCESS : ExitCode.SOME_FILES_FAILED;
  }

  /** Reads everything, then writes the corpus's tables as CSV files into {@code --out}. */
  private ExitCode writeTables(CorpusReader reader, Arguments arguments, Output output) throws UsageException {
    Path folder;
    try {
      folder = Path.of(arguments.value("--out").orElseThrow());
    } catch (InvalidPathException e) {
      throw new UsageException(name(), "--out needs a folder, got \"" + arguments.value("--out").orElseThrow() + "\"");
    }
    CorpusReader.Input input = reader.read(arguments.operands());
    if (input.isEmpty()) {
      return input.exitCode();
    }
    CorpusTables tables = CorpusTables.of(input.corpus());
    try {
      tables.writeCsv(folder, arguments.has("--bom"));
    } catch (IOException e) {
      output.problem(folder + ": cannot write the CSV files: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    output.problem(
        "wrote " + tables.all().size() + " tables to " + folder + ": "
            + tables.all().stream().map(t -> t.name() + ".csv (" + t.size() + ")").collect(Collectors.joining(", ")));
    return input.exitCode();
  }
}
