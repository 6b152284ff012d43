package dev.entente.json;

import static dev.entente.json.Fields.list;

import java.util.List;

/**
 * What the four fact objects of a line share as records: the positions of their mentions in the
 * reading and the mentions themselves, each an object of the same kind.
 *
 * @param <D> the object's own type, which its mentions have too
 * @param <F> the fact it reads into
 */
interface RecordDto<D extends RecordDto<D, F>, F> {

  /** The places of the record's mentions among the reading's facts; null in a line written before records. */
  List<Integer> positions();

  /** The record's mentions; null in a line written before records. */
  List<D> mentions();

  /** Returns the fact the object itself writes. */
  F toModel(FieldPath at);

  /**
   * Returns whether the object comes from a line written before records: no mentions or positions
   * key.
   */
  default boolean writtenBeforeRecords() {
    return mentions() == null || positions() == null;
  }

  /**
   * Returns the mentions the object stands for: its own mentions, or the fact itself when it lists
   * none.
   */
  default List<F> mentionsToModel(FieldPath at) {
    if (mentions() == null || mentions().isEmpty()) {
      return List.of(toModel(at));
    }
    return list(
        mentions(),
        at.field("mentions"),
        (mention, path) -> {
          if (mention.mentions() != null && !mention.mentions().isEmpty()) {
            throw new FieldException(
                path.field("mentions"), "a mention lists no mentions of its own; write []");
          }
          return mention.toModel(path);
        });
  }
}
