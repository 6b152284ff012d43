package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Tables;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.model.Country;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.query.TransferQuery;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** {@code entente query transfers}: arms transfers, from a supplier to a recipient. */
final class QueryTransfersCommand implements Command {

  private static final ImmutableList<Option> OPTIONS =
      QueryCommand.options(
          Option.of("--from", "STATE", "supplied by this state"),
          Option.of("--to", "STATE", "received by this state"),
          Option.of("--status", "STATUS,...", "at any of these statuses, such as DELIVERED"),
          Option.of(
              "--category", "CATEGORY,...", "of any of these categories, such as AIR_DEFENCE"),
          Option.of("--system", "TEXT", "whose system's name contains TEXT, such as s400"),
          Option.of("--year", "YEAR", "dated in this year"));

  @Override
  public String name() {
    return "query transfers";
  }

  @Override
  public String summary() {
    return "arms transfers from a supplier to a recipient";
  }

  @Override
  public String help() {
    return QueryCommand.help(
        name(),
        "[--from STATE] [--to STATE] [--status STATUS,...]"
            + " [--category CATEGORY,...] [--system TEXT] [--year YEAR] [PATH...]",
        """
        Prints the arms transfers: id, supplier, recipient, system, category, quantity, status
        and date. STATUS is one of REQUESTED, NEGOTIATING, ORDERED, LICENSED_PRODUCTION,
        DELIVERED; CATEGORY one of FIGHTER_AIRCRAFT, OTHER_AIRCRAFT, HELICOPTER, DRONE,
        AIR_DEFENCE, MISSILE, ARMOURED_VEHICLE, ARTILLERY, SMALL_ARMS, WARSHIP, SUBMARINE,
        ENGINE, OTHER. --system ignores case, accents, spaces and hyphens.""",
        OPTIONS,
        """
        entente query transfers --from RUS --to IND
        entente query transfers --to IRN --category AIR_DEFENCE""");
  }

  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    Arguments arguments = Arguments.parse(name(), words, OPTIONS);
    Optional<Country> from = arguments.country("--from");
    Optional<Country> to = arguments.country("--to");
    Optional<ImmutableList<TransferStatus>> statuses =
        arguments.enumValues("--status", TransferStatus.class, "transfer status");
    Optional<ImmutableList<SystemCategory>> categories =
        arguments.enumValues("--category", SystemCategory.class, "system category");
    Optional<String> system = arguments.value("--system");
    if (system.isPresent() && system.get().codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new UsageException(
          name(), String.format("--system needs a letter or digit, got \"%s\"", system.get()));
    }
    Optional<Year> year = arguments.year("--year");
    return QueryCommand.answer(
        name(),
        arguments,
        output,
        corpus -> {
          TransferQuery query = corpus.armsTransfers();
          if (from.isPresent()) {
            query = query.from(from.get());
          }
          if (to.isPresent()) {
            query = query.to(to.get());
          }
          if (statuses.isPresent()) {
            query = query.withStatus(statuses.get().toArray(TransferStatus[]::new));
          }
          if (categories.isPresent()) {
            query = query.ofCategory(categories.get().toArray(SystemCategory[]::new));
          }
          if (system.isPresent()) {
            query = query.ofSystem(system.get());
          }
          if (year.isPresent()) {
            query = query.during(year.get());
          }
          return new QueryCommand.Answer(
              query.toString(), "transfers", Tables.ofTransfers(query.list()));
        });
  }
}
