package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Reading;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The rules read the grammar only of sentences whose words can give them something; reading every
 * sentence must find exactly the same facts, on every case paragraph and on mixed seed articles.
 */
final class GrammarOnDemandTest {

  private static final Parser ON_DEMAND = Parser.defaultFrench();
  private static final Parser EVERY_SENTENCE = Parser.builder().everySentence().build();
  private static final long SEED = Long.getLong("entente.seed", System.nanoTime());

  private static void assertSameReading(Article article, String where) {
    Reading everything = EVERY_SENTENCE.parse(article);
    Reading onDemand = ON_DEMAND.parse(article);
    assertEquals(everything.facts(), onDemand.facts(), where);
    assertEquals(everything.relations(), onDemand.relations(), where);
    assertEquals(everything.persons(), onDemand.persons(), where);
  }

  @Test
  void everyCaseParagraphReadsTheSameWhenEverySentenceIsRead() throws IOException {
    for (FrenchCase c : FrenchCase.all()) {
      assertSameReading(Article.of(c.id(), c.text()), c.file() + " " + c.id());
    }
  }

  @Test
  void mixedSeedArticlesReadTheSameWhenEverySentenceIsRead() {
    for (Article article : SeedMix.articles(SEED, 60)) {
      assertSameReading(article, "seed " + SEED + ", " + article.id());
    }
  }

  @Test
  void aSentenceWithoutAnyWordOfARuleGivesNothingEitherWay() {
    Article article = Article.of("quiet", "Le Japon et l'Australie. Les deux pays, au printemps, sous la pluie.");

    assertEquals(EVERY_SENTENCE.parse(article).facts(), ON_DEMAND.parse(article).facts());
    assertEquals(0, ON_DEMAND.parse(article).facts().size());
  }
}
