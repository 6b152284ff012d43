package com.example.analytics;

import static dev.entente.model.Domain.MILITARY;
import static dev.entente.testing.SnapshotAssertions.assertMatchesSnapshot;
import static org.instancio.Select.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.entente.model.Agreement;
import dev.entente.model.CountryPair;
import dev.entente.model.Document;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import dev.entente.model.Relation;
import dev.entente.model.Severity;
import dev.entente.parse.Parser;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import dev.entente.testing.ForEachSeed;
import dev.entente.testing.GeneratedValues;
import dev.entente.testing.ModelGenerators;
import dev.entente.testing.SeedArticle;
import dev.entente.testing.SeedCorpus;
import dev.entente.testing.WithSeedCorpus;
import java.util.List;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Uses the fixtures exactly as another project's tests would: from its own package, through the
 * public API only, with the fixtures jar on the test class path.
 */
@WithSeedCorpus
final class OutsideProjectTest {

  /** Another project's own code under test: a count of military relations per pair. */
  static long militaryLinks(Corpus corpus, CountryPair pair) {
    return corpus.relations().between(pair.first(), pair.second()).inDomain(MILITARY).count();
  }

  /** Another project's own type that holds an agreement. */
  record Dossier(String analyst, Agreement agreement) {}

  /** Built once: a parser is immutable and costly to build, and JUnit makes an instance per test. */
  private static final Parser PARSER = Parser.defaultFrench();

  private final SeedCorpus seeds;

  OutsideProjectTest(SeedCorpus seeds) {
    this.seeds = seeds;
  }

  @Test
  void constructorAndStaticAccess_giveTheSameSeeds() {
    assertSame(SeedCorpus.get(), seeds);
  }

  @Test
  void parserStillReadsTheSeedsAsTheSnapshotSays() {
    assertMatchesSnapshot(Seeds.corpus());
  }

  @ParameterizedTest(name = "{0}")
  @ForEachSeed
  void eachSeed_readsAsExpected(SeedArticle seed) {
    Reading reading = PARSER.parse(seed.article());
    assertEquals(seed.expected().states(), reading.states());
    assertEquals(List.of(), reading.diagnostics(Severity.ERROR));
  }

  @Test
  void seedCorpus_hasMilitaryRelations(Corpus corpus) {
    List<Relation> military = corpus.relations().inDomain(MILITARY).list();
    assertFalse(military.isEmpty(), "no military relation in the seed corpus");
    for (Relation relation : military) { // one relation per pair and domain, across documents
      assertEquals(1, militaryLinks(corpus, relation.pair()), relation::toString);
    }
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Agreement.class, count = 1000)
  void anyAgreement_linksEachPairOfItsPartiesInEachDomain(Agreement agreement) {
    Corpus corpus = Corpus.of(readingOf(agreement));
    for (CountryPair pair : agreement.pairs()) {
      assertEquals(agreement.domains().contains(MILITARY) ? 1 : 0, militaryLinks(corpus, pair));
    }
  }

  @ParameterizedTest(name = "{0}")
  @GeneratedValues(type = Fact.class, count = 200, seed = 2024)
  void anyFact_withAFixedSeed_hasAtLeastOneDomain(Fact fact) {
    assertFalse(fact.domains().isEmpty(), fact::toString);
  }

  @Test
  void generators_workAsInstancioGenerators() {
    Dossier dossier =
        Instancio.of(Dossier.class)
            .supply(all(Agreement.class), ModelGenerators.agreements())
            .withSeed(7)
            .create();
    assertEquals(dossier.agreement(), dossier.agreement().toBuilder().build());
  }

  private static Reading readingOf(Agreement agreement) {
    String documentId = agreement.evidence().get(0).documentId();
    return Reading.builder(Document.of(documentId)).agreements(agreement).build();
  }
}
