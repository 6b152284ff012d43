package dev.entente.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Jackson side of the format: turns a {@link ReadingDto} into one line of text and back, and
 * turns Jackson's exceptions into {@link FieldException}s that name the field. Immutable and
 * thread-safe; Jackson types stay in here and in the DTOs.
 *
 * <p>Reading is strict: unknown fields, duplicate keys, trailing content, and coercions between
 * JSON types (a number where a string is expected, {@code "600"} or {@code 1.5} where an integer
 * is) all fail. Polymorphic and default typing are never enabled.
 */
final class JsonCodec {

  /** The deepest nesting of arrays and objects read; the format itself needs 5 levels. */
  static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read, in characters: 10 Mi. */
  static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;

  /** The longest line read, in characters (in a file, in bytes of UTF-8): 32 Mi. */
  static final int MAX_LINE_LENGTH = 32 * 1024 * 1024;

  private final ObjectReader reader;
  private final ObjectWriter writer;

  private JsonCodec(ObjectReader reader, ObjectWriter writer) {
    this.reader = reader;
    this.writer = writer;
  }

  /** Returns the codec with the limits above. */
  static JsonCodec create() {
    JsonFactory factory =
        new JsonFactoryBuilder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxDocumentLength(MAX_LINE_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .characterEscapes(new LineSeparatorEscapes())
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // trailing content is checked by decode, which can say what it is
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                LogicalType.Textual,
                c ->
                    c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Integer,
                c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Float,
                c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .addModule(
                new SimpleModule("entente-json")
                    .addDeserializer(ActorDto.class, new ActorDtoDeserializer())
                    .addDeserializer(Double.class, new ExactDoubleDeserializer()))
            .build();
    return new JsonCodec(mapper.readerFor(ReadingDto.class), mapper.writerFor(ReadingDto.class));
  }

  /** Returns {@code dto} as one line of JSON, without a line terminator. */
  String encode(ReadingDto dto) {
    try {
      return writer.writeValueAsString(dto);
    } catch (IOException e) { // writing to a String does no I/O; only a bug gets here
      throw new UncheckedIOException("cannot write " + dto.document().id(), e);
    }
  }

  /**
   * Returns the DTO of one line of JSON.
   *
   * @throws FieldException if the text is not a JSON object of the format's shape
   */
  ReadingDto decode(String text) {
    JsonParser parser;
    try {
      parser = reader.createParser(text);
    } catch (IOException e) { // a parser over a String does no I/O
      throw new UncheckedIOException(e);
    }
    try {
      ReadingDto dto = reader.readValue(parser);
      if (dto == null) {
        throw new FieldException(FieldPath.ROOT, "expected an object, got null");
      }
      JsonToken next = parser.nextToken();
      if (next != null) {
        throw new FieldException(
            FieldPath.ROOT,
            String.format(
                "%s follows the object at column %d; a line holds one object, so put each"
                    + " document on its own line",
                describe(next),
                parser.currentTokenLocation().getColumnNr()));
      }
      return dto;
    } catch (IOException e) { // translated before closing, while the parser still shows the token
      throw translate(e, contextPath(parser), ignored -> describe(parser.currentToken()));
    } finally {
      closeQuietly(parser);
    }
  }

  /**
   * Returns the problem that reading the object {@code tree} into a record met, with a path
   * relative to the tree; for {@link ActorDtoDeserializer}, whose parser is gone by then.
   */
  static FieldException translate(IOException e, JsonNode tree) {
    return translate(e, FieldPath.ROOT, path -> describe(nodeAt(tree, path)));
  }

  /**
   * Returns a {@link FieldException} for {@code e}: at Jackson's path when it has one, else where
   * the parser stopped ({@code stoppedAt}); {@code actual} describes the value at a path.
   */
  private static FieldException translate(
      IOException e, FieldPath stoppedAt, Function<FieldPath, String> actual) {
    Throwable root = e;
    while (root.getCause() instanceof JacksonException) {
      root = root.getCause();
    }
    FieldPath mapped = mappingPath(e);
    // A syntax error is where the parser stopped; a mapping error, where Jackson says.
    FieldPath path =
        root instanceof JsonParseException || mapped.isRoot() ? stoppedAt : mapped;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FieldException inner) { // from ActorDtoDeserializer, relative to the actor
        Throwable cause = inner.getCause() instanceof JacksonException ? inner.getCause() : e;
        return new FieldException(path.resolve(inner.path()), inner.getMessage(), cause);
      }
    }
    return new FieldException(path, reason(root, () -> actual.apply(mapped)), e);
  }

  private static void closeQuietly(JsonParser parser) {
    try {
      parser.close();
    } catch (IOException e) { // closing a parser over a String does no I/O
      throw new UncheckedIOException(e);
    }
  }

  /** Returns Jackson's path of {@code e}, empty when it has none. */
  private static FieldPath mappingPath(IOException e) {
    FieldPath path = FieldPath.ROOT;
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        path =
            ref.getFieldName() != null ? path.field(ref.getFieldName()) : path.index(ref.getIndex());
      }
    }
    return path;
  }

  /** Returns where {@code parser} is. */
  private static FieldPath contextPath(JsonParser parser) {
    Deque<JsonStreamContext> contexts = new ArrayDeque<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      contexts.push(c);
    }
    FieldPath path = FieldPath.ROOT;
    for (JsonStreamContext c : contexts) {
      if (c.inObject() && c.getCurrentName() != null) {
        path = path.field(c.getCurrentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        path = path.index(c.getCurrentIndex());
      }
    }
    return path;
  }

  /** Returns the node of {@code tree} at {@code path}, or a missing node. */
  private static JsonNode nodeAt(JsonNode tree, FieldPath path) {
    JsonNode node = tree;
    for (String step : path.text().split("\\.|(?=\\[)")) {
      if (step.startsWith("[")) {
        node = node.path(Integer.parseInt(step.substring(1, step.length() - 1)));
      } else if (!step.isEmpty()) {
        node = node.path(step);
      }
    }
    return node;
  }

  private static String reason(Throwable root, Supplier<String> actual) {
    if (root instanceof StreamConstraintsException limit) {
      return "refused, beyond a safety limit: " + limit.getOriginalMessage();
    }
    if (root instanceof UnrecognizedPropertyException unknown) {
      return String.format(
          "unknown field %s; expected one of %s",
          Fields.quoted(unknown.getPropertyName()),
          names(unknown.getKnownPropertyIds()));
    }
    if (root instanceof InputCoercionException range) {
      return "number out of range: " + range.getOriginalMessage();
    }
    if (root instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return String.format("expected %s, got %s", expected(mismatch.getTargetType()), actual.get());
    }
    if (root instanceof JsonParseException syntax) {
      return String.format(
          "malformed JSON at column %d: %s",
          syntax.getLocation() == null ? -1 : syntax.getLocation().getColumnNr(),
          withoutRedactedSource(syntax.getOriginalMessage()));
    }
    return root instanceof JacksonException jackson
        ? jackson.getOriginalMessage()
        : String.valueOf(root.getMessage());
  }

  /** Drops the placeholder Jackson prints for the source it does not include in locations. */
  private static String withoutRedactedSource(String message) {
    return message.replace(
        "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "[");
  }

  private static String names(Collection<Object> ids) {
    return ids == null
        ? "none"
        : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  /** Returns what {@code node} is, such as {@code "an array"}. */
  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return node.isIntegralNumber() ? "an integer" : "a number with a fraction";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "nothing";
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a number with a fraction";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /**
   * Reads a JSON number into a {@code double} only when that keeps its value: {@code 1e-400}
   * (which would read as 0.0) or a decimal of 23 digits (which would be rounded) is refused, since
   * writing the reading back would change the number. Any spelling of the same value is accepted
   * ({@code 1}, {@code 1.0}, {@code 0.50}). Other tokens get Jackson's usual type mismatch.
   */
  private static final class ExactDoubleDeserializer extends StdDeserializer<Double> {

    private static final long serialVersionUID = 1L;

    ExactDoubleDeserializer() {
      super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isNumeric()) {
        return (Double) ctxt.handleUnexpectedToken(Double.class, p);
      }
      BigDecimal exact = p.getDecimalValue();
      double value = exact.doubleValue();
      if (!Double.isFinite(value)
          || new BigDecimal(Double.toString(value)).compareTo(exact) != 0) {
        throw new FieldException(
            FieldPath.ROOT,
            String.format(
                "the number %s is not exactly a double (it would read as %s); write a decimal"
                    + " of at most 17 significant digits, such as 0.85",
                Fields.shortened(p.getText(), Fields.SHOWN_CHARS),
                value));
      }
      return value;
    }
  }

  /**
   * Escapes U+2028 and U+2029 as well as what JSON requires, so that a line stays one line for
   * readers (JavaScript among them) that treat those characters as line terminators. Every other
   * character, accents and emoji included, is written as itself.
   */
  private static final class LineSeparatorEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return LINE_SEPARATOR;
      }
      return ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
    }
  }
}
