package dev.entente.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.entente.model.Country;
import dev.entente.model.JointExercise;
import dev.entente.model.PartialDate;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The joint exercises of the seed articles, year by year: for each year in which one starts, the
 * exercises that start that year ({@code exercises().during(Year.of(y))}, which compares an
 * exercise's start) and who took part, then the exercises the articles do not date.
 *
 * <pre>
 * java -cp examples/target/entente.jar dev.entente.examples.ExercisesByYear
 * </pre>
 */
public final class ExercisesByYear {

  private ExercisesByYear() {}

  /** Prints a count per year, each year's exercises, then the undated ones. */
  public static void main(String[] args) {
    Corpus corpus = Seeds.corpus();
    ImmutableList<JointExercise> all = corpus.exercises().list();
    ImmutableSortedSet<Integer> years =
        all.stream()
            .flatMap(e -> e.start().stream())
            .map(PartialDate::year)
            .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
    Map<Integer, ImmutableList<JointExercise>> byYear = new LinkedHashMap<>();
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (int year : years) {
      ImmutableList<JointExercise> starting = corpus.exercises().during(Year.of(year)).list();
      byYear.put(year, starting);
      counts.put(year, starting.size());
    }

    System.out.println(all.size() + " joint exercises in the seed articles.");
    System.out.println();
    System.out.println(Tables.ofCounts("year", "exercises", counts));
    byYear.forEach(
        (year, exercises) -> {
          System.out.println();
          System.out.println(year + ":");
          exercises.forEach(ExercisesByYear::print);
        });
    ImmutableList<JointExercise> undated =
        all.stream().filter(e -> e.start().isEmpty()).collect(ImmutableList.toImmutableList());
    System.out.println();
    System.out.println("Undated (" + undated.size() + "):");
    undated.forEach(ExercisesByYear::print);
  }

  private static void print(JointExercise exercise) {
    String participants =
        exercise.participants().stream().map(Country::alpha3).collect(Collectors.joining(" "));
    System.out.println("  " + Tables.summary(exercise) + " - " + participants);
  }
}
