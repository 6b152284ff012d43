package dev.entente.examples.benchmarks;

import dev.entente.parse.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large folder of article files for measuring the command line end to end: each file is a
 * run of 3 to 14 paragraphs drawn, deterministically from a seed, from the paragraphs of a {@link
 * BenchmarkCorpus}, so no two files are the same article.
 *
 * <pre>
 * java -cp examples/target/entente.jar dev.entente.examples.benchmarks.ArticleFolder /tmp/articles 2250
 * java -Xmx64m -jar examples/target/entente.jar extract /tmp/articles &gt; /tmp/articles.jsonl
 * </pre>
 */
public final class ArticleFolder {

  private ArticleFolder() {}

  /**
   * Writes {@code args[1]} files into the folder {@code args[0]} (created if needed), from the
   * corpus {@code args[2]} ({@code bundled} by default) and seed {@code args[3]} (42 by default),
   * and prints how many bytes it wrote.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ArticleFolder DIR FILES [CORPUS] [SEED]");
      System.exit(2);
    }
    Path folder = Files.createDirectories(Path.of(args[0]));
    int files = Integer.parseInt(args[1]);
    List<String> paragraphs = paragraphs(BenchmarkCorpus.of(args.length > 2 ? args[2] : BenchmarkCorpus.BUNDLED));
    Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42L);
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      StringBuilder text = new StringBuilder();
      int count = 3 + random.nextInt(12);
      for (int p = 0; p < count; p++) {
        text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
      }
      byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve(String.format("article-%06d.txt", i)), utf8);
      bytes += utf8.length;
    }
    System.out.printf("wrote %d files, %d bytes, to %s%n", files, bytes, folder);
  }

  private static List<String> paragraphs(List<Article> articles) {
    List<String> paragraphs = new ArrayList<>();
    for (Article article : articles) {
      for (String paragraph : article.text().split("\n")) {
        if (!paragraph.isBlank()) {
          paragraphs.add(paragraph.strip());
        }
      }
    }
    return paragraphs;
  }
}
