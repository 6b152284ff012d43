package dev.entente.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of the tests: local, two threads, no web interface, few shuffle partitions
 * (the tests' data is small); started once per JVM, on first use, and stopped by Spark's own
 * shutdown hook, so that the test classes share its few seconds of start.
 */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession get() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION =
        SparkSession.builder()
            .master("local[2]")
            .appName("entente-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }
}
