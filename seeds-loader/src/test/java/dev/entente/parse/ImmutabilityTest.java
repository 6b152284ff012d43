package dev.entente.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import com.google.common.graph.Graph;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.ValueGraph;
import com.google.common.reflect.TypeToken;
import dev.entente.model.Reading;
import dev.entente.model.Relation;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.BaseStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep immutability of what the parser returns. Two walks, both by reflection so that a type or a
 * component added later is covered without touching this test:
 *
 * <ul>
 *   <li>over types: from {@link Reading}, {@link Corpus} and {@link ParsedFiles}, every record
 *       component, sealed subtype and public accessor (no argument, or one enum) must have an
 *       immutable type: a primitive, {@code String}, an enum, {@code Path}, a {@code java.time}
 *       value, an {@code Optional} or Guava immutable collection of such types, or another type of
 *       ours that passes the same check. A component declared {@code List<X>} fails here.
 *   <li>over values: the readings of the seeds and of 200 mixed articles, their corpus with every
 *       query's results, and the result of reading files; every collection met throws {@link
 *       UnsupportedOperationException} on add, remove, clear and iterator removal, every map on
 *       put, remove and clear, and no component is null.
 * </ul>
 */
final class ImmutabilityTest {

  private static final String OURS = "dev.entente.";

  @Nested
  final class Types {

    @Test
    void everyTypeReachableFromAReadingACorpusOrParsedFiles_isImmutable() {
      TypeWalk walk = new TypeWalk();
      walk.check(Reading.class, "Reading");
      walk.check(Corpus.class, "Corpus");
      walk.check(ParsedFiles.class, "ParsedFiles");
      assertEquals(List.of(), walk.problems);
      assertTrue(walk.seen.size() >= 25, "only walked " + walk.seen);
    }

    @Test
    void aMutableComponent_isCaught() {
      TypeWalk walk = new TypeWalk();
      walk.check(Leaky.class, "Leaky");
      assertEquals(2, walk.problems.size(), walk.problems::toString);
      assertTrue(walk.problems.get(0).contains("Leaky.names"), walk.problems::toString);
      assertTrue(walk.problems.get(1).contains("Leaky.tags"), walk.problems::toString);
    }
  }

  @Nested
  final class Values {

    @Test
    void everyCollectionOfTheCorpus_isUnmodifiable() {
      List<Reading> readings = new ArrayList<>(Seeds.readings());
      readings.addAll(Parser.defaultFrench().parseAll(SeedMix.articles(7, 200)).readings());
      ValueWalk walk = new ValueWalk();
      walk.visit(Corpus.of(readings), "corpus");
      assertEquals(List.of(), walk.problems);
      assertTrue(walk.collections > 10_000, "only " + walk.collections + " collections checked");
      for (String kind : List.of("Agreement", "JointExercise", "ArmsTransfer", "Statement", "Person", "Organization", "Relation")) {
        assertTrue(walk.recordTypes.contains(kind), () -> "no " + kind + " met among " + walk.recordTypes);
      }
    }

    @Test
    void parsedFiles_isUnmodifiable(@TempDir Path dir) throws IOException {
      Files.write(dir.resolve("a.txt"), Seeds.articles().get(0).text().getBytes(UTF_8));
      Files.write(dir.resolve("b.txt"), new byte[] {'x', 0});
      Files.write(dir.resolve("c.txt"), new byte[] {'L', 'a', ' ', (byte) 0xE9, 't', 'a', 't'});
      ParsedFiles parsed = Parser.defaultFrench().parseFiles(dir);
      assertEquals(2, parsed.problems().size());
      ValueWalk walk = new ValueWalk();
      walk.visit(parsed, "parsed");
      assertEquals(List.of(), walk.problems);
      assertTrue(walk.recordTypes.contains("FileProblem"), walk.recordTypes::toString);
    }

    @Test
    void aMutableCollection_isCaught() {
      ValueWalk walk = new ValueWalk();
      walk.visit(new Leaky(new ArrayList<>(List.of("a")), Collections.unmodifiableSet(new LinkedHashSet<>(Set.of("b")))), "leaky");
      assertEquals(1, walk.problems.size(), walk.problems::toString);
      assertTrue(walk.problems.get(0).startsWith("leaky.names"), walk.problems::toString);
    }
  }

  /** A record with two mutable components, to show that each walk catches them. */
  record Leaky(List<String> names, Set<String> tags) {}

  /** Checks types; collects a message per type that is not immutable. */
  private static final class TypeWalk {
    final List<String> problems = new ArrayList<>();
    final Set<Type> seen = new LinkedHashSet<>();

