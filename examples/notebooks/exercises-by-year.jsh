/env --class-path examples/target/entente.jar
// Joint exercises, year by year. Run from the repository root once the jar is built
// (mvn -q -pl examples -am package):
//   jshell examples/notebooks/exercises-by-year.jsh      or   examples/jshell.sh <this file>
import java.time.Year;
import java.util.*;
import java.util.stream.*;
import dev.entente.model.*;
import dev.entente.query.*;
import dev.entente.seeds.*;
import dev.entente.examples.*;
import static dev.entente.model.Country.*;

var corpus = Seeds.corpus();

// Every joint exercise: name, participants, location, start and end, where the article gives them.
System.out.println(Tables.ofExercises(corpus.exercises().list()));

// The years in which an exercise starts, then the exercises of each year: during() compares a
// fact's date, which for an exercise is its start.
// (In a script, a line that is a whole statement runs as is: continue a chain by ending the line
// with its dot, not by starting the next line with it.)
List<Integer> years = corpus.exercises().stream().
    flatMap(e -> e.start().stream()).map(PartialDate::year).
    distinct().sorted().collect(Collectors.toList());
for (int year : years) {
    System.out.println(year + ": " + corpus.exercises().during(Year.of(year)).stream().
        map(Tables::summary).collect(Collectors.joining("; ")));
}

// Pakistan in 2017: filters combine, in any order.
System.out.println(Tables.ofExercises(
    corpus.exercises().involving(PAKISTAN).during(Year.of(2017)).list()));

// By name, ignoring case and accents.
System.out.println("named(\"mission de paix\"): " + corpus.exercises().named("mission de paix").list());

// Relations of every kind, counted per year of their facts.
System.out.println(Tables.ofCounts("year", "relations", corpus.relations().countByYear()));
/exit
