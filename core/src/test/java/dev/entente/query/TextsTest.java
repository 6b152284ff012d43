package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class TextsTest {

  @Test
  void fold_lowersAndStripsAccents() {
    assertEquals("etats-unis", Texts.fold("États-Unis"));
    assertEquals("manoeuvres conjointes", Texts.fold("Manœuvres conjointes"));
    assertEquals("l'ile", Texts.fold("L\u2019Île"));
    assertEquals("a b", Texts.fold("a\u00a0b"));
    assertEquals("a b", Texts.fold("a\u202fb"));
  }

  @Test
  void squash_dropsSpacesAndHyphens() {
    assertEquals("s400", Texts.squash("S-400"));
    assertEquals("su30mki", Texts.squash("Su\u201130 MKI"));
    assertEquals("s400", Texts.squash(" s 4\u00a000 "));
  }
}
