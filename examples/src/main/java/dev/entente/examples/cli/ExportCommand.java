package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.duckdb.DuckDbExport;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.graph.GraphFormat;
import dev.entente.graph.RelationGraph;
import dev.entente.query.Corpus;
import dev.entente.table.CorpusTables;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code entente export}: writes the corpus into the tools analysts work with: a DuckDB database
 * of its typed tables, with keys between them; Parquet files of the same tables; the relation
 * graph as GraphML, GEXF or DOT.
 */
final class ExportCommand implements Command {

  private static final ImmutableList<Option> OPTIONS =
      ImmutableList.<Option>builder()
          .add(Option.of("--duckdb", "FILE", "write the tables into the DuckDB database FILE (replaced if it exists)"))
          .add(Option.of("--parquet", "DIR", "write each table as DIR/NAME.parquet"))
          .add(Option.of("--graph", "graphml|gexf|dot", "write the relation graph in this format"))
          .add(Option.of("--out", "FILE", "with --graph: the file to write (default: stdout)"))
          .addAll(CorpusReader.OPTIONS)
          .add(Arguments.HELP)
          .build();

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "write a DuckDB database, Parquet files or the relation graph (GraphML, GEXF, DOT)";
  }

  @Override
  public String help() {
    return String.join(
        "\n\n",
        HelpTexts.usage(name(), "[PATH...] [--duckdb FILE] [--parquet DIR] [--graph graphml|gexf|dot [--out FILE]]"),
        """
        Reads the articles and writes, as asked (one or more of):
          --duckdb FILE   a DuckDB database of the typed tables (documents, facts, actors,
                          agreements, participants, exercises, transfers, statements, relations,
                          evidence) with primary and foreign keys and a comment on every column
          --parquet DIR   the same tables as Parquet files, DIR/transfers.parquet and so on
          --graph FORMAT  the relation graph: states as nodes (label: French name), one edge per
                          pair and domain with its number of facts (weight) and first and last
                          years; GraphML and GEXF open in Gephi and Cytoscape, DOT in Graphviz""",
        HelpTexts.PATHS,
        HelpTexts.options(OPTIONS),
        """
        Examples:
          entente export articles/ --duckdb entente.duckdb
          entente export --parquet parquet/
          entente export --graph gexf --out relations.gexf""",
        HelpTexts.EXIT_CODES);
  }

  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    Arguments arguments = Arguments.parse(name(), words, OPTIONS);
    Optional<Path> duckdb = path(arguments, "--duckdb");
    Optional<Path> parquet = path(arguments, "--parquet");
    Optional<GraphFormat> graph = arguments.enumValue("--graph", GraphFormat.class, "graph format");
    Optional<Path> out = path(arguments, "--out");
    if (duckdb.isEmpty() && parquet.isEmpty() && graph.isEmpty()) {
      throw new UsageException(name(), "export needs --duckdb FILE, --parquet DIR or --graph FORMAT");
    }
    if (out.isPresent() && graph.isEmpty()) {
      throw new UsageException(name(), "--out names the file of --graph; give --graph FORMAT too");
    }
    CorpusReader.Input input = CorpusReader.of(arguments, output, name()).read(arguments.operands());
    if (input.isEmpty()) {
      return input.exitCode();
    }
    Corpus corpus = input.corpus();
    try {
      if (duckdb.isPresent() || parquet.isPresent()) {
        CorpusTables tables = CorpusTables.of(corpus);
        if (duckdb.isPresent()) {
          long start = System.nanoTime();
          DuckDbExport.write(tables, duckdb.get());
          output.problem(String.format("wrote %s: %s (%.2f s)", duckdb.get(), rows(tables), (System.nanoTime() - start) / 1e9));
        }
        if (parquet.isPresent()) {
          long start = System.nanoTime();
          DuckDbExport.writeParquet(tables, parquet.get());
          output.problem(String.format("wrote %d Parquet files to %s (%.2f s)", tables.all().size(), parquet.get(), (System.nanoTime() - start) / 1e9));
        }
      }
      if (graph.isPresent()) {
        RelationGraph relations = RelationGraph.of(corpus);
        if (out.isPresent()) {
          relations.write(graph.get(), out.get());
          output.problem("wrote " + out.get() + ": " + relations.states().size() + " states, " + relations.edges().size() + " relations");
        } else {
          Writer writer = new OutputStreamWriter(output.out(), StandardCharsets.UTF_8);
          relations.write(graph.get(), writer);
          writer.write('\n');
          writer.flush();
        }
      }
    } catch (IOException e) {
      output.problem(e.getMessage());
      return ExitCode.FAILURE;
    }
    return input.exitCode();
  }

  private static String rows(CorpusTables tables) {
    StringBuilder text = new StringBuilder();
    tables.all().forEach(t -> text.append(text.length() == 0 ? "" : ", ").append(t.name()).append(' ').append(t.size()));
    return text.toString();
  }

  private Optional<Path> path(Arguments arguments, String option) throws UsageException {
    Optional<String> value = arguments.value(option);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(value.get()));
    } catch (InvalidPathException e) {
      throw new UsageException(name(), option + " needs a path, got \"" + value.get() + "\": " + e.getReason());
    }
  }
}
