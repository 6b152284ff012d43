package dev.entente.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lets a test class's constructors and methods take the {@link SeedCorpus}, or its parsed {@link
 * dev.entente.query.Corpus}, as parameters, through {@link SeedCorpusResolver}.
 *
 * <pre>{@code
 * @WithSeedCorpus
 * final class ParserCorpusTest {
 *   @Test
 *   void readsEveryArticle(SeedCorpus seeds) {
 *     assertEquals(5, seeds.articles().size());
 *   }
 *
 *   @Test
 *   void findsMilitaryRelations(Corpus corpus) {
 *     assertTrue(corpus.relations().inDomain(MILITARY).exists());
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SeedCorpusResolver.class)
public @interface WithSeedCorpus {}
