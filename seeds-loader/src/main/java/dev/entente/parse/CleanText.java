package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An article's text once boilerplate lines are removed, with the metadata those lines held.
 *
 * @param id the article's id
 * @param text the text that remains; spans of facts are offsets into it
 * @param dropped the lines removed as boilerplate, in order
 * @param title the title, when the first line reads as one
 * @param source the source named by a "Source :" line or a dateline's agency
 * @param datelines the date texts of the header's byline, date line, date field and dateline, in
 *     order ("2018-09", "7 septembre"): the publication date is the most precise of those that agree
 * @param truncated whether the text was cut at the parser's size limit
 * @param charsRead how many characters of the article's text were read: all of them, or fewer
 *     when it was cut (one fewer than the limit when the limit falls inside a surrogate pair)
 * @param replacedCharacters whether characters that cannot be text were replaced by spaces
 * @param normalized whether the text was not in Unicode NFC and was normalized, so that spans
 *     point into a text that differs from the article's, in how accents are encoded only
 */
record CleanText(
    String id,
    String text,
    ImmutableList<String> dropped,
    Optional<String> title,
    Optional<String> source,
    ImmutableList<String> datelines,
    boolean truncated,
    int charsRead,
    boolean replacedCharacters,
    boolean normalized) {}
