package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.JointExercise;
import dev.entente.model.Reading;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The start and end of an exercise, in every way French writes a span of days. */
final class ExerciseDatesTest {

  private static final Parser PARSER = Parser.defaultFrench();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a range within one month, across two months, across two years
        "L'exercice Aigle des Andes réunira du 4 au 9 mai 2026 des unités chiliennes et péruviennes. | 2026-05-04 | 2026-05-09",
        "L'exercice Aigle des Andes réunira du 28 avril au 3 mai 2026 des unités chiliennes et péruviennes. | 2026-04-28 | 2026-05-03",
        "L'exercice Aigle des Andes réunira du 29 décembre 2025 au 4 janvier 2026 des unités chiliennes et péruviennes. | 2025-12-29 | 2026-01-04",
        "L'exercice Aigle des Andes réunira du 28 décembre au 4 janvier 2026 des unités chiliennes et péruviennes. | 2025-12-28 | 2026-01-04",
        // weekdays inside the range, "entre le ... et le ..."
        "L'exercice Aigle des Andes réunira du lundi 4 au samedi 9 mai 2026 des unités chiliennes et péruviennes. | 2026-05-04 | 2026-05-09",
        "L'exercice Aigle des Andes se tiendra entre le 4 et le 9 mai 2026 avec des unités chiliennes et péruviennes. | 2026-05-04 | 2026-05-09",
        // the days named one by one: the first starts it, the last ends it
        "L'exercice Aigle des Andes réunira les 4 et 5 mai 2026 des unités chiliennes et péruviennes. | 2026-05-04 | 2026-05-05",
        "L'exercice Aigle des Andes réunira les 4, 5 et 6 mai 2026 des unités chiliennes et péruviennes. | 2026-05-04 | 2026-05-06",
        "L'exercice Aigle des Andes réunira les 31 mai et 1er juin 2026 des unités chiliennes et péruviennes. | 2026-05-31 | 2026-06-01",
        // a fronted participle gives the start, "jusqu'au" the end
        "Lancé le 4 mai 2026, l'exercice Aigle des Andes réunit jusqu'au 9 mai 2026 des unités chiliennes et péruviennes. | 2026-05-04 | 2026-05-09",
        // a bare day ends it, in the start's month or the next one
        "L'exercice Aigle des Andes, qui réunit des unités chiliennes et péruviennes, a débuté le 4 mai 2026 et s'achèvera le 9. | 2026-05-04 | 2026-05-09",
        "L'exercice Aigle des Andes, qui réunit des unités chiliennes et péruviennes, a débuté le 27 mai 2026 et se poursuivra jusqu'au 2. | 2026-05-27 | 2026-06-02",
      })
  void spansOfDays(String text, String start, String end) {
    Reading reading = PARSER.parse("a", text);
    List<JointExercise> exercises = reading.exercises();
    assertEquals(1, exercises.size(), () -> "exercises of " + text + ": " + exercises);
    JointExercise exercise = exercises.get(0);
    assertEquals(start, exercise.start().map(Object::toString).orElse("none"), text);
    assertEquals(end, exercise.end().map(Object::toString).orElse("none"), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le Maroc a reçu de la Chine un système de défense aérienne FD-2000B.",
        "Le Maroc a reçu de la Chine un système de défense aérienne HQ-2000.",
      })
  void aNumberInADesignationIsNoYear(String text) {
    Reading reading = PARSER.parse("a", text);
    assertEquals(1, reading.armsTransfers().size(), () -> "transfers of " + text + ": " + reading.armsTransfers());
    assertEquals(java.util.Optional.empty(), reading.armsTransfers().get(0).date(), text);
  }
}
