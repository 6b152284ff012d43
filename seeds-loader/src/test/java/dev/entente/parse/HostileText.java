package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.seeds.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates strings meant to break the parser: random code points from every plane, control
 * characters, unpaired surrogates, right-to-left text, emoji, unbalanced quotes, very long words,
 * and French text built from the parser's own vocabulary (the bundled gazetteers and rule words),
 * alone or salted with all of the above.
 *
 * <p>Each case is a function of one {@code long}, so a failing case is replayed from its seed
 * alone. Immutable once built; the vocabulary is read from the bundled resources.
 */
final class HostileText {

  /** Characters that are not text, or are text only in odd ways. */
  private static final ImmutableList<String> CONTROLS =
      ImmutableList.of(
          "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\u000b", "\f", "\r", "\r\n", "\n\r", "\u001b",
          "\u001f", "\u007f", "\u0080", "\u0085", "\u009f", "\u00a0", "\u00ad", "\u034f", "\u061c",
          "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2028", "\u2029", "\u202a", "\u202b",
          "\u202c", "\u202d", "\u202e", "\u202f", "\u2060", "\u2066", "\u2067", "\u2068", "\u2069",
          "\ufeff", "\ufff9", "\ufffc", "\ufffd", "\ufffe", "\uffff", "\ud800", "\udbff", "\udc00",
          "\udfff", "\udc00\ud800", "\ud83d", "\ude00");

  /** Right-to-left scripts, bidi overrides, emoji sequences and other scripts. */
  private static final ImmutableList<String> FOREIGN =
      ImmutableList.of(
          "وقّعت روسيا والصين اتفاقية تعاون عسكري",
          "قال بوتين",
          "٢٠١٨",
          "רוסיה וסין חתמו על הסכם",
          "\u202eاتفاق\u202c",
          "\u202bla Russie\u202c",
          "俄罗斯和中国签署了军事合作协议",
          "普京说",
          "Россия и Китай подписали соглашение",
          "Путин заявил",
          "ロシア",
          "러시아와 중국",
          "भारत और रूस",
          "２０１８年５月２１日",
          "🇷🇺",
          "🇨🇳",
          "🇮🇳",
          "👨‍👩‍👧‍👦",
          "👍🏽",
          "🚀💣🛩️",
          "🏳️‍🌈",
          "𝐑𝐮𝐬𝐬𝐢𝐞",
          "𝟐𝟎𝟏𝟖",
          "Z̷̢̛a̸̡l̵g̶o̷",
          "e\u0301\u0301\u0301\u0301\u0301",
          "ﬁ ﬂ ǅ ǈ ß İ ı ẞ Œ œ Æ",
          "Ⅻ ½ ² ₃",
          "\uD834\uDD1E",
          "\uDB40\uDC01\uDB40\uDC72\uDB40\uDC75",
          "\uDBFF\uDFFF",
          "\uDB80\uDC00");

  /** Punctuation that opens or closes something, so it can be left unbalanced. */
  private static final ImmutableList<String> PUNCTUATION =
      ImmutableList.of(
          "«", "»", "« ", " »", "\"", "“", "”", "‹", "›", "'", "’", "(", ")", "[", "]", "—", "–", "-",
          "‑", ".", "..", "...", "…", "!", "?", "?!", ",", ";", ":", " : ", "/", "\\", "*", "#", "@",
          "%", "&", "|", "·", "•", "°", "€", "$");

