package dev.entente.json;

import dev.entente.model.Fact;
import dev.entente.model.Relation;
import java.util.List;

/**
 * A relation object: {@code {"between", "domain", "facts"}}, the two alpha-3 codes in order and
 * the ids of the facts. Relations are derived, so they are written for readers of the file and
 * compared, never converted, when read.
 */
record RelationDto(List<String> between, String domain, List<String> facts) {

  static RelationDto from(Relation relation) {
    return new RelationDto(
        List.of(relation.pair().first().alpha3(), relation.pair().second().alpha3()),
        relation.domain().name(),
        relation.facts().stream().map(Fact::id).toList());
  }

  /** Returns a short text for messages, such as {@code CHN-RUS MILITARY [agr-…]}. */
  String describe() {
    return (between == null ? "null" : String.join("-", between))
        + " "
        + domain
        + " "
        + facts;
  }
}
