/**
 * Writes a corpus's typed tables into a DuckDB database file, or as Parquet files through DuckDB:
 * {@link dev.entente.duckdb.DuckDbExport}.
 */
package dev.entente.duckdb;
