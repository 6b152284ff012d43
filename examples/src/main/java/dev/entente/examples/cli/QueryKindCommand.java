package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Table;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.query.Corpus;
import dev.entente.query.CorpusQuery;
import dev.entente.table.DataTable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@code entente query KIND}: one kind of query, made from its row of {@link QueryKinds}. It checks
 * its options in the order of its row before reading anything, reads the paths, runs the query the
 * options narrow, in that order, and prints the results as a table; it says so on standard error
 * when nothing matches.
 *
 * @param kind the word after {@code query}, which is also the noun of its results
 * @param summary one line for the list of kinds
 * @param description what the command prints, for its help
 * @param examples one command line a line, for its help
 * @param query the query of every result of a corpus, to narrow
 * @param table the table that prints the results
 * @param data the typed table of the results, for {@code --format csv|json|jsonl}
 * @param own the query's options, in the order they are read, applied and listed
 * @param <Q> the type of query
 * @param <T> the type of result
 */
record QueryKindCommand<Q extends CorpusQuery<Q, T>, T>(
    String kind,
    String summary,
    String description,
    String examples,
    Function<Corpus, Q> query,
    Function<ImmutableList<T>, Table> table,
    Function<ImmutableList<T>, DataTable> data,
    ImmutableList<QueryOption<Q>> own)
    implements Command {

  /** How the results are printed. */
  enum Format {
    /** An aligned table for people, long text cut. */
    TABLE,
    /** CSV of the typed table: RFC 4180, every value whole. */
    CSV,
    /** One JSON array of objects keyed by column. */
    JSON,
    /** One JSON object per line. */
    JSONL;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final Option FORMAT =
      Option.of("--format", "table|csv|json|jsonl", "how to print the results: an aligned table (default), CSV, JSON or JSON Lines");

  QueryKindCommand {
    own = ImmutableList.copyOf(own);
  }

  /** Returns the options the command accepts: its own, then those of reading, then help. */
  private ImmutableList<Option> options() {
    return ImmutableList.<Option>builder()
        .addAll(own.stream().map(QueryOption::option).iterator())
        .add(FORMAT)
        .addAll(CorpusReader.OPTIONS)
        .add(Arguments.HELP)
        .build();
  }

  @Override
  public String name() {
    return "query " + kind;
  }

  @Override
  public String help() {
    String synopsis =
        own.stream()
            .map(o -> "[" + o.option().synopsis() + "]")
            .collect(Collectors.joining(" ", "", " [--format table|csv|json|jsonl] [PATH...]"));
    return String.join(
        "\n\n",
        HelpTexts.usage(name(), synopsis),
        description,
        HelpTexts.options(options()),
        HelpTexts.PATHS,
        "Examples:\n" + examples.strip().indent(2).stripTrailing(),
        HelpTexts.EXIT_CODES);
  }

  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    Arguments arguments = Arguments.parse(name(), words, options());
    Format format = arguments.enumValue("--format", Format.class, "format").orElse(Format.TABLE);
    List<UnaryOperator<Q>> calls = new ArrayList<>();
    for (QueryOption<Q> option : own) { // every value is checked before any file is read
      Optional<UnaryOperator<Q>> call = option.read(arguments);
      call.ifPresent(calls::add);
    }
    CorpusReader.Input input = CorpusReader.of(arguments, output, name()).read(arguments.operands());
    if (input.isEmpty()) {
      return input.exitCode();
    }
    Q narrowed = query.apply(input.corpus());
    for (UnaryOperator<Q> call : calls) {
      narrowed = call.apply(narrowed);
    }
    ImmutableList<T> results = narrowed.list();
    if (format == Format.TABLE) {
      output.out().println(table.apply(results));
    } else {
      DataTable typed = data.apply(results);
      try {
        switch (format) {
          case CSV -> typed.writeCsv(output.out(), false);
          case JSON, JSONL -> {
            Writer writer = new OutputStreamWriter(output.out(), StandardCharsets.UTF_8);
            if (format == Format.JSON) {
              typed.writeJson(writer);
            } else {
              typed.writeJsonLines(writer);
            }
            writer.flush();
          }
          default -> throw new AssertionError(format);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (results.isEmpty()) {
      output.problem("no " + kind + " match " + narrowed);
    }
    return input.exitCode();
  }
}
