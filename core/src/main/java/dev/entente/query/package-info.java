/**
 * Queries over a {@link dev.entente.query.Corpus}: one immutable query type per kind of result
 * ({@link dev.entente.query.RelationQuery}, {@link dev.entente.query.AgreementQuery}, {@link
 * dev.entente.query.ExerciseQuery}, {@link dev.entente.query.TransferQuery}, {@link
 * dev.entente.query.StatementQuery}).
 *
 * <p>What they share lives once: {@link dev.entente.query.CorpusQuery} holds the narrowing methods
 * every kind has ({@code between}, {@code involving}, {@code inDomain}, the dates, {@code
 * inDocument}) and the terminals; {@link dev.entente.query.FactQuery} runs them over one kind of
 * fact. Each concrete type adds only its own dimensions, and every narrowing method returns the
 * concrete type, so a chain keeps it.
 *
 * <p>Each narrowing call returns a new query; the terminal calls ({@code list()}, {@code stream()},
 * {@code count()}, {@code exists()}, {@code first()}) run it against the corpus's indexes. Filters
 * commute, each can be set once, and a query prints the chain that built it.
 */
package dev.entente.query;
