/**
 * The corpus as typed tables, one per kind of record (documents, facts, actors, agreements,
 * participants, exercises, arms transfers, statements, relations, evidence), for the tools
 * analysts work with: CSV files, JSON, and DuckDB and Parquet through the examples module's
 * {@code dev.entente.duckdb}.
 * {@link dev.entente.table.CorpusTables#of} is the entry point.
 */
package dev.entente.table;
