/**
 * What other projects' tests use: the seed corpus and its frozen snapshot, JUnit 5 extensions that
 * hand them to tests, and seeded generators of valid model values.
 *
 * <p>Add {@code dev.entente:entente-test-fixtures} with test scope; it brings JUnit Jupiter's API
 * and parameters modules and Instancio with it. A test class needs only annotations:
 *
 * <pre>{@code
 * @WithSeedCorpus
 * class MyAnalysisTest {
 *   @ParameterizedTest(name = "{0}")
 *   @ForEachSeed
 *   void readsEveryArticle(SeedArticle seed) { ... }
 *
 *   @ParameterizedTest(name = "{0}")
 *   @GeneratedValues(type = Agreement.class, count = 1000)
 *   void holdsForAnyAgreement(Agreement agreement) { ... }
 *
 *   @Test
 *   void parserIsUnchanged() {
 *     SnapshotAssertions.assertMatchesSnapshot(Seeds.corpus());
 *   }
 * }
 * }</pre>
 */
package dev.entente.testing;
