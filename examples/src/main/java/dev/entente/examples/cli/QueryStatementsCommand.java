package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Tables;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.query.StatementQuery;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** {@code entente query statements}: what states, their people and institutions said. */
final class QueryStatementsCommand implements Command {

  private static final ImmutableList<Option> OPTIONS =
      QueryCommand.options(
          Option.of("--by", "STATE", "said by this state, one of its people or institutions"),
          Option.of("--about", "STATE,...", "about any of these states"),
          Option.of("--speaker", "NAME", "said by this speaker: full name or surname"),
          Option.of("--domain", "DOMAIN,...", "in any of these domains, such as MILITARY"),
          Option.of("--year", "YEAR", "dated in this year"));

  @Override
  public String name() {
    return "query statements";
  }

  @Override
  public String summary() {
    return "what states, their people and their institutions said, and about whom";
  }

  @Override
  public String help() {
    return QueryCommand.help(
        name(),
        "[--by STATE] [--about STATE,...] [--speaker NAME]"
            + " [--domain DOMAIN,...] [--year YEAR] [PATH...]",
        """
        Prints the statements: id, speaker, the speaker's state, the states spoken about,
        domains, date and the quote (cut at 60 characters; 'entente extract' gives it whole).""",
        OPTIONS,
        """
        entente query statements --by RUS
        entente query statements --speaker poutine --about CHN""");
  }

  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    Arguments arguments = Arguments.parse(name(), words, OPTIONS);
    Optional<Country> by = arguments.country("--by");
    Optional<ImmutableList<Country>> about = arguments.countries("--about");
    Optional<String> speaker = arguments.value("--speaker");
    if (speaker.isPresent() && speaker.get().isBlank()) {
      throw new UsageException(name(), "--speaker needs a name, such as poutine");
    }
    Optional<ImmutableList<Domain>> domains =
        arguments.enumValues("--domain", Domain.class, "domain");
    Optional<Year> year = arguments.year("--year");
    return QueryCommand.answer(
        name(),
        arguments,
        output,
        corpus -> {
          StatementQuery query = corpus.statements();
          if (by.isPresent()) {
            query = query.by(by.get());
          }
          if (about.isPresent()) {
            query = query.about(about.get().toArray(Country[]::new));
          }
          if (speaker.isPresent()) {
            query = query.bySpeaker(speaker.get());
          }
          if (domains.isPresent()) {
            query = query.inDomain(domains.get().toArray(Domain[]::new));
          }
          if (year.isPresent()) {
            query = query.during(year.get());
          }
          return new QueryCommand.Answer(
              query.toString(), "statements", Tables.ofStatements(query.list()));
        });
  }
}
