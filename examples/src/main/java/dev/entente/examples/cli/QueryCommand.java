package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Table;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.query.Corpus;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;

/**
 * {@code entente query KIND}: hands the words to the query of that kind of relation or fact, and
 * holds what the five queries share: reading the paths and printing the answer as a table.
 */
final class QueryCommand implements Command {

  /** What a query found: the chain of calls it ran, for messages, and the table to print. */
  record Answer(String query, String noun, Table table) {}

  private final ImmutableList<Command> kinds =
      ImmutableList.of(
          new QueryRelationsCommand(),
          new QueryAgreementsCommand(),
          new QueryTransfersCommand(),
          new QueryExercisesCommand(),
          new QueryStatementsCommand());

  @Override
  public String name() {
    return "query";
  }

  @Override
  public String summary() {
    return "print the relations or facts that match, as an aligned table";
  }

  @Override
  public String help() {
    StringBuilder list = new StringBuilder("Kinds:");
    for (Command kind : kinds) {
      String word = kind.name().substring(name().length() + 1);
      list.append("\n  ").append(StringUtils.rightPad(word, 12)).append(kind.summary());
    }
    return String.join(
        "\n\n",
        HelpTexts.usage(name(), "KIND [OPTIONS] [PATH...]"),
        "Reads the articles, runs one query and prints what matches as an aligned table.",
        list.toString(),
        "Run 'entente query KIND --help' for the options of each kind.",
        """
        Examples:
          entente query relations --between RUS CHN --domain MILITARY
          entente query agreements --party IRN --status SIGNED
          entente query transfers --from RUS --to IND
          entente query exercises --involving PAK --year 2017
          entente query statements --by RUS""",
        HelpTexts.EXIT_CODES);
  }

  /** Returns the kinds of query, each a command named {@code "query KIND"}. */
  ImmutableList<Command> kinds() {
    return kinds;
  }

  @Override
  public boolean hasKinds() {
    return true;
  }

  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    if (words.isEmpty()) {
      throw new UsageException(name(), "query needs a kind: " + kindWords());
    }
    String word = words.get(0);
    if (word.startsWith("-") && Arguments.asksForHelp(words)) {
      output.out().println(help());
      return ExitCode.SUCCESS;
    }
    for (Command kind : kinds) {
      if (kind.name().equals(name() + " " + word)) {
        List<String> rest = words.subList(1, words.size());
        if (Arguments.asksForHelp(rest)) {
          output.out().println(kind.help());
          return ExitCode.SUCCESS;
        }
        return kind.run(rest, output);
      }
    }
    throw new UsageException(
        name(),
        String.format(
            "unknown kind of query \"%s\"; give one of %s, before the options", word, kindWords()));
  }

  private String kindWords() {
    return kinds.stream()
        .map(k -> k.name().substring(name().length() + 1))
        .collect(Collectors.joining(", "));
  }

  /** Returns the options of a query: its own, then those of reading, then {@code --help}. */
  static ImmutableList<Option> options(Option... own) {
    return ImmutableList.<Option>builder()
        .add(own)
        .addAll(CorpusReader.OPTIONS)
        .add(Arguments.HELP)
        .build();
  }

  /**
   * Reads the paths among {@code arguments}, runs {@code query} on the corpus and prints its
   * table; says so on stderr when nothing matches.
   */
  static ExitCode answer(
      String command, Arguments arguments, Output output, Function<Corpus, Answer> query)
      throws UsageException {
    CorpusReader.Input input =
        CorpusReader.of(arguments, output, command).read(arguments.operands());
    if (input.isEmpty()) {
      return input.exitCode();
    }
    Answer answer = query.apply(input.corpus());
    output.out().println(answer.table());
    if (answer.table().isEmpty()) {
      output.problem("no " + answer.noun() + " match " + answer.query());
    }
    return input.exitCode();
  }

  /** Returns the usage, description, options and examples of a query, with the exit codes. */
  static String help(
      String command, String synopsis, String description, List<Option> options, String examples) {
    return String.join(
        "\n\n",
        HelpTexts.usage(command, synopsis),
        description,
        HelpTexts.options(options),
        HelpTexts.PATHS,
        "Examples:\n" + examples.strip().indent(2).stripTrailing(),
        HelpTexts.EXIT_CODES);
  }
}