  /** French phrases the rules look for, beyond the gazetteer's names. */
  private static final ImmutableList<String> FRENCH =
      ImmutableList.of(
          "a déclaré", "a-t-il déclaré", "a affirmé", "a indiqué", "selon", "a-t-elle ajouté",
          "a déclaré le porte-parole", "ont signé un accord de coopération militaire",
          "ont signé un contrat", "un mémorandum d'entente", "le traité", "ont convenu de",
          "exercices conjoints", "manœuvres conjointes", "exercice naval conjoint", "a livré",
          "a commandé", "a acheté", "la livraison de", "livrera", "en négociation", "n'a pas signé",
          "ne livrera jamais", "aucun accord", "a démenti", "les deux pays", "les deux parties",
          "bilatérale", "coopération militaire", "défense antiaérienne", "nucléaire", "spatiale",
          "M.", "Mme", "M. Poutine", "le président russe", "la vice-ministre pakistanaise des Affaires étrangères",
          "porte-parole du ministère chinois de la Défense", "le ministère russe de la Défense",
          "Organisation de coopération de Shanghai", "OTAN", "OCS", "ONU", "sino-russe",
          "russo-indien", "américano-sino-russe", "russo-", "-sino", "mer de Chine", "golfe d'Oman",
          "21 mai 2018", "1er septembre 2017", "6 déc.", "du 1er au 7 septembre 2022", "du 3 au",
          "lundi", "mardi 12 mars", "l'année dernière", "cette année", "le 14 mars dernier",
          "le premier semestre de 2022", "en 2014", "aujourd'hui (17 janvier)", "aujourd'hui",
          "2018", "1899", "2101", "31 février 2019", "0 mai 2020", "99 juin 2020", "00",
          "99999999999999999999", "S-400", "Su-35", "Su-75", "AK-203", "Rafale", "MiG-21bis",
          "J-20", "HQ-9B", "Bavar-373", "S-", "-400", "600", "deux cents",
          "Publié par", "Publié par Jean Dupont le", "Publié le 21 mai 2018", "Mis à jour le",
          "Source :", "Source : AFP", "Paris, 6 déc. (AFP) –", "Moscou, 21 mai (Reuters) -",
          "Suivez-nous sur", "Comment (0)", "Partager", "Lire aussi", "© 2021", "ne pas", "n'",
          "l'", "d'", "qu'", "le", "la", "les", "de", "du", "des", "et", "ou", "mais", "à", "au",
          "en", "avec", "auprès de", "contre", "entre", "vers", "environ", "quelque", "environ 0", "quelque 000",
          "d'une durée de 0 ans", "pacte de 99 ans", "0", "1", "12", "une vingtaine", "il", "ils", "elle", "lui",
          "le communiqué", "Vostok 2018", "baptisée", "du", "au", "er", "dernier", "prochain");

  private final ImmutableList<String> names;
  private final ImmutableList<ImmutableList<String>> seedSentences;

  private HostileText(ImmutableList<String> names, ImmutableList<ImmutableList<String>> seedSentences) {
    this.names = names;
    this.seedSentences = seedSentences;
  }

  /** Returns a generator whose French draws on the bundled gazetteers, rule words and seeds. */
  static HostileText bundled() {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (String file : List.of("gazetteer/states-a-l.tsv", "gazetteer/states-m-z.tsv")) {
      LexiconLine.read(file).forEach(l -> names.add(l.fields(3)[2]));
    }
    LexiconLine.read("gazetteer/weapons.tsv").forEach(l -> names.add(l.fields(4)[0]));
    LexiconLine.read("gazetteer/organizations.tsv").forEach(l -> names.add(l.fields(4)[0]));
    LexiconLine.read("gazetteer/system-categories.tsv").forEach(l -> names.add(l.fields(2)[0]));
    LexiconLine.read("lexicon/known-persons.tsv").forEach(l -> names.add(l.fields(3)[0]));
    LexiconLine.read("lexicon/titles.tsv").forEach(l -> names.add(l.fields(2)[0]));
    LexiconLine.read("lexicon/given-names.txt").forEach(l -> names.add(l.text().strip()));
    LexiconLine.read("lexicon/reporting-verbs.txt").forEach(l -> names.add(l.text().strip()));
    LexiconLine.read("gazetteer/institution-heads.txt").forEach(l -> names.add(l.text().replace('|', ' ')));
    for (String file :
        List.of("rules/agreement-kinds.tsv", "rules/agreement-status.tsv", "rules/domains.tsv",
            "rules/exercise-words.tsv", "rules/transfer-cues.tsv", "text/calendar.tsv")) {
      LexiconLine.read(file).forEach(l -> names.add(l.fields(2)[0]));
    }
    LexiconLine.read("rules/exercise-names.txt").forEach(l -> names.add(l.text().strip()));
    ImmutableList.Builder<ImmutableList<String>> seeds = ImmutableList.builder();
    for (Article article : Seeds.articles()) {
      seeds.add(sentencesOf(article.text()));
    }
    return new HostileText(names.build(), seeds.build());
  }

