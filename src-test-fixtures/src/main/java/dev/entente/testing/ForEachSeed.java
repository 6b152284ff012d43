package dev.entente.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a {@code @ParameterizedTest} once per seed article, in id order, passing its {@link
 * SeedArticle}; with {@code name = "{0}"} each invocation is named by the article id.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @ForEachSeed
 * void reportsNoErrors(SeedArticle seed) {
 *   assertEquals(List.of(), seed.reading().diagnostics(Severity.ERROR));
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(SeedArticleProvider.class)
public @interface ForEachSeed {}
