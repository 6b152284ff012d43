package dev.entente.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Reading;

/**
 * What {@link CorpusJson#readGoodLines} read from a JSON Lines file: the readings of its good
 * lines, and the problem of each line that could not be read.
 *
 * @param readings the readings of the good lines, in file order, each document once
 * @param errors the problem of each other line, in file order, each naming the file and the line
 */
public record ParsedLines(ImmutableList<Reading> readings, ImmutableList<CorpusJsonException> errors) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ParsedLines {
    checkNotNull(readings, "readings");
    checkNotNull(errors, "errors");
  }

  /** Returns whether every line was read. */
  public boolean isComplete() {
    return errors.isEmpty();
  }
}
