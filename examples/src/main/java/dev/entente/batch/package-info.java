/**
 * Reads many articles on every core while holding only a bounded window of them in memory: {@link
 * dev.entente.batch.BatchParser} hands the readings over in input order, as one thread would, and
 * reports {@link dev.entente.batch.BatchProgress}; {@link dev.entente.batch.ParallelMap} is the
 * ordered, bounded pool underneath, for any work done item by item.
 */
package dev.entente.batch;
