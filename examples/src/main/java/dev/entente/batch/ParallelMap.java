package dev.entente.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Applies a function to items on a pool of threads and hands the results over in the items'
 * order, so the output is the one a single thread gives. At most {@link #window()} items are taken
 * from the input and not yet fully handed over at any time (the one the consumer holds included),
 * so an input of any length runs in memory bounded by the window.
 *
 * <p>Immutable; each {@link #stream} call starts its own threads, which stop when the stream is
 * consumed to its end or closed. Close a stream that may be left before its end: closing cancels
 * the work not handed over yet, and the input is not read any further.
 *
 * <pre>{@code
 * try (Stream<Reading> readings = ParallelMap.of(4, 32).stream(articles.iterator(), parser::parse)) {
 *   readings.limit(10).forEach(System.out::println);   // parses at most 10 + 32 articles
 * }
 * }</pre>
 */
public final class ParallelMap {

  /** The most threads a map may run. */
  public static final int MAX_THREADS = 512;

  /** The default window is this many items per thread. */
  public static final int ITEMS_PER_THREAD = 8;

  private final int threads;
  private final int window;

  private ParallelMap(int threads, int window) {
    this.threads = threads;
    this.window = window;
  }

  /**
   * Returns a map on {@code threads} threads holding at most {@code window} items at once.
   *
   * @throws IllegalArgumentException if {@code threads} is not between 1 and {@link #MAX_THREADS},
   *     or {@code window} is below {@code threads}
   */
  public static ParallelMap of(int threads, int window) {
    checkArgument(
        threads >= 1 && threads <= MAX_THREADS,
        "the number of threads must be between 1 and %s, got %s",
        MAX_THREADS,
        threads);
    checkArgument(
        window >= threads, "the window must hold at least one item per thread (%s), got %s", threads, window);
    return new ParallelMap(threads, window);
  }

  /**
   * Returns a map on {@code threads} threads with a window of {@link #ITEMS_PER_THREAD} items per
   * thread.
   *
   * @throws IllegalArgumentException if {@code threads} is not between 1 and {@link #MAX_THREADS}
   */
  public static ParallelMap ofThreads(int threads) {
    checkArgument(
        threads >= 1 && threads <= MAX_THREADS,
        "the number of threads must be between 1 and %s, got %s",
        MAX_THREADS,
        threads);
    return new ParallelMap(threads, threads * ITEMS_PER_THREAD);
  }

  /** Returns the number of processors the JVM may use: the default number of threads. */
  public static int defaultThreads() {
    return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
  }

  /** Returns the number of threads that do the work. */
  public int threads() {
    return threads;
  }

  /** Returns the most items taken from the input and not yet handed over, at any time. */
  public int window() {
    return window;
  }

  /**
   * Returns the results of {@code work} on each item of {@code items}, in the items' order. The
   * input is read on the consuming thread only, as results are asked for; {@code work} runs on the
   * pool's threads and must be thread-safe. An exception thrown by {@code work} is thrown again,
   * unchanged, by the stream when it reaches that item, and stops the pool.
   *
   * @throws NullPointerException if an argument is null
   */
  public <T, R> Stream<R> stream(Iterator<? extends T> items, Function<? super T, ? extends R> work) {
    checkNotNull(items, "items");
    checkNotNull(work, "work");
    Results<T, R> results = new Results<>(items, work);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(results::stop);
  }

  @Override
  public String toString() {
    return "ParallelMap[threads=" + threads + ", window=" + window + "]";
  }

  /** The results of one stream: the futures of the items taken, oldest first. */
  private final class Results<T, R> implements Iterator<R> {
    private final Iterator<? extends T> items;
    private final Function<? super T, ? extends R> work;
    private final ArrayDeque<Future<? extends R>> pending = new ArrayDeque<>();
    private ExecutorService pool;
    private boolean stopped;

    Results(Iterator<? extends T> items, Function<? super T, ? extends R> work) {
      this.items = items;
      this.work = work;
    }

    /**
     * Fills the window, then says whether a result is left. Filling here rather than in {@link
     * #next} leaves the consumer's current item counted in the window until it asks for more.
     */
    @Override
    public boolean hasNext() {
      if (stopped) {
        return false;
      }
      while (pending.size() < window && items.hasNext()) {
        T item = items.next();
        pending.add(pool().submit(() -> work.apply(item)));
      }
      if (pending.isEmpty()) {
        stop();
        return false;
      }
      return true;
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more results");
      }
      Future<? extends R> head = pending.poll();
      try {
        return head.get();
      } catch (ExecutionException e) {
        stop();
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("the work failed on an item", cause);
      } catch (InterruptedException e) {
        stop();
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while waiting for a result");
      }
    }

    private ExecutorService pool() {
      if (pool == null) {
        pool = Executors.newFixedThreadPool(threads, daemonThreads());
      }
      return pool;
    }

    /**
     * Cancels the items not started and lets the threads end once their current item is done (at
     * most one each, whose result is dropped); safe to call twice.
     */
    void stop() {
      stopped = true;
      pending.forEach(future -> future.cancel(false));
      pending.clear();
      if (pool != null) {
        pool.shutdown();
      }
    }
  }

  /** Daemon threads, so that a stream left open never keeps the JVM alive. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "entente-parallel-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
