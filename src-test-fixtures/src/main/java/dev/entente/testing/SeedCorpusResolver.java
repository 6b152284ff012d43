package dev.entente.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.entente.query.Corpus;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves parameters of type {@link SeedCorpus} to {@link SeedCorpus#get()}, and of type {@link
 * Corpus} to the seed articles' parsed corpus, {@code SeedCorpus.get().corpus()}. Register it with
 * {@link WithSeedCorpus}, or with {@code @ExtendWith(SeedCorpusResolver.class)}.
 *
 * <p>In a {@code @ParameterizedTest} it leaves the first parameter to the test's arguments, which
 * {@link ForEachSeed} and {@link GeneratedValues} supply one at a time; later parameters of either
 * type it resolves.
 */
public final class SeedCorpusResolver implements ParameterResolver {

  /** Creates a resolver; JUnit calls this constructor. */
  public SeedCorpusResolver() {}

  /**
   * Returns whether the parameter's type is exactly {@link SeedCorpus} or {@link Corpus}, unless it
   * is the first parameter of a {@code @ParameterizedTest}, which the test's arguments fill (as
   * {@code @GeneratedValues(type = Corpus.class)} does); two resolvers of one parameter would make
   * JUnit fail the test.
   *
   * @throws NullPointerException if {@code parameterContext} is null
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    checkNotNull(parameterContext, "parameterContext");
    Class<?> type = parameterContext.getParameter().getType();
    if (type != SeedCorpus.class && type != Corpus.class) {
      return false;
    }
    boolean argument =
        parameterContext.getIndex() == 0
            && AnnotationSupport.isAnnotated(
                parameterContext.getDeclaringExecutable(), ParameterizedTest.class);
    return !argument;
  }

  /**
   * Returns the seed corpus, or its parsed corpus, for the parameter.
   *
   * @throws NullPointerException if {@code parameterContext} is null
   * @throws IllegalArgumentException if the parameter is of another type
   * @throws IllegalStateException if the seed corpus cannot be loaded, as {@link SeedCorpus#get()}
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    checkNotNull(parameterContext, "parameterContext");
    Class<?> type = parameterContext.getParameter().getType();
    if (type == SeedCorpus.class) {
      return SeedCorpus.get();
    }
    if (type == Corpus.class) {
      return SeedCorpus.get().corpus();
    }
    throw new IllegalArgumentException(
        "SeedCorpusResolver resolves SeedCorpus and Corpus parameters, not " + type.getName());
  }
}