    void check(Type type, String path) {
      if (type instanceof java.lang.reflect.TypeVariable<?> v) { // a captured wildcard: its bound
        for (Type bound : v.getBounds()) {
          check(bound, path);
        }
        return;
      }
      if (type instanceof WildcardType w) {
        for (Type bound : w.getUpperBounds()) {
          check(bound, path);
        }
        return;
      }
      if (type instanceof ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        if (raw == Enum.class) { // a status of one enum or another (StatusStep.status)
          return;
        }
        if (raw.getName().startsWith(OURS) && raw.isRecord()) { // FactRecord<Agreement>
          for (Type argument : p.getActualTypeArguments()) {
            check(argument, path + "<>");
          }
          if (seen.add(p)) {
            for (RecordComponent component : raw.getRecordComponents()) {
              check(
                  TypeToken.of(p).resolveType(component.getGenericType()).getType(),
                  raw.getSimpleName() + "." + component.getName());
            }
          }
          return;
        }
        if (!isImmutableContainer(raw)) {
          problems.add(path + ": " + type.getTypeName() + " is not an immutable container");
          return;
        }
        Type[] arguments = p.getActualTypeArguments();
        for (int i = 0; i < arguments.length; i++) {
          check(arguments[i], path + "<" + i + ">");
        }
        return;
      }
      if (!(type instanceof Class<?> c)) {
        problems.add(path + ": " + type.getTypeName() + " is not a concrete type");
        return;
      }
      if (!seen.add(c) || isImmutableLeaf(c)) {
        return;
      }
      if (isImmutableContainer(c)) {
        problems.add(path + ": raw " + c.getName());
        return;
      }
      if (!c.getName().startsWith(OURS)) {
        problems.add(path + ": " + c.getName() + " is not known to be immutable");
        return;
      }
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          check(component.getGenericType(), c.getSimpleName() + "." + component.getName());
        }
      } else if (c.isSealed()) {
        for (Class<?> sub : c.getPermittedSubclasses()) {
          check(sub, path + "⊃" + sub.getSimpleName());
        }
      } else if (!c.isInterface() && !Modifier.isFinal(c.getModifiers())) {
        problems.add(path + ": " + c.getName() + " is neither a record nor final");
        return;
      }
      for (Method method : accessors(c)) {
        if (!isComponentAccessor(c, method)) {
          // Resolved against c: AgreementQuery.list(), declared in a generic base, returns
          // ImmutableList<Agreement>, not ImmutableList<T>.
          Type returns = TypeToken.of(c).resolveType(method.getGenericReturnType()).getType();
          check(returns, c.getSimpleName() + "." + method.getName() + "()");
        }
      }
    }

    private static boolean isImmutableLeaf(Class<?> c) {
      return c.isPrimitive() || c.isEnum() || c == String.class || c == Boolean.class || Number.class.isAssignableFrom(c)
          && c.getName().startsWith("java.lang.") || c == OptionalInt.class || c == OptionalLong.class
          || c == OptionalDouble.class || Path.class.isAssignableFrom(c) || c == java.net.URI.class
          || c.getName().startsWith("java.time.") && (TemporalAccessor.class.isAssignableFrom(c) || TemporalAmount.class.isAssignableFrom(c));
    }

    private static boolean isImmutableContainer(Class<?> c) {
      return c == Optional.class || c == ImmutableValueGraph.class
          || c.getName().startsWith("com.google.common.collect.Immutable");
    }
  }

  /** Visits values; collects a message per modifiable collection or null component met. */
  private static final class ValueWalk {
    final List<String> problems = new ArrayList<>();
    final Set<String> recordTypes = new LinkedHashSet<>();
    final Map<Object, Boolean> visited = new IdentityHashMap<>();
    int collections;

    void visit(Object value, String path) {
      if (value == null) {
        problems.add(path + " is null");
        return;
      }
      if (value instanceof String || value instanceof Enum<?> || value instanceof Number || value instanceof Boolean
          || visited.put(value, Boolean.TRUE) != null) {
        return;
      }
      if (value instanceof Collection<?> collection) {
        collections++;
        checkUnmodifiable(collection, path);
        int i = 0;
        for (Object element : Iterables.limit(collection, 2_000)) {
          visit(element, path + "[" + i++ + "]");
        }
      } else if (value instanceof Map<?, ?> map) {
        collections++;
        checkUnmodifiable(map, path);
        for (Map.Entry<?, ?> entry : Iterables.limit(map.entrySet(), 2_000)) {
          visit(entry.getKey(), path + ".key");
          visit(entry.getValue(), path + "[" + entry.getKey() + "]");
        }
      } else if (value instanceof Optional<?> optional) {
        optional.ifPresent(inner -> visit(inner, path + ".get()"));
      } else if (value instanceof ValueGraph<?, ?> graph) {
        visit(graph.nodes(), path + ".nodes()");
        visit(graph.edges(), path + ".edges()");
      } else if (value instanceof Graph<?> graph) {
        visit(graph.nodes(), path + ".nodes()");
      } else if (value.getClass().getName().startsWith(OURS)) {
        Class<?> type = value.getClass();
        if (type.isRecord()) {
          recordTypes.add(type.getSimpleName());
          for (RecordComponent component : type.getRecordComponents()) {
            visit(invoke(component.getAccessor(), value), path + "." + component.getName());
          }
        }
        for (Method method : accessors(type)) {
          if (isComponentAccessor(type, method)) {
            continue;
          }
          if (method.getParameterCount() == 0) {
            visit(invoke(method, value), path + "." + method.getName() + "()");
          } else if (Collection.class.isAssignableFrom(method.getReturnType())
              || Map.class.isAssignableFrom(method.getReturnType())) { // diagnostics(Severity), not other(Country)
            for (Object constant : method.getParameterTypes()[0].getEnumConstants()) {
              visit(invoke(method, value, constant), path + "." + method.getName() + "(" + constant + ")");
            }
          }
        }
      }
    }

    private void checkUnmodifiable(Collection<?> collection, String path) {
      @SuppressWarnings("unchecked")
      Collection<Object> c = (Collection<Object>) collection;
      Object sample = c.isEmpty() ? null : c.iterator().next();
      // the first mutation allowed is reported, and ends the checks of this collection
      boolean refused =
          expectRefusal(path + ".add", () -> c.add(sample))
              && expectRefusal(path + ".addAll", () -> c.addAll(ImmutableList.of(new Object())))
              && expectRefusal(path + ".remove", () -> c.remove(sample))
              && expectRefusal(path + ".removeIf", () -> c.removeIf(x -> true))
              && expectRefusal(path + ".clear", c::clear);
      if (refused && c instanceof List<Object> list && !list.isEmpty()) {
        refused = expectRefusal(path + ".set", () -> list.set(0, sample));
      }
      if (refused && !c.isEmpty()) {
        expectRefusal(path + ".iterator().remove", () -> {
          Iterator<Object> it = c.iterator();
          it.next();
          it.remove();
        });
      }
    }

    private void checkUnmodifiable(Map<?, ?> map, String path) {
      @SuppressWarnings("unchecked")
      Map<Object, Object> m = (Map<Object, Object>) map;
      Object key = m.isEmpty() ? null : m.keySet().iterator().next();
      if (expectRefusal(path + ".put", () -> m.put(key, key == null ? null : m.get(key)))
          && expectRefusal(path + ".remove", () -> m.remove(key))
          && expectRefusal(path + ".clear", m::clear)) {
        checkUnmodifiable(m.keySet(), path + ".keySet()");
        checkUnmodifiable(m.values(), path + ".values()");
      }
    }

    /** Returns whether {@code mutation} was refused with UnsupportedOperationException; else reports it. */
    private boolean expectRefusal(String what, Runnable mutation) {
      try {
        mutation.run();
        problems.add(what + " was allowed");
        return false;
      } catch (UnsupportedOperationException expected) {
        return true; // refused, as an immutable collection must
      } catch (RuntimeException e) {
        problems.add(what + " threw " + e + " instead of UnsupportedOperationException");
        return false;
      }
    }

    private Object invoke(Method method, Object target, Object... arguments) {
      try {
        method.setAccessible(true);
        return method.invoke(target, arguments);
      } catch (ReflectiveOperationException e) {
        fail(method + " threw", e);
        return null;
      }
    }
  }

  private static boolean isComponentAccessor(Class<?> type, Method method) {
    if (!type.isRecord() || method.getParameterCount() > 0) {
      return false;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals(method.getName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the public instance methods of {@code type} that read a value: no argument (or one
   * enum), not {@code toString}, {@code hashCode}, builders or streams.
   */
  private static List<Method> accessors(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method method : type.getMethods()) {
      Class<?> returns = method.getReturnType();
      boolean oneEnum = method.getParameterCount() == 1 && method.getParameterTypes()[0].isEnum();
      if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class
          || method.getDeclaringClass() == Record.class || method.getDeclaringClass().isEnum()
          || !(method.getParameterCount() == 0 || oneEnum)
          || returns == void.class || returns == String.class || returns.isPrimitive()
          || BaseStream.class.isAssignableFrom(returns) || returns.getSimpleName().equals("Builder")
          || method.getName().equals("toString") || method.getName().equals("hashCode")) {
        continue;
      }
      out.add(method);
    }
    out.sort((a, b) -> a.toString().compareTo(b.toString()));
    return out;
  }

  @Test
  void theWalksReachRelations() {
    ValueWalk walk = new ValueWalk();
    walk.visit(Seeds.corpus(), "seeds");
    assertTrue(walk.recordTypes.contains(Relation.class.getSimpleName()), walk.recordTypes::toString);
  }
}
