package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Table;
import dev.entente.examples.Table.Align;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.Fact;
import dev.entente.model.FactKind;
import dev.entente.query.Corpus;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code entente stats}: how much was read, then three tables: relations and facts by pair of
 * states, by domain, and facts by kind.
 */
final class StatsCommand implements Command {

  private static final ImmutableList<Option> OPTIONS =
      ImmutableList.<Option>builder().addAll(CorpusReader.OPTIONS).add(Arguments.HELP).build();

  @Override
  public String name() {
    return "stats";
  }

  @Override
  public String summary() {
    return "count relations and facts by pair of states, by domain and by kind";
  }

  @Override
  public String help() {
    return String.join(
        "\n\n",
        HelpTexts.usage(name(), "[PATH...] [--progress]"),
        """
        Reads the articles and prints one summary line, then three aligned tables:
          PAIR    RELATIONS  FACTS   for each pair of states, the most linked first: its number
                                     of relations (one per domain) and of facts
          DOMAIN  RELATIONS  FACTS   for each domain with a relation or a fact
          KIND    FACTS              for each kind of fact: agreement, exercise, transfer,
                                     statement
        A fact several articles report counts once.""",
        HelpTexts.PATHS,
        HelpTexts.options(OPTIONS),
        """
        Examples:
          entente stats
          entente stats articles/ | less""",
        HelpTexts.EXIT_CODES);
  }

  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    Arguments arguments = Arguments.parse(name(), words, OPTIONS);
    CorpusReader.Input input =
        CorpusReader.of(arguments, output, name()).read(arguments.operands());
    if (input.isEmpty()) {
      return input.exitCode();
    }
    Corpus corpus = input.corpus();
    PrintStream out = output.out();
    out.println(
        counted(corpus.size(), "document")
            + ", "
            + counted(corpus.facts().size(), "fact")
            + ", "
            + counted(corpus.relations().count(), "relation"));
    out.println();
    out.println(byPair(corpus));
    out.println();
    out.println(byDomain(corpus));
    out.println();
    out.println(byKind(corpus));
    return input.exitCode();
  }

  private static Table byPair(Corpus corpus) {
    Map<CountryPair, Integer> facts = new HashMap<>();
    for (Fact fact : corpus.facts()) {
      fact.pairs().forEach(pair -> facts.merge(pair, 1, Integer::sum));
    }
    Table.Builder table =
        Table.builder()
            .column("pair")
            .column("relations", Align.RIGHT)
            .column("facts", Align.RIGHT);
    corpus
        .relations()
        .countByPair()
        .forEach(
            (pair, relations) ->
                table.row(
                    pair.toString(),
                    relations.toString(),
                    String.valueOf(facts.getOrDefault(pair, 0))));
    return table.build();
  }

  private static Table byDomain(Corpus corpus) {
    Map<Domain, Long> relations = corpus.relations().countByDomain();
    Map<Domain, Integer> facts = new EnumMap<>(Domain.class);
    for (Fact fact : corpus.facts()) {
      fact.domains().forEach(domain -> facts.merge(domain, 1, Integer::sum));
    }
    Table.Builder table =
        Table.builder()
            .column("domain")
            .column("relations", Align.RIGHT)
            .column("facts", Align.RIGHT);
    for (Domain domain : Domain.values()) {
      if (relations.containsKey(domain) || facts.containsKey(domain)) {
        table.row(
            domain.name(),
            String.valueOf(relations.getOrDefault(domain, 0L)),
            String.valueOf(facts.getOrDefault(domain, 0)));
      }
    }
    return table.build();
  }

  private static Table byKind(Corpus corpus) {
    Map<FactKind, Integer> facts = new EnumMap<>(FactKind.class);
    for (Fact fact : corpus.facts()) {
      facts.merge(fact.factKind(), 1, Integer::sum);
    }
    Table.Builder table = Table.builder().column("kind").column("facts", Align.RIGHT);
    for (FactKind kind : FactKind.values()) {
      table.row(kind.name(), String.valueOf(facts.getOrDefault(kind, 0)));
    }
    return table.build();
  }

  private static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
