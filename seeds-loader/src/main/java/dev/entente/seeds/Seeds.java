package dev.entente.seeds;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.Parser;
import dev.entente.query.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The seed corpus bundled in the jar: five French articles, their ids (file names without
 * {@code .txt}), and their parsed corpus. Loaded once per class loader, on first use, and
 * immutable; no I/O setup is needed.
 *
 * <pre>{@code
 * Corpus corpus = Seeds.corpus();
 * corpus.relations().between(RUSSIA, CHINA).inDomain(MILITARY).list();
 * }</pre>
 */
public final class Seeds {

  private static final String BASE = "dev/entente/seeds/";
  private static final Supplier<ImmutableList<Article>> ARTICLES = Suppliers.memoize(Seeds::load);
  private static final Supplier<ImmutableList<Reading>> READINGS =
      Suppliers.memoize(() -> {
        Parser parser = Parser.defaultFrench();
        return articles().stream().map(parser::parse).collect(ImmutableList.toImmutableList());
      });
  private static final Supplier<Corpus> CORPUS = Suppliers.memoize(() -> Corpus.of(readings()));

  private Seeds() {}

  /** Returns the five seed articles, in id order, with their text exactly as bundled. */
  public static ImmutableList<Article> articles() {
    return ARTICLES.get();
  }

  /** Returns the seed articles read by {@link Parser#defaultFrench()}, in id order. */
  public static ImmutableList<Reading> readings() {
    return READINGS.get();
  }

  /** Returns the corpus of the seed readings. */
  public static Corpus corpus() {
    return CORPUS.get();
  }

  private static ImmutableList<Article> load() {
    try {
      List<String> names = Resources.readLines(resource("index.txt"), StandardCharsets.UTF_8);
      ImmutableList.Builder<Article> articles = ImmutableList.builder();
      for (String name : names) {
        if (!name.isBlank()) {
          String id = name.strip().replaceFirst("\\.txt$", "");
          articles.add(Article.of(id, Resources.toString(resource(name.strip()), StandardCharsets.UTF_8)));
        }
      }
      return articles.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled seed articles under " + BASE, e);
    }
  }

  private static URL resource(String name) {
    URL url = Seeds.class.getClassLoader().getResource(BASE + name);
    if (url == null) {
      throw new IllegalStateException("missing bundled seed resource " + BASE + name);
    }
    return url;
  }
}
