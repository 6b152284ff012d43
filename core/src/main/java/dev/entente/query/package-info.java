/**
 * Queries over a {@link dev.entente.query.Corpus}: one immutable query type per kind of result
 * ({@link dev.entente.query.RelationQuery}, {@link dev.entente.query.AgreementQuery}, {@link
 * dev.entente.query.ExerciseQuery}, {@link dev.entente.query.TransferQuery}, {@link
 * dev.entente.query.StatementQuery}).
 *
 * <p>Each narrowing call returns a new query; the terminal calls ({@code list()}, {@code stream()},
 * {@code count()}, {@code exists()}, {@code first()}) run it against the corpus's indexes. Filters
 * commute, each can be set once, and a query prints the chain that built it.
 */
package dev.entente.query;
