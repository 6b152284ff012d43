package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Tables;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.query.AgreementQuery;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** {@code entente query agreements}: treaties, contracts, memoranda, accords, arrangements. */
final class QueryAgreementsCommand implements Command {

  private static final ImmutableList<Option> OPTIONS =
      QueryCommand.options(
          Option.of("--party", "STATE,...", "to which every one of these states is a party"),
          Option.of("--status", "STATUS,...", "at any of these statuses, such as SIGNED"),
          Option.of("--kind", "KIND,...", "of any of these kinds, such as TREATY or CONTRACT"),
          Option.of("--domain", "DOMAIN,...", "in any of these domains, such as MILITARY"),
          Option.of("--year", "YEAR", "dated in this year"));

  @Override
  public String name() {
    return "query agreements";
  }

  @Override
  public String summary() {
    return "treaties, contracts, memoranda, accords and arrangements between states";
  }

  @Override
  public String help() {
    return QueryCommand.help(
        name(),
        "[--party STATE,...] [--status STATUS,...] [--kind KIND,...]"
            + " [--domain DOMAIN,...] [--year YEAR] [PATH...]",
        """
        Prints the agreements: id, parties, kind, domains, status, date and subject.
        STATUS is one of PROPOSED, NEGOTIATING, AGREED, SIGNED, IN_FORCE, SUSPENDED, TERMINATED;
        KIND is one of TREATY, CONTRACT, MEMORANDUM, ACCORD, ARRANGEMENT.""",
        OPTIONS,
        """
        entente query agreements --party IRN --status SIGNED
        entente query agreements --party RUS,IND --kind CONTRACT""");
  }

  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    Arguments arguments = Arguments.parse(name(), words, OPTIONS);
    Optional<ImmutableList<Country>> parties = arguments.countries("--party");
    Optional<ImmutableList<AgreementStatus>> statuses =
        arguments.enumValues("--status", AgreementStatus.class, "agreement status");
    Optional<ImmutableList<AgreementKind>> kinds =
        arguments.enumValues("--kind", AgreementKind.class, "agreement kind");
    Optional<ImmutableList<Domain>> domains =
        arguments.enumValues("--domain", Domain.class, "domain");
    Optional<Year> year = arguments.year("--year");
    return QueryCommand.answer(
        name(),
        arguments,
        output,
        corpus -> {
          AgreementQuery query = corpus.agreements();
          if (parties.isPresent()) {
            query = query.withParty(parties.get().toArray(Country[]::new));
          }
          if (statuses.isPresent()) {
            query = query.withStatus(statuses.get().toArray(AgreementStatus[]::new));
          }
          if (kinds.isPresent()) {
            query = query.ofKind(kinds.get().toArray(AgreementKind[]::new));
          }
          if (domains.isPresent()) {
            query = query.inDomain(domains.get().toArray(Domain[]::new));
          }
          if (year.isPresent()) {
            query = query.during(year.get());
          }
          return new QueryCommand.Answer(
              query.toString(), "agreements", Tables.ofAgreements(query.list()));
        });
  }
}
