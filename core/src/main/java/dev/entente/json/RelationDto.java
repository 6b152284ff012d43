package dev.entente.json;

import dev.entente.model.Fact;
import dev.entente.model.Relation;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A relation object: {@code {"between", "domain", "facts"}}, the two alpha-3 codes in order and
 * the ids of the facts. Relations are derived, so they are written for readers of the file and
 * compared, never converted, when read.
 */
record RelationDto(List<String> between, String domain, List<String> facts) {

  /** Returns the object of {@code relation}, naming its facts by {@code ids}. */
  static RelationDto from(Relation relation, Function<Fact, String> ids) {
    return new RelationDto(
        List.of(relation.pair().first().alpha3(), relation.pair().second().alpha3()),
        relation.domain().name(),
        relation.facts().stream().map(ids).toList());
  }

  /** Returns a short text for messages, such as {@code CHN-RUS MILITARY [agr-…]}. */
  String describe() {
    String pair =
        between == null
            ? "null"
            : between.stream()
                .map(code -> code == null ? "null" : Fields.shortened(code, 8))
                .limit(3)
                .collect(Collectors.joining("-"));
    String listed =
        facts == null
            ? "null"
            : facts.stream()
                    .limit(3)
                    .map(id -> id == null ? "null" : Fields.shortened(id, 30))
                    .collect(Collectors.joining(", ", "[", "]"))
                + (facts.size() > 3 ? " and " + (facts.size() - 3) + " more" : "");
    return pair + " " + (domain == null ? "null" : Fields.shortened(domain, 20)) + " " + listed;
  }
}
