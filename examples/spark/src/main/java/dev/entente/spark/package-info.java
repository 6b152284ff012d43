/**
 * A Spark job that reads articles on a cluster and writes the typed tables of {@code CorpusTables}
 * as Parquet, partitioned by year, equal to those of one {@code Corpus} of the same articles.
 * {@link dev.entente.spark.EntenteSparkJob} is the entry point; {@code spark-submit} runs its
 * {@code main}.
 */
package dev.entente.spark;
