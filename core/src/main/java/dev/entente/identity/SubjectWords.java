package dev.entente.identity;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.text.FrenchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of an agreement's subject that single it out: folded words of five letters or more,
 * less the words of the states' French names and the words any agreement's subject may hold
 * ("accord", "coopération", "russe"), which the resource {@code subject-stopwords.txt} lists one a
 * line.
 */
final class SubjectWords {

  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z0-9]+");
  private static final int SHORTEST = 5;
  private static final String RESOURCE = "subject-stopwords.txt";

  private final ImmutableSet<String> stopwords;

  private SubjectWords(ImmutableSet<String> stopwords) {
    this.stopwords = stopwords;
  }

  /**
   * Returns the words of the bundled list.
   *
   * @throws IllegalStateException if the resource is missing or unreadable
   */
  static SubjectWords bundled() {
    try (InputStream in = SubjectWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " of " + SubjectWords.class.getPackageName());
      }
      ImmutableSet.Builder<String> words = ImmutableSet.builder();
      for (Country country : Country.values()) { // "la France", "l'Inde": the parties, not the subject
        for (String word : NOT_LETTER.split(FrenchText.fold(country.frenchName()))) {
          words.add(word);
        }
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = FrenchText.fold(line).strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return new SubjectWords(words.build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  /** Returns the significant words of {@code subject}, in order of first occurrence. */
  ImmutableSet<String> of(Optional<String> subject) {
    if (subject.isEmpty()) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String word : NOT_LETTER.split(FrenchText.fold(subject.get()))) {
      if (word.length() >= SHORTEST && !stopwords.contains(word)) {
        words.add(word);
      }
    }
    return words.build();
  }
}
