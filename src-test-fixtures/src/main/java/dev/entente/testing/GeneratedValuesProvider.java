package dev.entente.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Provides the arguments of a test annotated {@link GeneratedValues}: one {@link Named} value per
 * invocation, named {@code [seed=S #i] value}. JUnit creates and calls it; tests use the
 * annotation.
 */
public final class GeneratedValuesProvider
    implements ArgumentsProvider, AnnotationConsumer<GeneratedValues> {

  private GeneratedValues annotation;

  /** Creates a provider; JUnit calls {@link #accept} before asking it for arguments. */
  public GeneratedValuesProvider() {}

  /**
   * Takes the annotation of the test.
   *
   * @throws NullPointerException if {@code annotation} is null
   */
  @Override
  public void accept(GeneratedValues annotation) {
    this.annotation = checkNotNull(annotation, "annotation");
  }

  /**
   * Returns the generated values, after checking that the test's first parameter can take them.
   *
   * @throws IllegalStateException if no annotation was accepted
   * @throws IllegalArgumentException if the count is below one, the type has no generator, the
   *     first parameter cannot hold the type, or the seed property is not a number
   */
  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    checkNotNull(parameters, "parameters");
    Optional<ParameterDeclaration> first = parameters.getFirst();
    checkArgument(
        first.isPresent(),
        "@GeneratedValues(type = %s.class) needs a parameter to feed, but %s has none",
        annotation == null ? "?" : annotation.type().getSimpleName(),
        parameters.getSourceElementDescription());
    if (annotation != null && !first.get().getParameterType().isAssignableFrom(annotation.type())) {
      throw new IllegalArgumentException(
          String.format(
              "@GeneratedValues(type = %s.class) feeds %s values, but the first parameter of %s is"
                  + " a %s",
              annotation.type().getSimpleName(),
              annotation.type().getSimpleName(),
              parameters.getSourceElementDescription(),
              first.get().getParameterType().getSimpleName()));
    }
    return provide(context);
  }

  /**
   * Returns the generated values; JUnit before 5.13 calls this method instead of {@link
   * #provideArguments(ParameterDeclarations, ExtensionContext)}.
   *
   * @throws IllegalStateException if no annotation was accepted
   * @throws IllegalArgumentException if the count is below one, the type has no generator or the
   *     seed property is not a number
   */
  @Override
  @Deprecated
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return provide(context);
  }

  private Stream<? extends Arguments> provide(ExtensionContext context) {
    checkNotNull(context, "context");
    if (annotation == null) {
      throw new IllegalStateException("no @GeneratedValues annotation was accepted");
    }
    int count = annotation.count();
    checkArgument(count >= 1, "@GeneratedValues count must be at least 1, got %s", count);
    ModelGenerator<?> generator = ModelGenerators.forType(annotation.type());
    Optional<String> configured = context.getConfigurationParameter(GeneratedValues.SEED_PROPERTY);
    long seed = seed(annotation.seed(), configured);
    if (annotation.seed() == GeneratedValues.UNSET && configured.isEmpty()) {
      String test =
          context
              .getTestMethod()
              .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
              .orElse(context.getDisplayName());
      // Printed, not only in the names: a random run must be replayable from the build log.
      System.out.printf(
          "entente: %s uses random seed %d for %s; replay with -D%s=%d%n",
          test, seed, generator, GeneratedValues.SEED_PROPERTY, seed);
      context.publishReportEntry(GeneratedValues.SEED_PROPERTY, Long.toString(seed));
    }
    return LongStream.range(0, count)
        .mapToObj(
            i -> {
              Object value = generator.sample(seed, i);
              return Arguments.of(Named.of(name(seed, i, value), value));
            });
  }

  /**
   * Returns the run seed: {@code fixed} unless it is {@link GeneratedValues#UNSET}, else the
   * configured value, else a random one.
   *
   * @throws IllegalArgumentException if the configured value is not a decimal {@code long}
   */
  static long seed(long fixed, Optional<String> configured) {
    if (fixed != GeneratedValues.UNSET) {
      return fixed;
    }
    if (configured.isPresent()) {
      String text = configured.get().strip();
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            String.format(
                "%s must be a decimal long such as -D%s=123, got \"%s\"",
                GeneratedValues.SEED_PROPERTY, GeneratedValues.SEED_PROPERTY, text),
            e);
      }
    }
    // Thirteen digits at most: enough runs apart, short enough to read in a test name.
    return ThreadLocalRandom.current().nextLong(1L << 40);
  }

  /** Returns the display name of value {@code index} of the run with seed {@code seed}. */
  static String name(long seed, long index, Object value) {
    return "[seed=" + seed + " #" + index + "] " + value;
  }
}
