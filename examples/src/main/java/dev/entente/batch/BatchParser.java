package dev.entente.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.Parser;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Parses a list of articles on several threads, handing the readings over in the articles' order
 * (equal to what one thread gives) while holding at most a {@linkplain ParallelMap#window() window}
 * of them, and tells a listener how far it has gone.
 *
 * <p>Immutable; the {@code with} methods return a copy.
 *
 * <pre>{@code
 * BatchParser batch = BatchParser.of(Parser.defaultFrench())
 *     .withProgress(p -> System.err.printf("%d/%d, %.1f MB/s%n", p.done(), p.total(), p.megabytesPerSecond()));
 * try (Stream<Reading> readings = batch.parse(articles)) {
 *   readings.forEach(reading -> ...);
 * }
 * }</pre>
 */
public final class BatchParser {

  private static final Consumer<BatchProgress> SILENT = progress -> {};

  private final Parser parser;
  private final ParallelMap map;
  private final Consumer<BatchProgress> listener;

  private BatchParser(Parser parser, ParallelMap map, Consumer<BatchProgress> listener) {
    this.parser = parser;
    this.map = map;
    this.listener = listener;
  }

  /**
   * Returns a batch parser on {@code parser} using the machine's cores, without listener.
   *
   * @throws NullPointerException if {@code parser} is null
   */
  public static BatchParser of(Parser parser) {
    checkNotNull(parser, "parser");
    return new BatchParser(parser, ParallelMap.ofThreads(ParallelMap.defaultThreads()), SILENT);
  }

  /**
   * Returns a copy that parses on {@code threads} threads.
   *
   * @throws IllegalArgumentException if {@code threads} is not between 1 and {@link
   *     ParallelMap#MAX_THREADS}
   */
  public BatchParser withThreads(int threads) {
    return new BatchParser(parser, ParallelMap.ofThreads(threads), listener);
  }

  /**
   * Returns a copy that parses on {@code map}'s threads and window.
   *
   * @throws NullPointerException if {@code map} is null
   */
  public BatchParser withMap(ParallelMap map) {
    return new BatchParser(parser, checkNotNull(map, "map"), listener);
  }

  /**
   * Returns a copy that calls {@code listener} after each reading is handed over, on the thread
   * that consumes the readings, with counts going up by one to the number of articles.
   *
   * @throws NullPointerException if {@code listener} is null
   */
  public BatchParser withProgress(Consumer<BatchProgress> listener) {
    return new BatchParser(parser, map, checkNotNull(listener, "listener"));
  }

  /** Returns the threads and window the parsing uses. */
  public ParallelMap map() {
    return map;
  }

  /**
   * Returns the readings of {@code articles}, in their order, parsed as the stream is consumed.
   * Close the stream if it may be left before its end.
   *
   * @throws NullPointerException if {@code articles} or one of them is null
   */
  public Stream<Reading> parse(Iterable<Article> articles) {
    ImmutableList<Article> list = ImmutableList.copyOf(articles);
    long totalBytes = 0;
    for (Article article : list) {
      totalBytes += utf8Length(article.text());
    }
    Counter counter = new Counter(list.size(), totalBytes);
    return map.stream(list.iterator(), article -> new Parsed(parser.parse(article), utf8Length(article.text())))
        .map(parsed -> {
          listener.accept(counter.add(parsed.bytes()));
          return parsed.reading();
        });
  }

  @Override
  public String toString() {
    return "BatchParser[" + parser + ", " + map + "]";
  }

  /** Returns the length of {@code text} in UTF-8, without encoding it. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a pair is 4
    }
    return bytes;
  }

  private record Parsed(Reading reading, long bytes) {}

  /** The counts of one batch, kept on the consuming thread. */
  private static final class Counter {
    private final int total;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private int done;
    private long bytes;

    Counter(int total, long totalBytes) {
      this.total = total;
      this.totalBytes = totalBytes;
    }

    BatchProgress add(long itemBytes) {
      done++;
      bytes += itemBytes;
      return new BatchProgress(done, total, done, bytes, totalBytes, Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
