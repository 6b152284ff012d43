package dev.entente.examples.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import dev.entente.parse.Article;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The varied French text the parse benchmarks read: by default the bundled seed articles and the
 * paragraphs of {@code paragraphs.txt} (defence news written for the benchmark, beside text the
 * parser must pass over), and any folder of articles given, such as the project's own test
 * paragraphs.
 *
 * <p>A file is one article, unless it holds blocks in the format of the parser's case files
 * ({@code == id} on a line, the text, then optionally {@code --} and lines that are not text):
 * then each block is an article. Lines starting with {@code #} outside a block are comments.
 *
 * <pre>{@code
 * List<Article> articles = BenchmarkCorpus.of("bundled+seeds-loader/src/test/resources/dev/entente/parse/cases");
 * }</pre>
 */
public final class BenchmarkCorpus {

  /** The name of the bundled corpus in a specification. */
  public static final String BUNDLED = "bundled";

  private static final String PARAGRAPHS = "paragraphs.txt";

  private BenchmarkCorpus() {}

  /**
   * Returns the articles of {@code specification}: {@code bundled}, a folder or a file, or several
   * joined by {@code +}, in that order.
   *
   * @throws IllegalArgumentException if a part names nothing that exists, or nothing is left
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ImmutableList<Article> of(String specification) {
    checkNotNull(specification, "specification");
    ImmutableList.Builder<Article> articles = ImmutableList.builder();
    for (String part : specification.split("\\+")) {
      if (part.strip().equals(BUNDLED)) {
        articles.addAll(bundled());
      } else {
        articles.addAll(read(Path.of(part.strip())));
      }
    }
    ImmutableList<Article> all = articles.build();
    checkArgument(!all.isEmpty(), "no article in \"%s\"", specification);
    return all;
  }

  /** Returns the seed articles and the bundled benchmark paragraphs. */
  public static ImmutableList<Article> bundled() {
    String text;
    try {
      text = Resources.toString(Resources.getResource(BenchmarkCorpus.class, PARAGRAPHS), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + PARAGRAPHS, e);
    }
    return ImmutableList.<Article>builder().addAll(Seeds.articles()).addAll(blocks(PARAGRAPHS, text)).build();
  }

  /**
   * Returns the articles of a file, or of the {@code .txt} files of a folder in name order.
   *
   * @throws IllegalArgumentException if {@code path} does not exist
   */
  public static ImmutableList<Article> read(Path path) {
    checkArgument(Files.exists(path), "no such file or folder: %s", path);
    try {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(path);
      }
      ImmutableList.Builder<Article> articles = ImmutableList.builder();
      for (Path file : files) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        List<Article> blocks = blocks(name, text);
        articles.addAll(blocks.isEmpty() ? List.of(Article.of(name, text)) : blocks);
      }
      return articles.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the blocks of a text in the case files' format, each an article; empty if none. */
  static ImmutableList<Article> blocks(String name, String text) {
    ImmutableList.Builder<Article> articles = ImmutableList.builder();
    String id = null;
    StringBuilder body = new StringBuilder();
    boolean inText = false;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("== ")) {
        add(articles, name, id, body);
        id = line.substring(3).strip();
        body.setLength(0);
        inText = true;
      } else if (inText && line.strip().equals("--")) {
        inText = false;
      } else if (inText) {
        body.append(line).append('\n');
      }
    }
    add(articles, name, id, body);
    return articles.build();
  }

  private static void add(ImmutableList.Builder<Article> articles, String name, String id, StringBuilder body) {
    if (id != null && !body.toString().isBlank()) {
      articles.add(Article.of(name.replaceFirst("\\.txt$", "") + "/" + id, body.toString().strip() + "\n"));
    }
  }
}
