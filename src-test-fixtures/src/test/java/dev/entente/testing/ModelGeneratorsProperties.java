package dev.entente.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.json.CorpusJson;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.CountryPair;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Relation;
import dev.entente.model.Statement;
import dev.entente.query.Corpus;
import dev.entente.text.FrenchText;
import com.google.common.collect.Sets;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Properties of the generated values: each is valid (the model's checks hold when it is rebuilt or
 * written and read back as JSON) and well-formed for tests (single-line, non-blank strings).
 */
final class ModelGeneratorsProperties {

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Agreement.class, count = 500)
  void agreement_rebuildsToItself(Agreement agreement) {
    assertEquals(agreement, agreement.toBuilder().build());
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = JointExercise.class, count = 500)
  void exercise_endsNoEarlierThanItStarts(JointExercise exercise) {
    assertEquals(exercise, exercise.toBuilder().build());
    if (exercise.start().isPresent() && exercise.end().isPresent()) {
      assertFalse(exercise.end().get().lastDay().isBefore(exercise.start().get().firstDay()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = ArmsTransfer.class, count = 500)
  void transfer_linksTwoStates(ArmsTransfer transfer) {
    assertEquals(transfer, transfer.toBuilder().build());
    assertEquals(1, transfer.pairs().size());
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Statement.class, count = 500)
  void statement_rebuildsToItself(Statement statement) {
    assertEquals(statement, statement.toBuilder().build());
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Fact.class, count = 500)
  void fact_evidenceNamesOneDocument(Fact fact) {
    assertEquals(1, fact.evidence().stream().map(Evidence::documentId).distinct().count(), fact::toString);
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = PartialDate.class, count = 500)
  void partialDate_parsesBackFromItsText(PartialDate date) {
    assertEquals(date, PartialDate.parse(date.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = CountryPair.class, count = 500)
  void countryPair_orderDoesNotMatter(CountryPair pair) {
    assertEquals(pair, CountryPair.of(pair.second(), pair.first()));
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Actor.class, count = 500)
  void actor_namesAreSingleLineAndNonBlank(Actor actor) {
    assertSingleLine(actor.name());
    if (actor instanceof Person person) {
      person.role().ifPresent(ModelGeneratorsProperties::assertSingleLine);
      person.aliases().forEach(ModelGeneratorsProperties::assertSingleLine);
    }
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Reading.class, count = 300)
  void reading_roundTripsThroughJson(Reading reading) {
    assertEquals(reading, CorpusJson.read(CorpusJson.write(reading)));
    for (Fact fact : reading.facts()) {
      assertEquals(Set.of(), Sets.difference(fact.states(), reading.states()), fact::toString);
      assertEquals(
          Set.of(),
          Sets.difference(fact.organizations(), Set.copyOf(reading.organizations())),
          fact::toString);
    }
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Corpus.class, count = 200)
  void corpus_roundTripsThroughJsonLines(Corpus corpus) {
    StringBuilder lines = new StringBuilder();
    CorpusJson.writeLines(corpus.readings(), lines);
    assertEquals(corpus.readings(), CorpusJson.readLines(new StringReader(lines.toString())));
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Corpus.class, count = 200)
  void corpus_organizationQueries_areAPlainFilterOverTheFacts(Corpus corpus) {
    Set<String> names = new LinkedHashSet<>(List.of("nulle part"));
    for (Fact fact : corpus.facts()) {
      for (Organization organization : fact.organizations()) {
        names.add(organization.name());
        organization.acronym().ifPresent(names::add);
        names.addAll(organization.aliases());
      }
    }
    for (String name : names) {
      Predicate<Fact> involves =
          f -> f.organizations().stream().anyMatch(o -> isCalled(o, name));
      assertEquals(
          facts(corpus, Agreement.class, involves),
          corpus.agreements().involvingOrganization(name).list(),
          name);
      assertEquals(
          facts(corpus, JointExercise.class, involves),
          corpus.exercises().involvingOrganization(name).list(),
          name);
      assertEquals(
          facts(corpus, Statement.class, involves),
          corpus.statements().involvingOrganization(name).list(),
          name);
      assertEquals(List.of(), corpus.armsTransfers().involvingOrganization(name).list(), name);
      assertEquals(
          Relation.derive(corpus.facts().stream().filter(involves).toList()),
          corpus.relations().involvingOrganization(name).list(),
          name);
    }
  }

  /** Returns whether {@code name} folds to the organization's name, acronym or an alias. */
  private static boolean isCalled(Organization organization, String name) {
    String wanted = FrenchText.fold(name).strip();
    return Stream.concat(
            Stream.of(organization.name()),
            Stream.concat(organization.acronym().stream(), organization.aliases().stream()))
        .anyMatch(n -> FrenchText.fold(n).strip().equals(wanted));
  }

  private static <F extends Fact> List<F> facts(
      Corpus corpus, Class<F> kind, Predicate<Fact> test) {
    return corpus.facts().stream().filter(kind::isInstance).filter(test).map(kind::cast).toList();
  }

  private static void assertSingleLine(String text) {
    assertFalse(text.isBlank(), "blank");
    assertEquals(List.of(text), text.lines().toList());
    assertEquals(List.of(), text.chars().filter(c -> c < 0x20).boxed().toList(), text);
  }
}
