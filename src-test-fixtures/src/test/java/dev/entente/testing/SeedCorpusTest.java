package dev.entente.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;

/** Tests of {@link SeedCorpus}, {@link SeedArticle}, {@link WithSeedCorpus} and {@link ForEachSeed}. */
@WithSeedCorpus
final class SeedCorpusTest {

  private final SeedCorpus injected;

  SeedCorpusTest(SeedCorpus injected) {
    this.injected = injected;
  }

  @Test
  void constructorParameter_isTheSharedInstance() {
    assertSame(SeedCorpus.get(), injected);
  }

  @Test
  void corpusParameter_isTheParsedSeedCorpus(Corpus corpus, SeedCorpus seeds) {
    assertSame(seeds.corpus(), corpus);
    assertSame(Seeds.corpus(), corpus);
  }

  @ParameterizedTest
  @GeneratedValues(type = Corpus.class, count = 3, seed = 1)
  void parameterizedTest_getsItsCorpusFromTheArguments_andTheSeedsFromTheResolver(
      Corpus generated, Corpus seeds) {
    assertSame(SeedCorpus.get().corpus(), seeds);
    assertNotSame(seeds, generated);
  }

  @Test
  void articles_areTheSeedsInIdOrder(SeedCorpus seeds) {
    assertEquals(
        Seeds.articles(), seeds.articles().stream().map(SeedArticle::article).toList());
    assertEquals(Seeds.readings(), seeds.readings());
  }

  @Test
  void snapshot_holdsOneReadingPerArticle_inTheSameOrder(SeedCorpus seeds) {
    assertEquals(
        seeds.articles().stream().map(SeedArticle::id).toList(),
        seeds.snapshot().stream().map(Reading::id).toList());
  }

  @Test
  void article_byId(SeedCorpus seeds) {
    SeedArticle first = seeds.articles().get(0);
    assertEquals(Optional.of(first), seeds.article(first.id()));
    assertEquals(Optional.empty(), seeds.article("no-such-article"));
  }

  @Test
  void articles_areImmutable(SeedCorpus seeds) {
    assertThrows(UnsupportedOperationException.class, () -> seeds.articles().clear());
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  final class ForEachSeedAnnotation {
    private final List<String> seen = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ForEachSeed
    void namesEachInvocationByArticleId(SeedArticle seed, TestInfo info) {
      assertEquals(seed.id(), info.getDisplayName());
      assertEquals(seed.id(), seed.article().id());
      assertEquals(seed.id(), seed.expected().id());
      seen.add(seed.id());
    }

    @AfterAll
    void ranOncePerArticle_inIdOrder() {
      assertEquals(SeedCorpus.get().articles().stream().map(SeedArticle::id).toList(), seen);
    }
  }

  @Nested
  final class Articles {

    @Test
    void toString_isTheId() {
      SeedArticle seed = SeedCorpus.get().articles().get(1);
      assertEquals(seed.id(), seed.toString());
    }

    @Test
    void readingOfAnotherArticle_throwsNamingBoth() {
      SeedArticle seed = SeedCorpus.get().articles().get(0);
      Reading other = SeedCorpus.get().articles().get(1).reading();
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new SeedArticle(seed.id(), seed.article(), other, seed.expected()));
      assertEquals("seed " + seed.id() + " holds a reading of " + other.id(), e.getMessage());
    }

    @Test
    void articleOfAnotherId_throwsNamingBoth() {
      SeedArticle seed = SeedCorpus.get().articles().get(0);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new SeedArticle("x", Article.of("y", ""), seed.reading(), seed.expected()));
      assertEquals("seed x holds article y", e.getMessage());
    }
  }
}
