package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The text cleaner's NFC, which skips the characters NFC leaves alone, against the JDK's. */
final class NfcTest {

  private static String jdk(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  @Test
  void aStableCharacterNeitherDecomposesNorComposesWithANeighbour() {
    for (char c = 0; c < 0xffff; c++) {
      if (!BoilerplateStripper.isStableStarter(c) || Character.isSurrogate(c)) {
        continue;
      }
      String alone = String.valueOf(c);
      assertEquals(alone, jdk(alone), () -> "U+" + Integer.toHexString(alone.charAt(0)));
      for (char before = 0; before < 0x3100; before++) {
        if (Character.isSurrogate(before)) {
          continue;
        }
        String pair = "" + before + c;
        assertEquals(jdk(String.valueOf(before)) + c, jdk(pair), () -> "before U+" + Integer.toHexString(pair.charAt(1)));
      }
    }
  }

  @Test
  void textOfStableCharactersIsReturnedAsItIs() {
    String text = "La Grèce a reçu sa frégate — l’« Amiral » — pour 3 milliards d’€… enfin.";

    assertSame(text, BoilerplateStripper.nfc(text));
  }

  @Test
  void mixedTextIsNormalizedAsTheJdkDoes() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    char[] alphabet = {'a', 'e', 'E', '’', '—', '€', '\u0301', '\u0300', '\u0327', '\u0308', ' ', 'é', 'ç', '\u202f', '\u1100', '\u1161'};
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = text.toString();
      assertEquals(jdk(s), BoilerplateStripper.nfc(s), () -> "seed " + seed + ": \"" + s + "\"");
    }
  }
}
