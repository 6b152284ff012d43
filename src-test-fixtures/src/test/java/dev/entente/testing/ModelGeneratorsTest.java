package dev.entente.testing;

import static org.instancio.Select.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import dev.entente.query.Corpus;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Model;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Example-based tests of {@link ModelGenerators} and {@link ModelGenerator}. */
final class ModelGeneratorsTest {

  static Stream<ModelGenerator<?>> generators() {
    return Stream.of(
        ModelGenerators.countries(),
        ModelGenerators.countryPairs(),
        ModelGenerators.partialDates(),
        ModelGenerators.domains(),
        ModelGenerators.spans(),
        ModelGenerators.evidence(),
        ModelGenerators.documents(),
        ModelGenerators.diagnostics(),
        ModelGenerators.persons(),
        ModelGenerators.organizations(),
        ModelGenerators.actors(),
        ModelGenerators.agreements(),
        ModelGenerators.exercises(),
        ModelGenerators.armsTransfers(),
        ModelGenerators.statements(),
        ModelGenerators.facts(),
        ModelGenerators.readings(),
        ModelGenerators.corpora());
  }

  @Nested
  final class Reproducibility {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.entente.testing.ModelGeneratorsTest#generators")
    void sameSeed_sameValues(ModelGenerator<?> generator) {
      assertEquals(describe(generator.list(11, 30)), describe(generator.list(11, 30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.entente.testing.ModelGeneratorsTest#generators")
    void sampleAtIndex_isThatValueOfTheRun(ModelGenerator<?> generator) {
      List<?> run = generator.list(5, 10);
      assertEquals(describe(List.of(run.get(7))), describe(List.of(generator.sample(5, 7))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.entente.testing.ModelGeneratorsTest#generators")
    void otherSeed_otherValues(ModelGenerator<?> generator) {
      assertNotEquals(describe(generator.list(1, 30)), describe(generator.list(2, 30)));
    }

    @Test
    void nextFromEqualRandoms_isEqual() {
      assertEquals(
          ModelGenerators.agreements().next(new Random(3)),
          ModelGenerators.agreements().next(new Random(3)));
    }

    /** Corpus has no value equality, so runs are compared by their readings. */
    private List<Object> describe(List<?> values) {
      return values.stream()
          .map(v -> v instanceof Corpus corpus ? corpus.readings() : v)
          .collect(Collectors.toList());
    }
  }

  @Nested
  final class Variety {

    @Test
    void agreements_coverEveryKindAndStatusAndSizesAboveTwo() {
      ImmutableList<Agreement> agreements = ModelGenerators.agreements().list(1, 1000);
      assertEquals(
          EnumSet.allOf(AgreementKind.class),
          agreements.stream().map(Agreement::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(AgreementKind.class))));
      assertEquals(
          EnumSet.allOf(AgreementStatus.class),
          agreements.stream().map(Agreement::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(AgreementStatus.class))));
      assertTrue(agreements.stream().anyMatch(a -> a.parties().size() > 2), "no agreement of 3+ parties");
    }

    @Test
    void agreementsAndExercises_sometimesHaveOrganizations_oneStateAndOneAmongThem() {
      ImmutableList<Agreement> agreements = ModelGenerators.agreements().list(1, 1000);
      assertTrue(
          agreements.stream()
              .anyMatch(a -> a.parties().size() == 1 && a.organizations().size() == 1),
          "no agreement of one state and one organization");
      assertTrue(
          agreements.stream().anyMatch(a -> a.parties().isEmpty()), "no agreement of no state");
      assertTrue(
          agreements.stream().anyMatch(a -> a.organizations().isEmpty()),
          "no agreement of states only");
      ImmutableList<JointExercise> exercises = ModelGenerators.exercises().list(1, 1000);
      assertTrue(
          exercises.stream()
              .anyMatch(e -> e.participants().size() == 1 && e.organizations().size() == 1),
          "no exercise of one state and one organization");
    }

    @Test
    void countries_reachBeyondTheNewsStates() {
      Set<Country> drawn = ModelGenerators.countries().stream(1).limit(5000).collect(Collectors.toSet());
      assertTrue(drawn.size() > 150, () -> "only " + drawn.size() + " distinct countries");
    }

    @Test
    void partialDates_reachBothEndsOfTheRangeAndEveryPrecision() {
      ImmutableList<PartialDate> dates = ModelGenerators.partialDates().list(1, 2000);
      assertTrue(dates.stream().anyMatch(d -> d.year() == 1), "no year 1");
      assertTrue(dates.stream().anyMatch(d -> d.year() == 9999), "no year 9999");
      assertEquals(
          EnumSet.allOf(PartialDate.Precision.class),
          dates.stream().map(PartialDate::precision).collect(Collectors.toCollection(() -> EnumSet.noneOf(PartialDate.Precision.class))));
    }

    @Test
    void corpora_mergeFactsReportedByTwoDocuments() {
      boolean merged =
          ModelGenerators.corpora().stream(1).limit(200)
              .flatMap(c -> c.facts().stream())
              .anyMatch(f -> f.evidence().stream().map(e -> e.documentId()).distinct().count() > 1);
      assertTrue(merged, "no fact reported by two documents in 200 corpora");
    }
  }

  @Nested
  final class WithInstancio {

    /** A type of another project's that holds model values. */
    record Treaty(String title, Agreement agreement, CountryPair pair) {}

    @Test
    void asGeneratorOfAField_fillsItWithValidValues() {
      Treaty treaty =
          Instancio.of(Treaty.class)
              .supply(all(Agreement.class), ModelGenerators.agreements())
              .supply(all(CountryPair.class), ModelGenerators.countryPairs())
              .create();
      assertEquals(treaty.agreement(), treaty.agreement().toBuilder().build());
      assertNotEquals(treaty.pair().first(), treaty.pair().second());
    }

    @Test
    void asGeneratorOfTheRoot_withSeed_isReproducible() {
      Agreement first =
          Instancio.of(Agreement.class).supply(all(Agreement.class), ModelGenerators.agreements()).withSeed(3).create();
      Agreement again =
          Instancio.of(Agreement.class).supply(all(Agreement.class), ModelGenerators.agreements()).withSeed(3).create();
      assertEquals(first, again);
    }

    @Test
    void asModel_withSeed_isReproducible() {
      Model<Agreement> model = ModelGenerators.agreements().toModel();
      assertEquals(
          Instancio.of(model).withSeed(9).create(), Instancio.of(model).withSeed(9).create());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.entente.testing.ModelGeneratorsTest#generators")
    void asModel_streamsValuesOfTheType(ModelGenerator<?> generator) {
      assertStreams(generator);
    }

    private <T> void assertStreams(ModelGenerator<T> generator) {
      List<T> values = Instancio.stream(generator.toModel()).limit(20).toList();
      assertEquals(20, values.size());
      values.forEach(v -> assertTrue(generator.type().isInstance(v), () -> v + " is not a " + generator.type()));
    }
  }

  @Nested
  final class ForType {

    @Test
    void knownType_isTheNamedGenerator() {
      assertSame(ModelGenerators.agreements(), ModelGenerators.forType(Agreement.class));
      assertSame(ModelGenerators.facts(), ModelGenerators.forType(Fact.class));
      assertSame(ModelGenerators.readings(), ModelGenerators.forType(Reading.class));
    }

    @Test
    void unknownType_throwsNamingItAndTheKnownOnes() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ModelGenerators.forType(String.class));
      assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
      assertTrue(e.getMessage().contains("Agreement"), e.getMessage());
    }
  }

  @Nested
  final class Custom {

    @Test
    void of_drawsFromTheFunction() {
      ModelGenerator<CountryPair> withRussia =
          ModelGenerator.of(
              CountryPair.class,
              random -> CountryPair.of(Country.RUSSIA, random.nextBoolean() ? Country.CHINA : Country.INDIA));
      withRussia.list(1, 50).forEach(p -> assertTrue(p.contains(Country.RUSSIA), p.toString()));
    }

    @Test
    void of_functionReturningNull_throwsNamingTheType() {
      ModelGenerator<CountryPair> broken = ModelGenerator.of(CountryPair.class, random -> null);
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.sample(1));
      assertTrue(e.getMessage().contains("CountryPair"), e.getMessage());
    }

    @Test
    void list_negativeCount_throwsNamingIt() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ModelGenerators.spans().list(1, -1));
      assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void sample_negativeIndex_throwsNamingIt() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ModelGenerators.spans().sample(1, -3));
      assertEquals("index must not be negative, got -3", e.getMessage());
    }

    @Test
    void toString_isTheFactoryCall() {
      assertEquals("ModelGenerators.armsTransfers()", ModelGenerators.armsTransfers().toString());
      assertEquals("ModelGenerator.of(Span)", ModelGenerator.of(dev.entente.model.Span.class, r -> null).toString());
    }
  }
}
