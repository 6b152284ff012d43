/**
 * The JSON Lines format of {@link dev.entente.model.Reading}s: {@link dev.entente.json.CorpusJson}
 * writes and reads it, and {@link dev.entente.json.CorpusJsonException} reports a line it cannot
 * read.
 *
 * <p>Jackson is used only inside this package, through package-private records that mirror the
 * format and are converted to and from the model by hand; the model carries no annotations and no
 * Jackson type appears in a public signature.
 */
package dev.entente.json;
