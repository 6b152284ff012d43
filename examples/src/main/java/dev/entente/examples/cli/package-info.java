/**
 * The {@code entente} command line: {@link dev.entente.examples.cli.Entente} and one small class
 * per subcommand ({@code extract}, {@code query}, {@code stats}); the kinds of {@code query ...}
 * are the rows of one table, {@link dev.entente.examples.cli.QueryKinds}.
 *
 * <p>Arguments are parsed by hand: each command declares its options, and anything else that
 * starts with {@code -} is a usage error. Results go to standard output, and only results, so that
 * {@code entente extract > corpus.jsonl} holds pure JSON Lines; problems and progress go to
 * standard error. Exit codes are those of {@link dev.entente.examples.cli.ExitCode}.
 */
package dev.entente.examples.cli;
