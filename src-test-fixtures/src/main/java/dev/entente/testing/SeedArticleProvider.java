package dev.entente.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Provides the arguments of a test annotated {@link ForEachSeed}: each {@link SeedArticle} of
 * {@link SeedCorpus#get()}, in id order. JUnit creates and calls it; tests use the annotation.
 */
public final class SeedArticleProvider implements ArgumentsProvider {

  /** Creates a provider; JUnit calls this constructor. */
  public SeedArticleProvider() {}

  /**
   * Returns one argument per seed article.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the seed corpus cannot be loaded, as {@link SeedCorpus#get()}
   */
  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    checkNotNull(parameters, "parameters");
    checkNotNull(context, "context");
    return articles();
  }

  /**
   * Returns one argument per seed article; JUnit before 5.13 calls this method instead of {@link
   * #provideArguments(ParameterDeclarations, ExtensionContext)}.
   *
   * @throws NullPointerException if {@code context} is null
   * @throws IllegalStateException if the seed corpus cannot be loaded, as {@link SeedCorpus#get()}
   */
  @Override
  @Deprecated
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    checkNotNull(context, "context");
    return articles();
  }

  private static Stream<Arguments> articles() {
    return SeedCorpus.get().articles().stream().map(Arguments::of);
  }
}
