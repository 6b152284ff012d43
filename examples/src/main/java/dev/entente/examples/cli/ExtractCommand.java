package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Tables;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.json.CorpusJson;
import dev.entente.model.Reading;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code entente extract}: writes what was read from each article, as JSON Lines (one {@link
 * CorpusJson} line per article, nothing else on standard output), as one JSON array of the same
 * objects, or as CSV with one row per fact.
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
        HelpTexts.usage(name(), "[PATH...] [--format jsonl|json|csv] [--progress]"),
        """
        Reads the articles and writes what was read from them to stdout:
          jsonl  one JSON object per article and line, as dev.entente.json.CorpusJson writes it:
                 the document, its actors, agreements, exercises, arms transfers, statements,
                 relations and diagnostics, each fact with its id and evidence
          json   the same objects in one JSON array
          csv    one row per fact and article (RFC 4180, CRLF line ends), with the columns
                 document, kind, id, states, domains, status, date, summary""",
        HelpTexts.PATHS,
        HelpTexts.options(OPTIONS),
        """
        Examples:
          entente extract > seeds.jsonl
          entente extract articles/ --format csv > facts.csv
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
    CorpusReader reader = CorpusReader.of(arguments, output, name());
    PrintStream out = output.out();
    int[] written = {0};
    CorpusReader.Counts counts =
        reader.readEach(
            arguments.operands(),
            readings -> {
              if (written[0] == 0 && format == Format.CSV) {
                CsvWriter.writeHeader(Tables.ofReadings(List.of()), out);
              }
              for (Reading reading : readings) {
                switch (format) {
                  case JSONL -> out.print(CorpusJson.write(reading) + "\n");
                  case JSON -> out.print((written[0] == 0 ? "[\n" : ",\n") + CorpusJson.write(reading));
                  case CSV -> CsvWriter.writeRows(Tables.ofReadings(List.of(reading)), out);
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
}
