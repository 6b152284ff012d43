package dev.entente.examples.benchmarks;

import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import dev.entente.text.FrenchText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The least work any reading of French text does, as a floor for the parser's speed: cut the text
 * into words and numbers as the parser's tokenizer does, fold each as {@link FrenchText#fold} does,
 * and look it up among the words of the bundled gazetteers and word lists.
 */
final class LookupFloor {

  /** The bundled tables whose words are looked up: the parser's own resources. */
  private static final List<String> TABLES =
      List.of(
          "gazetteer/states-a-l.tsv", "gazetteer/states-m-z.tsv", "gazetteer/organizations.tsv",
          "gazetteer/weapons.tsv", "gazetteer/system-categories.tsv", "gazetteer/institution-heads.txt",
          "lexicon/known-persons.tsv", "lexicon/function-words.tsv", "lexicon/verbs.tsv",
          "lexicon/titles.tsv", "lexicon/given-names.txt", "lexicon/agent-nouns.txt",
          "rules/agreement-kinds.tsv", "rules/exercise-words.tsv", "rules/transfer-cues.tsv");

  private final ImmutableSet<String> words;

  private LookupFloor(ImmutableSet<String> words) {
    this.words = words;
  }

  /** Returns the floor over the words of the parser's bundled tables. */
  static LookupFloor bundled() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String table : TABLES) {
      URL url = Resources.getResource("dev/entente/parse/" + table);
      try {
        for (String line : Resources.readLines(url, StandardCharsets.UTF_8)) {
          if (!line.startsWith("#")) {
            for (String word : FrenchText.fold(line).split("[^\\p{L}\\p{N}]+")) {
              if (!word.isEmpty()) {
                words.add(word);
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + table, e);
      }
    }
    return new LookupFloor(words.build());
  }

  /** Returns the number of distinct words in the tables. */
  int size() {
    return words.size();
  }

  /** Returns how many words and numbers of {@code text} are in the tables. */
  int pass(String text) {
    int found = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c) || Character.isDigit(c)) {
        boolean digits = Character.isDigit(c);
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (digits ? !Character.isDigit(d)
              : !Character.isLetter(d) && Character.getType(d) != Character.NON_SPACING_MARK) {
            break;
          }
          j++;
        }
        if (words.contains(FrenchText.fold(text.substring(i, j)))) {
          found++;
        }
        i = j;
      } else {
        i++;
      }
    }
    return found;
  }
}
