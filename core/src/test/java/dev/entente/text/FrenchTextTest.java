package dev.entente.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Folding: what it gives, and that its precomputed table gives what decomposing each char gives. */
final class FrenchTextTest {

  @Test
  void fold_lowersStripsAccentsAndMapsByHand() {
    assertEquals("ministere de la defense", FrenchText.fold("Ministère de la Défense"));
    assertEquals("coeur d'etat", FrenchText.fold("Cœur d’État"));
    assertEquals("« oui »", FrenchText.fold("«\u00a0oui\u202f»"));
    assertEquals("strasse sino-russe", FrenchText.fold("Straße sino‑russe"));
    assertEquals("россия 中国 \ud83d\ude80", FrenchText.fold("Россия 中国 \ud83d\ude80"));
  }

  @Test
  void fold_unchangedText_isReturnedAsIs() {
    String text = "la russie et l'inde";
    assertSame(text, FrenchText.fold(text));
  }

  @Test
  void everyChar_foldsAsDecompositionDoes() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String expected = reference((char) c);
      assertEquals(expected, FrenchText.foldChar((char) c), "U+" + Integer.toHexString(c));
      assertEquals(expected, FrenchText.fold(String.valueOf((char) c)));
    }
  }

  @Test
  void randomStrings_foldCharByChar() {
    Random random = new Random(11);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        char c = random.nextBoolean() ? (char) random.nextInt(0x250) : (char) random.nextInt(0x10000);
        text.append(c);
        expected.append(reference(c));
      }
      assertEquals(expected.toString(), FrenchText.fold(text.toString()));
      int from = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      assertEquals(FrenchText.fold(text.substring(from, to)), FrenchText.fold(text.toString(), from, to),
          "range " + from + ".." + to + " of " + text.toString().codePoints().mapToObj(Integer::toHexString).toList());
    }
  }

  @Test
  void fold_ofRange_readsOnlyTheRange() {
    assertEquals("defense", FrenchText.fold("la Défense russe", 3, 10));
    assertEquals("", FrenchText.fold("Défense", 2, 2));
    assertEquals("coeur", FrenchText.fold("xŒURx".replace("Œ", "Cœ"), 1, 5));
    org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> FrenchText.fold("abc", 2, 4));
    org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> FrenchText.fold("abc", 2, 1));
  }

  /** The definition: the hand-made mappings, else NFD without combining marks, in lower case. */
  private static String reference(char c) {
    if (c < 0x80) {
      return String.valueOf(Character.toLowerCase(c));
    }
    switch (c) {
      case 'œ', 'Œ' -> {
        return "oe";
      }
      case 'æ', 'Æ' -> {
        return "ae";
      }
      case '’', '‘', 'ʼ', '´', '`' -> {
        return "'";
      }
      case '\u00a0', '\u202f', '\u2007', '\u2009' -> {
        return " ";
      }
      case '‐', '‑', '‒' -> {
        return "-";
      }
      case 'ß' -> {
        return "ss";
      }
      default -> { }
    }
    if (Character.isSurrogate(c)) {
      return String.valueOf(c);
    }
    StringBuilder kept = new StringBuilder();
    for (char d : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
      if (Character.getType(d) != Character.NON_SPACING_MARK) {
        kept.append(Character.toLowerCase(d));
      }
    }
    return kept.length() == 0 ? String.valueOf(c) : kept.toString();
  }

  @Test
  void fold_mapsWhatQueriesMatch() {
    assertEquals("etats-unis", FrenchText.fold("États-Unis"));
    assertEquals("manoeuvres conjointes", FrenchText.fold("Manœuvres conjointes"));
    assertEquals("l'ile", FrenchText.fold("L\u2019Île"));
    assertEquals("a b", FrenchText.fold("a\u00a0b"));
    assertEquals("a b", FrenchText.fold("a\u202fb"));
  }

  @Test
  void squash_dropsSpacesAndHyphens() {
    assertEquals("s400", FrenchText.squash("S-400"));
    assertEquals("su30mki", FrenchText.squash("Su\u201130 MKI"));
    assertEquals("s400", FrenchText.squash(" s 4\u00a000 "));
    assertEquals("ak103", FrenchText.squash("AK\u2013103"));
  }
}
