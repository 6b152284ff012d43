package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SpanTest {

  @Test
  void of_keepsItsBounds() {
    Span span = Span.of(3, 7);
    assertEquals(List.of(3, 7, 4), List.of(span.start(), span.end(), span.length()));
  }

  @Test
  void emptySpan_isAllowed() {
    assertEquals(0, Span.of(4, 4).length());
  }

  @Test
  void negativeStart_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 3));
    assertEquals("span start must not be negative, got -1", e.getMessage());
  }

  @Test
  void endBeforeStart_throwsNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Span.of(7, 3));
    assertEquals("span end 3 is before its start 7", e.getMessage());
  }

  @Test
  void isHalfOpen_adjacentSpansDoNotOverlap() {
    assertEquals(false, Span.of(0, 5).overlaps(Span.of(5, 10)));
    assertEquals(true, Span.of(0, 6).overlaps(Span.of(5, 10)));
    assertEquals(true, Span.of(5, 10).overlaps(Span.of(0, 6)));
  }

  @Test
  void contains() {
    assertEquals(true, Span.of(0, 10).contains(Span.of(2, 5)));
    assertEquals(true, Span.of(0, 10).contains(Span.of(0, 10)));
    assertEquals(false, Span.of(2, 5).contains(Span.of(0, 10)));
    assertEquals(false, Span.of(0, 10).contains(Span.of(5, 11)));
  }

  @Test
  void of_text_returnsTheCoveredCharacters() {
    assertEquals("Russie", Span.of(3, 9).of("La Russie et la Chine"));
  }

  @Test
  void of_textTooShort_throws() {
    assertThrows(IndexOutOfBoundsException.class, () -> Span.of(3, 90).of("La Russie"));
  }

  @Test
  void orderIsByStartThenEnd() {
    List<Span> expected = List.of(Span.of(0, 3), Span.of(0, 5), Span.of(2, 2), Span.of(2, 9));
    List<Span> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
  }

  @Test
  void toString_showsTheHalfOpenRange() {
    assertEquals("[3, 7)", Span.of(3, 7).toString());
  }

  @Test
  void equalityIsByValue() {
    assertEquals(Span.of(3, 7), new Span(3, 7));
    assertEquals(Span.of(3, 7).hashCode(), new Span(3, 7).hashCode());
  }
}