  /** Returns the sentences of a seed article, cut roughly at full stops and line ends. */
  static ImmutableList<String> sentencesOf(String text) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String line : text.split("\n")) {
      for (String sentence : line.split("(?<=[.!?»])\\s+(?=[\\p{Lu}«])")) {
        if (!sentence.isBlank()) {
          out.add(sentence.strip());
        }
      }
    }
    return out.build();
  }

  /** Returns the case of seed {@code seed}: always the same string for the same seed. */
  String generate(long seed) {
    Random random = new Random(seed);
    int recipe = random.nextInt(18);
    int length = lengthFor(random);
    StringBuilder out = new StringBuilder(Math.min(length + 64, 1 << 16));
    switch (recipe) {
      case 0 -> {
        while (out.length() < length) {
          out.appendCodePoint(anyCodePoint(random));
        }
      }
      case 1 -> {
        while (out.length() < length) {
          out.append(anyChar(random));
        }
      }
      case 2 -> french(random, out, length, 0);
      case 3 -> french(random, out, length, 8);
      case 4 -> french(random, out, length, 3);
      case 5 -> mutatedSeed(random, out, length);
      case 6 -> longRuns(random, out);
      case 7, 8, 9, 10 -> structured(random, out, length);
      case 11, 12, 13 -> mutatedSeed(random, out, length);
      case 14, 15 -> french(random, out, length, 1);
      default -> {
        while (out.length() < length) {
          out.append(piece(random, 4));
        }
      }
    }
    return out.toString();
  }

  /** Mostly short cases, some of a few thousand characters, a few of tens of thousands. */
  private static int lengthFor(Random random) {
    int roll = random.nextInt(100);
    if (roll < 5) {
      return random.nextInt(4);
    }
    if (roll < 80) {
      return random.nextInt(300);
    }
    if (roll < 99) {
      return random.nextInt(2_000);
    }
    return random.nextInt(20_000);
  }

  /** French from the vocabulary, joined by spaces and punctuation; one piece in {@code noise} is noise. */
  private void french(Random random, StringBuilder out, int length, int noise) {
    while (out.length() < length) {
      if (noise > 0 && random.nextInt(10) < noise) {
        out.append(noise(random));
      } else {
        out.append(word(random));
      }
      out.append(separator(random));
    }
  }

  /** A seed article's sentences, shuffled, with names swapped and characters broken. */
  private void mutatedSeed(Random random, StringBuilder out, int length) {
    ImmutableList<String> sentences = seedSentences.get(random.nextInt(seedSentences.size()));
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      out.append(sentences.get(random.nextInt(sentences.size()))).append(random.nextInt(4) == 0 ? "\n" : " ");
    }
    int mutations = random.nextInt(Math.max(1, Math.min(length, 40)));
    for (int m = 0; m < mutations && out.length() > 0; m++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(6)) {
        case 0 -> out.insert(at, noise(random));
        case 1 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(20)));
        case 2 -> out.insert(at, out.substring(at, Math.min(out.length(), at + random.nextInt(60))));
        case 3 -> out.setCharAt(at, anyChar(random));
        case 4 -> out.insert(at, word(random));
        default -> out.insert(at, PUNCTUATION.get(random.nextInt(PUNCTUATION.size())));
      }
    }
  }

  /** Very long words and runs: letters, digits, hyphens, capitals, one repeated phrase. */
  private void longRuns(Random random, StringBuilder out) {
    int length = 1_000 + random.nextInt(5_000);
    String unit =
        switch (random.nextInt(8)) {
          case 0 -> "a";
          case 1 -> "É";
          case 2 -> "1";
          case 3 -> "-";
          case 4 -> word(random).replace(" ", "");
          case 5 -> "Su-35";
          case 6 -> noise(random);
          default -> String.valueOf(Character.toChars(anyCodePoint(random)));
        };
    if (random.nextBoolean()) {
      out.append(word(random)).append(' ');
    }
    while (out.length() < length) {
      out.append(unit);
    }
    if (random.nextBoolean()) {
      out.append(' ').append(word(random)).append('.');
    }
  }

  /** An article's shape: title, blank line, dateline or byline, boilerplate, body, source. */
  private void structured(Random random, StringBuilder out, int length) {
    String newline = random.nextInt(4) == 0 ? "\r\n" : random.nextInt(8) == 0 ? "\r" : "\n";
    if (random.nextInt(6) == 0) {
      out.append('\ufeff');
    }
    if (random.nextBoolean()) {
      out.append(word(random)).append(' ').append(word(random)).append(newline).append(newline);
    }
    switch (random.nextInt(4)) {
      case 0 -> out.append(word(random)).append(", ").append(1 + random.nextInt(31)).append(' ')
          .append(word(random)).append(" (").append(word(random)).append(") – ");
      case 1 -> out.append("Publié par ").append(word(random)).append(" le ").append(random.nextInt(40))
          .append(' ').append(word(random)).append(' ').append(1890 + random.nextInt(230)).append(newline);
      case 2 -> out.append("Publié par").append(newline);
      default -> { }
    }
    while (out.length() < length) {
      int roll = random.nextInt(10);
      if (roll == 0) {
        out.append(FRENCH.get(random.nextInt(FRENCH.size()))).append(newline);
      } else if (roll == 1) {
        out.append(newline);
      } else {
        out.append(word(random)).append(separator(random));
      }
    }
    if (random.nextBoolean()) {
      out.append(newline).append("Source : ").append(word(random));
    }
  }

  private String piece(Random random, int noiseInTen) {
    return random.nextInt(10) < noiseInTen ? noise(random) : word(random) + separator(random);
  }

  /** A name or phrase from the vocabulary, sometimes in upper or lower case. */
  private String word(Random random) {
    String w =
        random.nextInt(3) == 0
            ? FRENCH.get(random.nextInt(FRENCH.size()))
            : names.get(random.nextInt(names.size()));
    return switch (random.nextInt(12)) {
      case 0 -> w.toUpperCase(java.util.Locale.ROOT);
      case 1 -> w.toLowerCase(java.util.Locale.ROOT);
      default -> w;
    };
  }

  private static String separator(Random random) {
    int roll = random.nextInt(20);
    if (roll < 12) {
      return " ";
    }
    if (roll < 16) {
      return PUNCTUATION.get(random.nextInt(PUNCTUATION.size())) + (random.nextBoolean() ? " " : "");
    }
    if (roll < 18) {
      return "\n";
    }
    return roll == 18 ? "  \t " : "";
  }

  private static String noise(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> CONTROLS.get(random.nextInt(CONTROLS.size()));
      case 1 -> FOREIGN.get(random.nextInt(FOREIGN.size()));
      case 2 -> PUNCTUATION.get(random.nextInt(PUNCTUATION.size()));
      case 3 -> String.valueOf(anyChar(random));
      default -> new String(Character.toChars(anyCodePoint(random)));
    };
  }

  /** Any code point, every plane weighted so that the supplementary ones show up. */
  private static int anyCodePoint(Random random) {
    int roll = random.nextInt(20);
    if (roll < 10) {
      return random.nextInt(0x10000); // BMP, surrogate halves included (unpaired when alone)
    }
    if (roll < 13) {
      return 0x1F000 + random.nextInt(0x1000); // emoji and symbols
    }
    if (roll < 15) {
      return 0x10000 + random.nextInt(0x10000); // the rest of plane 1
    }
    if (roll < 17) {
      return 0x20000 + random.nextInt(0x20000); // CJK extensions
    }
    return random.nextInt(Character.MAX_CODE_POINT + 1); // anything, unassigned and private use too
  }

  /** Any UTF-16 unit: surrogate halves, controls and specials included. */
  private static char anyChar(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> (char) random.nextInt(0x20);
      case 1 -> (char) (0xD800 + random.nextInt(0x800));
      case 2 -> (char) (0xFFF0 + random.nextInt(0x10));
      default -> (char) random.nextInt(0x10000);
    };
  }

  /** Returns a readable, escaped preview of {@code text}, for failure messages. */
  static String preview(String text) {
    StringBuilder out = new StringBuilder();
    int limit = Math.min(text.length(), 300);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    if (limit < text.length()) {
      out.append("... (").append(text.length()).append(" chars)");
    }
    return out.toString();
  }

  /** Returns the per-case seeds of a run: a function of the run's seed, so a run can be replayed. */
  static List<Long> caseSeeds(long runSeed, int count) {
    Random random = new Random(runSeed);
    List<Long> seeds = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      seeds.add(random.nextLong());
    }
    return seeds;
  }

  /**
   * Whether a text (decomposed, in NFD) holds more than 30 combining marks in a row: the parser keeps
   * such a run as it is rather than reorder it in quadratic time, so its NFC and NFD readings may
   * differ and the tests comparing them leave it out.
   */
  static boolean hasLongCombiningRun(String decomposed) {
    int run = 0;
    for (int i = 0; i < decomposed.length(); i += Character.charCount(decomposed.codePointAt(i))) {
      int type = Character.getType(decomposed.codePointAt(i));
      boolean mark =
          type == Character.NON_SPACING_MARK
              || type == Character.COMBINING_SPACING_MARK
              || type == Character.ENCLOSING_MARK;
      run = mark ? run + 1 : 0;
      if (run > 30) {
        return true;
      }
    }
    return false;
  }
}
