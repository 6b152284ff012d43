package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.seeds.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds varied French articles from the sentences of the five bundled seeds: each article takes
 * a random dateline, a few random sentences in paragraphs, and swaps the states it names for others
 * of the same grammatical kind ("la Russie" may become "la Turquie", "l'Inde" "l'Égypte", "le
 * Pakistan" "le Japon"), one-to-one so distinct states stay distinct. Reproducible from a seed.
 */
final class SeedMix {

  /** Swappable state names, in groups whose members take the same article and elision. */
  private static final ImmutableList<ImmutableList<String>> GROUPS =
      ImmutableList.of(
          ImmutableList.of("Russie", "Chine", "France", "Turquie", "Syrie", "Serbie", "Grèce", "Pologne", "Mongolie", "Biélorussie"),
          ImmutableList.of("Inde", "Iran", "Égypte", "Algérie", "Indonésie", "Arménie", "Italie", "Allemagne", "Espagne", "Irak"),
          ImmutableList.of("Pakistan", "Japon", "Brésil", "Vietnam", "Mexique", "Maroc", "Kazakhstan", "Venezuela", "Nigeria", "Canada"));
  private static final Pattern NAMES =
      Pattern.compile(
          "(?<![\\p{L}-])(" + String.join("|", GROUPS.stream().flatMap(List::stream).toList()) + ")(?![\\p{L}-])");

  private final ImmutableList<ImmutableList<String>> seedSentences;
  private final ImmutableList<String> datelines;

  private SeedMix() {
    ImmutableList.Builder<ImmutableList<String>> sentences = ImmutableList.builder();
    ImmutableList.Builder<String> datelines = ImmutableList.builder();
    for (Article seed : Seeds.articles()) {
      String text = seed.text();
      int firstLine = text.indexOf('\n');
      datelines.add(firstLine < 0 ? "" : text.substring(0, firstLine));
      sentences.add(HostileText.sentencesOf(firstLine < 0 ? text : text.substring(firstLine + 1)));
    }
    this.seedSentences = sentences.build();
    this.datelines = datelines.build();
  }

  /** Returns {@code count} articles, ids {@code mix-0000} on, the same ones for the same seed. */
  static ImmutableList<Article> articles(long seed, int count) {
    SeedMix mix = new SeedMix();
    Random random = new Random(seed);
    ImmutableList.Builder<Article> out = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      out.add(Article.of(String.format("mix-%04d", i), mix.article(random)));
    }
    return out.build();
  }

  private String article(Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(3) > 0) {
      text.append(datelines.get(random.nextInt(datelines.size()))).append('\n');
    }
    int sentences = 3 + random.nextInt(13);
    for (int k = 0; k < sentences; k++) {
      ImmutableList<String> from = seedSentences.get(random.nextInt(seedSentences.size()));
      text.append(from.get(random.nextInt(from.size()))).append(random.nextInt(4) == 0 ? "\n" : " ");
    }
    return swapStates(text.toString().strip(), random);
  }

  private static String swapStates(String text, Random random) {
    Map<String, String> swap = new HashMap<>();
    for (ImmutableList<String> group : GROUPS) {
      List<String> shuffled = new ArrayList<>(group);
      Collections.shuffle(shuffled, random);
      for (int i = 0; i < group.size(); i++) {
        swap.put(group.get(i), shuffled.get(i));
      }
    }
    Matcher m = NAMES.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(swap.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
