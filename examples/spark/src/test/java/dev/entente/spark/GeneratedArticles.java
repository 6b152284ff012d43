package dev.entente.spark;

import com.google.common.collect.ImmutableList;
import dev.entente.model.PartialDate;
import dev.entente.parse.Article;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * French defence news written for the Spark job's test, deterministically from a seed: events
 * (transfers, agreements, exercises, statements) each reported by one to four articles in
 * different words and at different precisions of date, so that the resolver merges facts across
 * documents; each article reports one to three events among sentences the parser must pass over,
 * with the metadata a feed gives (publication date, source, title, address) or none.
 */
final class GeneratedArticles {

  /** A state: its French name with its article, after "à", and its adjective. */
  private record State(String name, String to, String adjective) {
    String subject() {
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    String of() {
      return name.startsWith("les ") ? "des " + name.substring(4)
          : name.startsWith("le ") ? "du " + name.substring(3) : "de " + name;
    }
  }

  private static final ImmutableList<State> STATES =
      ImmutableList.of(
          new State("la France", "à la France", "français"),
          new State("l'Inde", "à l'Inde", "indien"),
          new State("la Russie", "à la Russie", "russe"),
          new State("la Chine", "à la Chine", "chinois"),
          new State("le Brésil", "au Brésil", "brésilien"),
          new State("l'Égypte", "à l'Égypte", "égyptien"),
          new State("la Grèce", "à la Grèce", "grec"),
          new State("l'Italie", "à l'Italie", "italien"),
          new State("l'Allemagne", "à l'Allemagne", "allemand"),
          new State("le Japon", "au Japon", "japonais"),
          new State("la Turquie", "à la Turquie", "turc"),
          new State("le Pakistan", "au Pakistan", "pakistanais"),
          new State("l'Indonésie", "à l'Indonésie", "indonésien"),
          new State("le Maroc", "au Maroc", "marocain"),
          new State("la Serbie", "à la Serbie", "serbe"),
          new State("la Pologne", "à la Pologne", "polonais"),
          new State("la Suède", "à la Suède", "suédois"),
          new State("les États-Unis", "aux États-Unis", "américain"),
          new State("la Corée du Sud", "à la Corée du Sud", "sud-coréen"),
          new State("les Émirats arabes unis", "aux Émirats arabes unis", "émirien"));

  /** Systems and the index of the state that makes them in {@link #STATES}. */
  private static final ImmutableList<String> SYSTEMS =
      ImmutableList.of("Rafale:0", "Scorpène:0", "NH90:0", "S-400:2", "Su-35:2", "MiG-29:2", "J-10C:3",
          "Leopard 2:8", "IRIS-T:8", "Gripen:16", "F-16:17", "F-35:17", "HIMARS:17", "Patriot:17", "K9:18",
          "FREMM:7");

  private static final ImmutableList<String> SUBJECTS =
      ImmutableList.of("la maintenance des hélicoptères de combat", "la formation des pilotes de chasse",
          "la production de munitions d'artillerie", "la surveillance maritime en océan Indien",
          "la cybersécurité des réseaux militaires", "la construction de sous-marins",
          "le renseignement spatial", "la lutte contre le terrorisme");

  private static final ImmutableList<String> EXERCISES =
      ImmutableList.of("Varuna", "Shakti", "Garuda", "Indra", "Desert Knight", "Sea Breeze", "Falcon Strike",
          "Pitch Black", "Eastern Bridge", "Ocean Shield");

  private static final ImmutableList<String> QUOTES =
      ImmutableList.of("est un pilier de notre sécurité", "n'a jamais été aussi étroite",
          "doit encore progresser", "restera une priorité de notre gouvernement");

  private static final ImmutableList<String> FILLERS =
      ImmutableList.of("La météo a perturbé les démonstrations en vol du salon.",
          "Les marchés financiers ont peu réagi à l'annonce.",
          "Le trafic aérien a repris normalement dans la région.",
          "Les industriels présents ont annoncé des commandes civiles pour plusieurs dizaines d'appareils.",
          "Aucun calendrier n'a été rendu public.");

  private static final ImmutableList<String> MONTHS =
      ImmutableList.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre");

  private static final ImmutableList<String> SOURCES =
      ImmutableList.of("Le Quotidien", "La Gazette", "L'Observateur", "Agence Presse", "Le Courrier");

  /** One event, written in a new wording each time an article reports it. */
  private interface Event {
    String sentence(Random random);

    int year();
  }

  private GeneratedArticles() {}

