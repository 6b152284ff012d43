/**
 * Runnable stories about the seed corpus and your own articles, each a class with a {@code main}
 * that prints its result, and {@link dev.entente.examples.Tables}, which lays facts and relations
 * out as aligned columns for the command line and JShell notebooks.
 *
 * <p>Unlike the library, the classes here print: that is what examples are for.
 */
package dev.entente.examples;
