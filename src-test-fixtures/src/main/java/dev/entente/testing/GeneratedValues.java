package dev.entente.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a {@code @ParameterizedTest} with {@link #count()} generated values of {@link #type()},
 * from {@link ModelGenerators#forType(Class)}, each named with its run seed and index.
 *
 * <p>The seed is {@link #seed()} when set; otherwise the JUnit configuration parameter or system
 * property {@value #SEED_PROPERTY}; otherwise a random seed, printed to standard output and
 * published as a report entry. Every invocation's name starts with the seed and the value's index,
 * {@code [seed=123 #7] Agreement[{CHN,RUS} TREATY ...]}, so a failure can be replayed with {@code
 * -Dentente.seed=123}, or alone with {@code ModelGenerators.agreements().sample(123, 7)}.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @GeneratedValues(type = CountryPair.class, count = 1000)
 * void orderDoesNotMatter(CountryPair pair) {
 *   assertEquals(pair, CountryPair.of(pair.second(), pair.first()));
 * }
 * }</pre>
 *
 * <p>The annotated method's first parameter receives the value; its type must be {@link #type()}
 * or a supertype of it.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(GeneratedValuesProvider.class)
public @interface GeneratedValues {

  /** The name of the configuration parameter and system property that sets the seed. */
  String SEED_PROPERTY = "entente.seed";

  /**
   * The value of {@link #seed()} that means "not set"; {@code Long.MIN_VALUE} is therefore not
   * available as a fixed seed.
   */
  long UNSET = Long.MIN_VALUE;

  /** Returns the type of the values; {@link ModelGenerators#forType(Class)} must know it. */
  Class<?> type();

  /** Returns how many values to generate, at least one; 100 unless set. */
  int count() default 100;

  /** Returns the run seed; when {@link #UNSET}, the system property or a random seed is used. */
  long seed() default UNSET;
}
