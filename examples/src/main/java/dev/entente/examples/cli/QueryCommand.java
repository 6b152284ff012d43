package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;

/**
 * {@code entente query KIND}: hands the words to the query of that kind of relation or fact, one
 * {@link QueryKindCommand} per row of {@link QueryKinds}.
 */
final class QueryCommand implements Command {

  private final ImmutableList<Command> kinds = QueryKinds.all();

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
}
