package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Tables;
import dev.entente.examples.cli.Arguments.Option;
import dev.entente.model.Country;
import dev.entente.query.ExerciseQuery;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** {@code entente query exercises}: joint military exercises and patrols. */
final class QueryExercisesCommand implements Command {

  private static final ImmutableList<Option> OPTIONS =
      QueryCommand.options(
          Option.of("--involving", "STATE,...", "in which any of these states takes part"),
          Option.of("--named", "TEXT", "whose name contains TEXT, ignoring case and accents"),
          Option.of("--year", "YEAR", "starting in this year"));

  @Override
  public String name() {
    return "query exercises";
  }

  @Override
  public String summary() {
    return "joint military exercises and patrols";
  }

  @Override
  public String help() {
    return QueryCommand.help(
        name(),
        "[--involving STATE,...] [--named TEXT] [--year YEAR] [PATH...]",
        """
        Prints the joint exercises: id, name, participants, location, start and end.
        An exercise whose dates the article does not give has no year: --year leaves it out.""",
        OPTIONS,
        """
        entente query exercises --involving PAK --year 2017
        entente query exercises --named "mission de paix\"""");
  }

  @Override
  public ExitCode run(List<String> words, Output output) throws UsageException {
    Arguments arguments = Arguments.parse(name(), words, OPTIONS);
    Optional<ImmutableList<Country>> involving = arguments.countries("--involving");
    Optional<String> named = arguments.value("--named");
    if (named.isPresent() && named.get().isBlank()) {
      throw new UsageException(name(), "--named needs some text, such as \"vostok\"");
    }
    Optional<Year> year = arguments.year("--year");
    return QueryCommand.answer(
        name(),
        arguments,
        output,
        corpus -> {
          ExerciseQuery query = corpus.exercises();
          if (involving.isPresent()) {
            query = query.involving(involving.get().toArray(Country[]::new));
          }
          if (named.isPresent()) {
            query = query.named(named.get());
          }
          if (year.isPresent()) {
            query = query.during(year.get());
          }
          return new QueryCommand.Answer(
              query.toString(), "exercises", Tables.ofExercises(query.list()));
        });
  }
}
