/**
 * Benchmarks of the query API on a synthetic corpus of a million facts ({@link
 * dev.entente.examples.benchmarks.SyntheticCorpus}), and of the parser on varied French text
 * ({@link dev.entente.examples.benchmarks.BenchmarkCorpus}) beside a tokenize-and-look-up floor.
 *
 * <p>Build the shaded jar, then run each from the repository root:
 *
 * <pre>{@code
 * mvn -q -pl examples -am package -DskipTests
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main QueryBenchmark -f 1 -wi 3 -i 5
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main CorpusBuildBenchmark
 * java -cp examples/target/entente.jar org.openjdk.jmh.Main ParseBenchmark
 * java -Xms6g -Xmx6g -XX:+UseParallelGC -cp examples/target/entente.jar \
 *     dev.entente.examples.benchmarks.HeapPerFact 1000000 42
 * }</pre>
 *
 * <p>Targets: building the corpus under 5 s, under 1 KB of heap per fact, readings included. On a
 * shared machine, check the load first ({@code uptime}): other processes on the same cores slow
 * every figure down, the build most.
 */
package dev.entente.examples.benchmarks;
