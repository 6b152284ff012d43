/**
 * The French reader: {@link dev.entente.parse.Parser} turns French news articles about states'
 * defence and strategic cooperation into {@link dev.entente.model.Reading}s.
 *
 * <p>Inside, small package-private stages each take one input type and return the next: the
 * boilerplate stripper, the sentence splitter, the gazetteer matcher, one rule per kind of fact,
 * and the assembler. Word lists and gazetteers are resources under {@code dev/entente/parse/}.
 */
package dev.entente.parse;