  /** Returns {@code count} articles, ids {@code gen-0000} on, the same for the same seed. */
  static ImmutableList<Article> of(int count, long seed) {
    Random random = new Random(seed);
    List<Integer> reports = new ArrayList<>(); // the event of each report
    List<Event> events = new ArrayList<>();
    int needed = count * 2;
    while (reports.size() < needed) {
      Event event = event(random);
      int times = 1 + random.nextInt(random.nextBoolean() ? 2 : 4);
      for (int t = 0; t < times; t++) {
        reports.add(events.size());
      }
      events.add(event);
    }
    Collections.shuffle(reports, random);
    List<List<Integer>> byArticle = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byArticle.add(new ArrayList<>());
    }
    int next = 0;
    for (int report : reports) { // round robin: an article seldom reports one event twice
      byArticle.get(next++ % count).add(report);
    }
    ImmutableList.Builder<Article> articles = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      List<String> paragraphs = new ArrayList<>();
      int latest = 2018;
      for (int e : byArticle.get(i)) {
        paragraphs.add(events.get(e).sentence(random));
        latest = Math.max(latest, events.get(e).year());
      }
      for (int f = random.nextInt(3); f > 0; f--) {
        paragraphs.add(random.nextInt(paragraphs.size() + 1), pick(random, FILLERS));
      }
      articles.add(article(String.format("gen-%04d", i), String.join("\n", paragraphs), latest, random));
    }
    return articles.build();
  }

  private static Article article(String id, String text, int year, Random random) {
    Article.Builder article = Article.builder(id, text);
    if (random.nextInt(5) > 0) {
      int month = 1 + random.nextInt(12);
      article.published(PartialDate.parse(String.format(
          random.nextInt(4) == 0 ? "%d-%02d" : "%d-%02d-%02d", year + random.nextInt(2), month, 1 + random.nextInt(28))));
    }
    if (random.nextBoolean()) {
      String source = pick(random, SOURCES);
      article.source(source).url(URI.create("https://" + source.replaceAll("[^A-Za-z]", "").toLowerCase() + ".example/" + id));
    }
    if (random.nextBoolean()) {
      article.title("Défense : " + text.substring(0, Math.min(40, text.indexOf('.') > 0 ? text.indexOf('.') : text.length())));
    }
    if (random.nextInt(3) == 0) {
      article.language("fr");
    }
    return article.build();
  }

  private static Event event(Random random) {
    int year = 2018 + random.nextInt(7);
    int month = random.nextInt(12);
    int day = 1 + random.nextInt(27);
    return switch (random.nextInt(4)) {
      case 0 -> transfer(random, year, month, day);
      case 1 -> agreement(random, year, month, day);
      case 2 -> exercise(random, year, month, day);
      default -> statement(random, year, month, day);
    };
  }

  private static Event transfer(Random random, int year, int month, int day) {
    String[] system = pick(random, SYSTEMS).split(":");
    State supplier = STATES.get(Integer.parseInt(system[1]));
    State recipient = other(random, supplier);
    int quantity = 2 + random.nextInt(30);
    boolean delivered = random.nextBoolean();
    return new Event() {
      @Override
      public String sentence(Random r) {
        String when = date(r, year, month, day);
        if (delivered) {
          return r.nextBoolean()
              ? supplier.subject() + " a livré " + quantity + " " + system[0] + " " + recipient.to() + " " + when + "."
              : recipient.subject() + " a reçu " + when + " " + quantity + " " + system[0] + " livrés par " + supplier.name() + ".";
        }
        return r.nextBoolean()
            ? recipient.subject() + " a commandé " + supplier.to() + " " + quantity + " " + system[0] + " " + when + "."
            : recipient.subject() + " a passé commande de " + quantity + " " + system[0] + " auprès " + supplier.of() + " " + when + ".";
      }

      @Override
      public int year() {
        return year;
      }
    };
  }

  private static Event agreement(Random random, int year, int month, int day) {
    State a = pick(random, STATES);
    State b = other(random, a);
    String subject = pick(random, SUBJECTS);
    return new Event() {
      @Override
      public String sentence(Random r) {
        String when = date(r, year, month, day);
        return r.nextBoolean()
            ? a.subject() + " et " + b.name() + " ont signé " + when + " un accord de défense portant sur " + subject + "."
            : b.subject() + " et " + a.name() + " ont conclu " + when + " un accord de coopération sur " + subject + ".";
      }

      @Override
      public int year() {
        return year;
      }
    };
  }

  private static Event exercise(Random random, int year, int month, int day) {
    State a = pick(random, STATES);
    State b = other(random, a);
    String name = pick(random, EXERCISES) + " " + year;
    return new Event() {
      @Override
      public String sentence(Random r) {
        return r.nextBoolean()
            ? a.subject() + " et " + b.name() + " ont conduit en " + MONTHS.get(month) + " " + year
                + " l'exercice naval conjoint « " + name + " »."
            : "Les forces " + a.of() + " et " + b.of() + " ont mené du " + day + " au " + (day + 1 + r.nextInt(3)) + " "
                + MONTHS.get(month) + " " + year + " les manœuvres conjointes « " + name + " ».";
      }

      @Override
      public int year() {
        return year;
      }
    };
  }

  private static Event statement(Random random, int year, int month, int day) {
    State speaker = pick(random, STATES);
    State about = other(random, speaker);
    String quote = pick(random, QUOTES);
    return new Event() {
      @Override
      public String sentence(Random r) {
        return "Le ministre " + speaker.adjective() + " de la Défense a déclaré le " + day + " " + MONTHS.get(month) + " "
            + year + " que la coopération militaire avec " + about.name() + " « " + quote + " ».";
      }

      @Override
      public int year() {
        return year;
      }
    };
  }

  /** Returns the date in words at a precision drawn from {@code random}: day, month or year. */
  private static String date(Random random, int year, int month, int day) {
    return switch (random.nextInt(3)) {
      case 0 -> "le " + day + " " + MONTHS.get(month) + " " + year;
      case 1 -> "en " + MONTHS.get(month) + " " + year;
      default -> "en " + year;
    };
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static State other(Random random, State state) {
    State other;
    do {
      other = pick(random, STATES);
    } while (other.equals(state));
    return other;
  }
}
