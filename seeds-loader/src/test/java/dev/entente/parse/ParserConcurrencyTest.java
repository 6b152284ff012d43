package dev.entente.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.entente.json.CorpusJson;
import dev.entente.model.Reading;
import dev.entente.query.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One {@link Parser} shared by 8 threads reads 1,000 articles (mixed from the seeds, see {@link
 * SeedMix}) into exactly the corpus a single thread reads, and the JSON of both is byte for byte
 * the same. The articles come from a fixed seed, so a failure replays.
 */
final class ParserConcurrencyTest {

  private static final long SEED = 20_240_517L;
  private static final int ARTICLES = 1_000;
  private static final int THREADS = 8;

  private static ImmutableList<Article> articles;

  @BeforeAll
  static void mix() {
    articles = SeedMix.articles(SEED, ARTICLES);
  }

  @Test
  void theMixedArticles_areVariedAndReadIntoFacts() {
    assertEquals(ARTICLES, articles.stream().map(Article::text).distinct().count(), "every article differs");
    Corpus corpus = Parser.defaultFrench().parseAll(articles);
    assertTrue(corpus.facts().size() > ARTICLES, "only " + corpus.facts().size() + " facts");
    assertTrue(corpus.states().size() >= 20, "only " + corpus.states() + " states");
  }

  @Test
  void eightThreadsSharingOneParser_readTheCorpusOneThreadReads() throws Exception {
    Parser shared = Parser.defaultFrench();
    Corpus sequential = shared.parseAll(articles);
    Corpus parallel = Corpus.of(parseInParallel(shared));
    assertEquals(sequential.readings(), parallel.readings());
    assertEquals(sequential.facts(), parallel.facts());
    assertEquals(sequential.relations().list(), parallel.relations().list());
    assertEquals(sequential.persons(), parallel.persons());
    assertEquals(sequential.organizations(), parallel.organizations());
    assertArrayEquals(json(sequential.readings()), json(parallel.readings()), "JSON of the sequential and parallel runs");
  }

  @Test
  void twoRuns_writeByteIdenticalJson() throws Exception {
    byte[] first = json(Parser.defaultFrench().parseAll(articles).readings());
    byte[] second = json(parseInParallel(Parser.defaultFrench()));
    assertArrayEquals(first, second);
    assertEquals(ARTICLES, new String(first, UTF_8).lines().count());
  }

  /** Parses every article on {@value #THREADS} threads released together; returns the readings in article order. */
  private static List<Reading> parseInParallel(Parser parser) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Reading>> futures = new ArrayList<>();
      for (Article article : articles) {
        futures.add(pool.submit(() -> {
          start.await();
          return parser.parse(article);
        }));
      }
      start.countDown();
      List<Reading> readings = new ArrayList<>();
      for (Future<Reading> future : futures) {
        readings.add(future.get(5, TimeUnit.MINUTES));
      }
      return readings;
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] json(List<Reading> readings) {
    StringBuilder out = new StringBuilder();
    CorpusJson.writeLines(readings, out);
    return out.toString().getBytes(UTF_8);
  }
}
