package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Tables;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.query.RelationQuery;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** {@code entente query relations}: the relations between states, by pair and domain. */
final class QueryRelationsCommand implements Command {

  private static final ImmutableList<Option> OPTIONS =
      QueryCommand.options(
          Option.of("--between", "STATE STATE", "the relations of this pair, in either order"),
          Option.of("--involving", "STATE,...", "the relations of any of these states"),
          Option.of("--domain", "DOMAIN,...", "in any of these domains, such as MILITARY"),
          Option.of("--year", "YEAR", "made of the facts dated in this year"));

  @Override
  public String name() {
    return "query relations";
  }

  @Override
  public String summary() {
    return "links between two states in one domain, with their number of facts and years";
  }

  @Override
  public String help() {
    return QueryCommand.help(
        name(),
        "[--between STATE STATE] [--involving STATE,...] [--domain DOMAIN,...]"
            + " [--year YEAR] [PATH...]",
        """
        Prints the relations between states: one row per pair of states and domain, with the
        number of facts (agreements, exercises, transfers, statements) that link them and the
        years of the dated ones. STATE is an ISO 3166-1 alpha-3 code (RUS, CHN, IND); DOMAIN is
        one of MILITARY, SECURITY, NUCLEAR, ENERGY, ECONOMIC, DIPLOMATIC, HUMANITARIAN,
        CULTURAL, SCIENTIFIC.""",
        OPTIONS,
        """
        entente query relations --between RUS CHN --domain MILITARY
        entente query relations --involving IRN --year 2024 articles/""");
  }

  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    Arguments arguments = Arguments.parse(name(), words, OPTIONS);
    Optional<CountryPair> between = arguments.pair("--between");
    Optional<ImmutableList<Country>> involving = arguments.countries("--involving");
    Optional<ImmutableList<Domain>> domains =
        arguments.enumValues("--domain", Domain.class, "domain");
    Optional<Year> year = arguments.year("--year");
    return QueryCommand.answer(
        name(),
        arguments,
        output,
        corpus -> {
          RelationQuery query = corpus.relations();
          if (between.isPresent()) {
            query = query.between(between.get().first(), between.get().second());
          }
          if (involving.isPresent()) {
            query = query.involving(involving.get().toArray(Country[]::new));
          }
          if (domains.isPresent()) {
            query = query.inDomain(domains.get().toArray(Domain[]::new));
          }
          if (year.isPresent()) {
            query = query.during(year.get());
          }
          return new QueryCommand.Answer(query.toString(), "relations", Tables.of(query.list()));
        });
  }
}
