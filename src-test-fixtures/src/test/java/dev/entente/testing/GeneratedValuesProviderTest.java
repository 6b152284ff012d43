package dev.entente.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.CountryPair;
import dev.entente.model.Fact;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** Tests of {@link GeneratedValues} through JUnit, and of its provider's seed and checks. */
final class GeneratedValuesProviderTest {

  private static final Pattern NAME = Pattern.compile("\\[seed=(-?\\d+) #(\\d+)] (.*)");

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  final class WithFixedSeed {
    private final List<Integer> indexes = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @GeneratedValues(type = CountryPair.class, count = 25, seed = 42)
    void eachValue_isNamedBySeedAndIndex_andIsThatSample(CountryPair pair, TestInfo info) {
      Matcher name = NAME.matcher(info.getDisplayName());
      assertTrue(name.matches(), info.getDisplayName());
      assertEquals("42", name.group(1));
      int index = Integer.parseInt(name.group(2));
      assertEquals(ModelGenerators.countryPairs().sample(42, index), pair);
      assertEquals(pair.toString(), name.group(3));
      indexes.add(index);
    }

    @AfterAll
    void ranOncePerIndex() {
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        expected.add(i);
      }
      assertEquals(expected, indexes);
    }
  }

  @ParameterizedTest
  @GeneratedValues(type = Agreement.class, count = 5, seed = 7)
  void supertypeParameter_takesTheValues(Fact fact, TestInfo info) {
    assertTrue(info.getDisplayName().contains("[seed=7 #"), info.getDisplayName());
    assertEquals(Agreement.class, fact.getClass());
  }

  @Nested
  final class Seed {

    @Test
    void fixedSeed_winsOverTheProperty() {
      assertEquals(5L, GeneratedValuesProvider.seed(5, Optional.of("9")));
    }

    @Test
    void property_setsTheSeedWhenNoneIsFixed() {
      assertEquals(-9L, GeneratedValuesProvider.seed(GeneratedValues.UNSET, Optional.of(" -9 ")));
    }

    @Test
    void malformedProperty_throwsNamingIt() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> GeneratedValuesProvider.seed(GeneratedValues.UNSET, Optional.of("abc")));
      assertTrue(e.getMessage().contains("\"abc\""), e.getMessage());
      assertTrue(e.getMessage().contains("entente.seed"), e.getMessage());
    }

    @Test
    void noSeed_isRandomAndPublished() throws Exception {
      List<String> published = new ArrayList<>();
      GeneratedValuesProvider provider = provider(CountryPair.class, 3, GeneratedValues.UNSET);
      List<? extends Arguments> arguments =
          provider.provideArguments(parameters(CountryPair.class), context(published)).toList();
      assertEquals(1, published.size());
      String seed = published.get(0);
      Named<?> first = (Named<?>) arguments.get(0).get()[0];
      assertEquals(
          "[seed=" + seed + " #0] " + ModelGenerators.countryPairs().sample(Long.parseLong(seed)),
          first.getName());
    }
  }

  @Nested
  final class Checks {

    @Test
    void parameterOfAnotherType_throwsNamingBothTypes() {
      GeneratedValuesProvider provider = provider(Agreement.class, 3, 1);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> provider.provideArguments(parameters(CountryPair.class), context(new ArrayList<>())));
      assertTrue(e.getMessage().contains("Agreement"), e.getMessage());
      assertTrue(e.getMessage().contains("CountryPair"), e.getMessage());
    }

    @Test
    void countBelowOne_throwsNamingIt() {
      GeneratedValuesProvider provider = provider(Agreement.class, 0, 1);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> provider.provideArguments(parameters(Agreement.class), context(new ArrayList<>())));
      assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }

    @Test
    void typeWithoutGenerator_throwsNamingIt() {
      GeneratedValuesProvider provider = provider(String.class, 3, 1);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> provider.provideArguments(parameters(String.class), context(new ArrayList<>())));
      assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    }
  }

  // ---- hand-made JUnit objects, so the provider can be called outside a test run

  private static GeneratedValuesProvider provider(Class<?> type, int count, long seed) {
    GeneratedValuesProvider provider = new GeneratedValuesProvider();
    provider.accept(
        new GeneratedValues() {
          @Override
          public Class<? extends Annotation> annotationType() {
            return GeneratedValues.class;
          }

          @Override
          public Class<?> type() {
            return type;
          }

          @Override
          public int count() {
            return count;
          }

          @Override
          public long seed() {
            return seed;
          }
        });
    return provider;
  }

  private static ParameterDeclarations parameters(Class<?> firstType) {
    ParameterDeclaration first =
        new ParameterDeclaration() {
          @Override
          public AnnotatedElement getAnnotatedElement() {
            return firstType;
          }

          @Override
          public Class<?> getParameterType() {
            return firstType;
          }

          @Override
          public int getParameterIndex() {
            return 0;
          }

          @Override
          public Optional<String> getParameterName() {
            return Optional.of("value");
          }
        };
    return new ParameterDeclarations() {
      @Override
      public List<ParameterDeclaration> getAll() {
        return List.of(first);
      }

      @Override
      public Optional<ParameterDeclaration> getFirst() {
        return Optional.of(first);
      }

      @Override
      public Optional<ParameterDeclaration> get(int index) {
        return index == 0 ? Optional.of(first) : Optional.empty();
      }

      @Override
      public AnnotatedElement getSourceElement() {
        return firstType;
      }

      @Override
      public String getSourceElementDescription() {
        return "method check(" + firstType.getSimpleName() + ")";
      }
    };
  }

  /** Returns a context with no configuration, recording the values of published report entries. */
  private static ExtensionContext context(List<String> published) {
    return (ExtensionContext)
        Proxy.newProxyInstance(
            ExtensionContext.class.getClassLoader(),
            new Class<?>[] {ExtensionContext.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "getConfigurationParameter":
                case "getTestMethod":
                  return Optional.empty();
                case "getDisplayName":
                  return "check(CountryPair)";
                case "publishReportEntry":
                  if (args.length == 2) {
                    published.add((String) args[1]);
                  } else {
                    @SuppressWarnings("unchecked")
                    Map<String, String> entry = (Map<String, String>) args[0];
                    published.addAll(entry.values());
                  }
                  return null;
                default:
                  throw new UnsupportedOperationException(method.getName());
              }
            });
  }
}
