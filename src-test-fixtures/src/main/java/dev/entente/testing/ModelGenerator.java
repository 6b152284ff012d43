package dev.entente.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Model;
import org.instancio.Select;
import org.instancio.generator.AfterGenerate;
import org.instancio.generator.Generator;
import org.instancio.generator.Hints;

/**
 * A seeded, reproducible source of values of one type, usable on its own, as an Instancio
 * {@link Generator} and as an Instancio {@link Model}.
 *
 * <p>Each value is drawn from its own {@link Random}, seeded from a run seed and the value's index,
 * so {@code sample(seed, 7)} replays the eighth value of a run without drawing the first seven, and
 * the same seed gives equal values on every machine. The {@link ModelGenerators} build their values
 * with the model's builders, so every value is valid.
 *
 * <pre>{@code
 * ModelGenerator<Agreement> agreements = ModelGenerators.agreements();
 * Agreement one = agreements.sample(42);
 * ImmutableList<Agreement> many = agreements.list(42, 1000);
 *
 * // Instancio: as a generator of the values of a field or of the root ...
 * MyDto dto = Instancio.of(MyDto.class).supply(all(Agreement.class), agreements).create();
 * // ... or as a model
 * Agreement seeded = Instancio.of(agreements.toModel()).withSeed(42).create();
 * }</pre>
 *
 * <p>A generator is immutable and safe to share between threads; it holds no random state itself.
 *
 * @param <T> the type of the values
 */
public final class ModelGenerator<T> implements Generator<T> {

  private final Class<T> type;
  private final String name;
  private final Function<? super Random, ? extends T> function;

  private ModelGenerator(Class<T> type, String name, Function<? super Random, ? extends T> function) {
    this.type = type;
    this.name = name;
    this.function = function;
  }

  /**
   * Returns a generator of values of {@code type} that {@code function} draws from a {@link
   * Random}; the function must draw every choice from that random, so that a seed replays it.
   *
   * <pre>{@code
   * ModelGenerator<CountryPair> withRussia = ModelGenerator.of(CountryPair.class,
   *     random -> CountryPair.of(RUSSIA, ModelGenerators.countries().next(random)));
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   */
  public static <T> ModelGenerator<T> of(Class<T> type, Function<? super Random, ? extends T> function) {
    checkNotNull(type, "type");
    checkNotNull(function, "function");
    return new ModelGenerator<>(type, "ModelGenerator.of(" + type.getSimpleName() + ")", function);
  }

  /** Returns a generator with a name for {@link #toString()}, for {@link ModelGenerators}. */
  static <T> ModelGenerator<T> named(
      Class<T> type, String name, Function<? super Random, ? extends T> function) {
    return new ModelGenerator<>(type, name, function);
  }

  /** Returns the type of the values. */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns a value drawn from {@code random}.
   *
   * @throws NullPointerException if {@code random} is null
   * @throws IllegalStateException if the function of a generator made by {@link #of} returns null
   *     or a value of another type
   */
  public T next(Random random) {
    checkNotNull(random, "random");
    T value = function.apply(random);
    if (!type.isInstance(value)) {
      throw new IllegalStateException(
          String.format(
              "generator %s returned %s, not a %s", name, value, type.getSimpleName()));
    }
    return value;
  }

  /**
   * Returns value {@code index} (from 0) of the run with seed {@code seed}, as {@link
   * GeneratedValues} names it ({@code [seed=123 #7]}).
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public T sample(long seed, long index) {
    checkArgument(index >= 0, "index must not be negative, got %s", index);
    return next(new Random(mix(seed, index)));
  }

  /** Returns the first value of the run with seed {@code seed}: {@code sample(seed, 0)}. */
  public T sample(long seed) {
    return sample(seed, 0);
  }

  /**
   * Returns the endless run of values with seed {@code seed}, value {@code i} being {@code
   * sample(seed, i)}; bound it with {@link Stream#limit}.
   */
  public Stream<T> stream(long seed) {
    return LongStream.iterate(0, i -> i + 1).mapToObj(i -> sample(seed, i));
  }

  /**
   * Returns the first {@code count} values of the run with seed {@code seed}.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public ImmutableList<T> list(long seed, int count) {
    checkArgument(count >= 0, "count must not be negative, got %s", count);
    return stream(seed).limit(count).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a value drawn from Instancio's random, so that {@code withSeed} on an Instancio API
   * replays it; Instancio calls this method.
   *
   * @throws NullPointerException if {@code random} is null
   */
  @Override
  public T generate(org.instancio.Random random) {
    checkNotNull(random, "random");
    long seed = ((long) random.intRange(Integer.MIN_VALUE, Integer.MAX_VALUE) << 32)
        ^ (random.intRange(Integer.MIN_VALUE, Integer.MAX_VALUE) & 0xFFFF_FFFFL);
    return next(new Random(seed));
  }

  /**
   * Returns hints telling Instancio to leave the generated value as it is: the value is complete
   * and immutable, and populating it further would break its invariants.
   */
  @Override
  public Hints hints() {
    return Hints.afterGenerate(AfterGenerate.DO_NOT_MODIFY);
  }

  /**
   * Returns an Instancio model whose values are this generator's.
   *
   * <pre>{@code
   * List<Agreement> agreements = Instancio.stream(ModelGenerators.agreements().toModel())
   *     .limit(10).toList();
   * }</pre>
   */
  public Model<T> toModel() {
    return Instancio.of(type).supply(Select.root(), this).toModel();
  }

  /** Returns the factory call that made this generator, such as {@code ModelGenerators.agreements()}. */
  @Override
  public String toString() {
    return name;
  }

  /**
   * Returns the seed of value {@code index} of a run: SplitMix64's finalizer, so that neighbouring
   * indexes (and neighbouring run seeds) give unrelated streams, which {@link Random}'s own
   * scrambling of nearby seeds does not guarantee.
   */
  static long mix(long seed, long index) {
    long z = seed + (index + 1) * 0x9E37_79B9_7F4A_7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
