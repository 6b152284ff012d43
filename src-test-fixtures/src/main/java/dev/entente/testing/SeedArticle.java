package dev.entente.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.entente.model.Reading;
import dev.entente.parse.Article;

/**
 * One seed article, what the parser reads in it today, and what the project's snapshot expects.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @ForEachSeed
 * void statesMatchExpected(SeedArticle seed) {
 *   assertEquals(seed.expected().states(), seed.reading().states());
 * }
 * }</pre>
 *
 * @param id the article's id, such as {@code 000_ef5a42340a57e1cf}
 * @param article the article as bundled
 * @param reading the article as {@link dev.entente.parse.Parser#defaultFrench()} reads it now
 * @param expected the frozen reading of the article in the seed snapshot
 */
public record SeedArticle(String id, Article article, Reading reading, Reading expected) {

  /**
   * Checks that every component is present and about the same article.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the article, the reading or the expected reading has
   *     another id
   */
  public SeedArticle {
    checkNotNull(id, "id");
    checkNotNull(article, "article");
    checkNotNull(reading, "reading");
    checkNotNull(expected, "expected");
    checkArgument(article.id().equals(id), "seed %s holds article %s", id, article.id());
    checkArgument(reading.id().equals(id), "seed %s holds a reading of %s", id, reading.id());
    checkArgument(
        expected.id().equals(id), "seed %s holds an expected reading of %s", id, expected.id());
  }

  /** Returns the article id, so that a parameterized test named {@code "{0}"} shows it. */
  @Override
  public String toString() {
    return id;
  }
}
