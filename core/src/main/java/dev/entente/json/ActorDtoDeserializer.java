package dev.entente.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads an actor object: its {@code "kind"} first, then the record of that kind. This is the
 * whole of the format's polymorphism, over a closed list; Jackson's polymorphic typing stays off.
 *
 * <p>A missing or unknown kind throws a {@link FieldException} relative to the actor; Jackson
 * wraps it with the path to the actor, and {@link JsonCodec} joins the two.
 */
final class ActorDtoDeserializer extends StdDeserializer<ActorDto> {

  private static final long serialVersionUID = 1L;

  private static final FieldPath KIND = FieldPath.ROOT.field("kind");

  ActorDtoDeserializer() {
    super(ActorDto.class);
  }

  @Override
  public ActorDto deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (ActorDto) ctxt.handleUnexpectedToken(ActorDto.class, p);
    }
    JsonNode node = ctxt.readTree(p);
    JsonNode kind = node.get("kind");
    if (kind == null || kind.isNull()) {
      throw new FieldException(KIND, "required, but missing or null");
    }
    if (!kind.isTextual()) {
      throw new FieldException(
          KIND,
          String.format("expected a string, got %s", JsonCodec.describe(kind)));
    }
    Class<? extends ActorDto> type = type(Fields.constant(ActorKind.class, kind.textValue(), KIND));
    try {
      return ctxt.readTreeAsValue(node, type);
    } catch (IOException e) {
      throw JsonCodec.translate(e, node);
    }
  }

  private static Class<? extends ActorDto> type(ActorKind kind) {
    switch (kind) {
      case STATE:
        return ActorDto.StateDto.class;
      case PERSON:
        return ActorDto.PersonDto.class;
      case ORGANIZATION:
        return ActorDto.OrganizationActorDto.class;
      default:
        throw new AssertionError(kind);
    }
  }
}
