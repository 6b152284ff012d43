package dev.entente.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.entente.json.CorpusJson;
import dev.entente.json.CorpusJsonException;
import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The seed articles, their parsed corpus and the project's frozen expected readings of them,
 * loaded once per JVM and immutable.
 *
 * <p>The articles and their readings are {@link Seeds}'; the expected readings are the snapshot
 * resource {@value #SNAPSHOT_RESOURCE}, written when the parser was last judged right. A test that
 * compares the two sees what a parser change changed; see {@link SnapshotAssertions}.
 *
 * <pre>{@code
 * SeedCorpus seeds = SeedCorpus.get();
 * for (SeedArticle seed : seeds.articles()) {
 *   assertEquals(seed.expected().states(), seed.reading().states(), seed.id());
 * }
 * long military = seeds.corpus().relations().inDomain(MILITARY).count();
 * }</pre>
 *
 * <p>In a JUnit test, {@link WithSeedCorpus} hands it to test methods and constructors, and {@link
 * ForEachSeed} runs a parameterized test once per article.
 */
public final class SeedCorpus {

  /** The class-path name of the snapshot of the seed corpus, JSON Lines in UTF-8. */
  public static final String SNAPSHOT_RESOURCE = "dev/entente/testing/seed-corpus.jsonl";

  private static final Supplier<SeedCorpus> INSTANCE = Suppliers.memoize(SeedCorpus::load);

  private final ImmutableList<SeedArticle> articles;
  private final ImmutableMap<String, SeedArticle> byId;
  private final Corpus corpus;
  private final ImmutableList<Reading> snapshot;

  private SeedCorpus(ImmutableList<SeedArticle> articles, Corpus corpus, ImmutableList<Reading> snapshot) {
    this.articles = articles;
    this.byId = articles.stream().collect(ImmutableMap.toImmutableMap(SeedArticle::id, Function.identity()));
    this.corpus = corpus;
    this.snapshot = snapshot;
  }

  /**
   * Returns the seed corpus, loading it on first use.
   *
   * @throws IllegalStateException if the snapshot resource is missing, is not valid JSON Lines of
   *     readings, or does not hold exactly one reading per seed article
   * @throws java.io.UncheckedIOException if the snapshot resource cannot be read
   */
  public static SeedCorpus get() {
    return INSTANCE.get();
  }

  /** Returns the seed articles in id order, each with its reading and its expected reading. */
  public ImmutableList<SeedArticle> articles() {
    return articles;
  }

  /** Returns the seed article with id {@code id}, if there is one. */
  public Optional<SeedArticle> article(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /** Returns the corpus of the seed articles as the parser reads them now: {@link Seeds#corpus()}. */
  public Corpus corpus() {
    return corpus;
  }

  /** Returns the readings as the parser reads them now, in id order: {@link Seeds#readings()}. */
  public ImmutableList<Reading> readings() {
    return corpus.readings();
  }

  /** Returns the frozen expected readings of the snapshot, in id order. */
  public ImmutableList<Reading> snapshot() {
    return snapshot;
  }

  @Override
  public String toString() {
    return "SeedCorpus[" + articles.size() + " articles, snapshot " + SNAPSHOT_RESOURCE + "]";
  }

  private static SeedCorpus load() {
    ImmutableList<Reading> snapshot = readSnapshot();
    ImmutableMap<String, Reading> expected =
        snapshot.stream().collect(ImmutableMap.toImmutableMap(Reading::id, Function.identity()));
    Corpus corpus = Seeds.corpus();
    ImmutableList.Builder<SeedArticle> articles = ImmutableList.builder();
    for (Article article : Seeds.articles()) {
      Reading reading = corpus.reading(article.id()).orElseThrow();
      Reading frozen = expected.get(article.id());
      if (frozen == null) {
        throw new IllegalStateException(
            String.format(
                "the snapshot %s has no reading of seed article %s; regenerate it (see SnapshotWriter)",
                SNAPSHOT_RESOURCE, article.id()));
      }
      articles.add(new SeedArticle(article.id(), article, reading, frozen));
    }
    if (snapshot.size() != Seeds.articles().size()) {
      throw new IllegalStateException(
          String.format(
              "the snapshot %s has %d readings for %d seed articles; regenerate it (see SnapshotWriter)",
              SNAPSHOT_RESOURCE, snapshot.size(), Seeds.articles().size()));
    }
    return new SeedCorpus(articles.build(), corpus, snapshot);
  }

  /** Returns the readings of the snapshot resource. */
  static ImmutableList<Reading> readSnapshot() {
    InputStream in = SeedCorpus.class.getClassLoader().getResourceAsStream(SNAPSHOT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing snapshot resource " + SNAPSHOT_RESOURCE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return CorpusJson.readLines(reader);
    } catch (CorpusJsonException e) {
      throw new IllegalStateException(
          "the snapshot resource " + SNAPSHOT_RESOURCE + " is not valid: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot resource " + SNAPSHOT_RESOURCE, e);
    }
  }
}
