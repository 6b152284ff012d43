package dev.entente.parse;

import dev.entente.text.FrenchText;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.parse.Mention.OrgMention;
import dev.entente.parse.Mention.PersonMention;
import dev.entente.parse.Mention.StateMention;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads statements: a reporting verb with its speaker, in either order ("Poutine a déclaré que",
 * "«...», a déclaré Wu Qian", "«...», a-t-il noté", "indique le communiqué"), and "selon X". The
 * speaker is a person, an organization or a state ("le Kremlin", "le responsable pakistanais"); a
 * pronoun is the last person named, "le communiqué" the last institution that spoke, and "le
 * dirigeant chinois" the person the article introduced with that title. What one speaker says in an
 * article is one statement: its quotes joined, its evidence every passage. Speakers with no known
 * state are skipped, since no relation can be derived from them.
 */
final class StatementRule {

  static final String NAME = "StatementRule";
  private static final int SPEAKER_WINDOW = 22;
  private static final ImmutableSet<String> AUXILIARIES =
      ImmutableSet.of("a", "ont", "avait", "avaient", "s", "'", "est", "se", "sont", "t", "-", "il", "elle", "ils", "elles", "aussi", "egalement", "par", "ailleurs", "encore", "en", "outre", "deja", "notamment", "lui", "leur");
  private static final ImmutableSet<String> SPEAKER_NOUNS =
      ImmutableSet.of("responsable", "responsables", "autorites", "medias", "dirigeant", "dirigeants", "gouvernement",
          "officiel", "officiels", "diplomate", "diplomatie", "president", "ministre", "porte", "parole", "leader", "chef",
          "presidence", "attache", "ministere", "armee", "ambassade", "ambassadeur", "chancellerie", "agence", "service",
          "bureau", "major", "commandement", "source", "sources", "delegation", "television", "communique", "marine");

  private static final class Said {
    final Actor speaker;
    final List<String> quotes = new ArrayList<>();
    final Set<Country> about = new LinkedHashSet<>();
    final Set<Domain> domains = EnumSet.noneOf(Domain.class);
    final List<Evidence> evidence = new ArrayList<>();
    dev.entente.model.PartialDate date;

    Said(Actor speaker) {
      this.speaker = speaker;
    }
  }

  /**
   * The persons of one article, each once, by state, in order of first mention; the person of a
   * state and title is looked up once. Indexed so that an article naming thousands of persons is
   * read in linear, not quadratic, time.
   */
  private static final class Compatriots {
    private final Set<Person> seen = new HashSet<>();
    private final Map<Country, List<Person>> byCountry = new EnumMap<>(Country.class);
    private final Map<Country, Map<String, Optional<Person>>> byTitle = new EnumMap<>(Country.class);

    void add(Person person) {
      if (seen.add(person) && person.country().isPresent()) {
        byCountry.computeIfAbsent(person.country().get(), c -> new ArrayList<>()).add(person);
      }
    }

    List<Person> of(Country country) {
      return byCountry.getOrDefault(country, List.of());
    }

    /** The first person of {@code country} whose role names {@code title}. */
    Optional<Person> titled(Country country, String title) {
      return byTitle
          .computeIfAbsent(country, c -> new HashMap<>())
          .computeIfAbsent(
              title,
              k -> of(country).stream()
                  .filter(p -> p.role().map(r -> FrenchText.fold(r).contains(title)).orElse(false))
                  .findFirst());
    }
  }

  ImmutableList<Statement> apply(ArticleContext context) {
    Map<String, Said> said = new LinkedHashMap<>();
    List<Person> lastPersons = new ArrayList<>();
    Organization lastInstitution = null;
    Compatriots persons = new Compatriots();
    for (ImmutableList<Mention> ms : context.mentions) {
      for (Mention m : ms) {
        if (m instanceof PersonMention p) {
          persons.add(p.person());
        }
      }
    }
    Map<String, String> firstKeys = new HashMap<>();
    for (Sentence sentence : context.sentences) {
      int s = sentence.index();
      List<Token> t = sentence.tokens();
      boolean[] quoted = quoted(t);
      Map<Integer, PhraseTable.Match<String>> verbs = new java.util.HashMap<>();
      for (PhraseTable.Match<String> m : context.matches(context.words.reportingVerbs, s)) {
        verbs.put(m.from(), m);
      }
      List<Actor> speakers = new ArrayList<>();
      int verbAt = -1;
      for (int i = 0; i < t.size() && speakers.isEmpty(); i++) {
        if (quoted[i]) {
          // reported speech quoted in a communiqué: "« Le secrétaire du Conseil ... a souligné que ... »"
          PhraseTable.Match<String> inner = verbs.get(i);
          if (inner != null && !t.get(i).capitalized()) {
            int back = i - 1;
            while (back >= 0 && AUXILIARIES.contains(t.get(back).folded())) {
              back--;
            }
            List<Actor> found = before(context, sentence, back + 1, persons);
            if (!found.isEmpty() && found.stream().allMatch(Person.class::isInstance)) {
              speakers.addAll(found);
              verbAt = i;
            }
          }
          continue;
        }
        if (t.get(i).is("selon")) {
          // "selon le chef de la diplomatie russe, Sergueï Lavrov", "selon lui", "selon un communiqué de
          // l'ISPR"; the speaker is named before the next comma, "selon un sondage, ... la Chine" names none
          int comma = i + 1;
          while (comma < t.size() && !t.get(comma).is(",") && !t.get(comma).is(".")) {
            comma++;
          }
          List<Actor> found = after(context, sentence, i + 1, lastPersons, lastInstitution, persons);
          if (!found.isEmpty() && firstActorBefore(context, sentence, i + 1, comma + 1, persons)) {
            speakers.addAll(found);
            verbAt = i;
          }
          continue;
        }
        Optional<PhraseTable.Match<String>> verb = Optional.ofNullable(verbs.get(i));
        if (verb.isEmpty() || t.get(i).capitalized()) {
          continue;
        }
        int v = verb.get().from();
        int back = v - 1;
        while (back >= 0 && AUXILIARIES.contains(t.get(back).folded())) {
          back--;
        }
        boolean pronounIl = false;
        boolean pronounIls = false;
        for (int k = Math.max(0, back + 1); k < v; k++) {
          // "il est rapporté que", "il a été annoncé": impersonal, nobody in particular speaks
          boolean impersonal = k + 1 < v && (t.get(k + 1).is("est") || t.get(k + 1).is("a") && k + 2 < v && t.get(k + 2).is("ete"));
          pronounIl |= (t.get(k).is("il") || t.get(k).is("elle")) && !impersonal;
          pronounIls |= t.get(k).is("ils") || t.get(k).is("elles");
        }
        // "«...», a déclaré X" and ", a précisé X" are inverted; "Lin Jian, a qualifié" is not
        boolean inverted = back < 0 || t.get(back).is("»") || t.get(back).is("\"") || t.get(back).is("”")
            || t.get(back).is(",") && !speakerEndsAt(context, sentence, back, persons);
        if (pronounIl && !lastPersons.isEmpty()) {
          speakers.add(lastPersons.get(lastPersons.size() - 1));
        } else if (pronounIls && lastPersons.size() >= 2) {
          speakers.addAll(lastPersons.subList(lastPersons.size() - 2, lastPersons.size()));
        } else if (inverted) {
          speakers.addAll(after(context, sentence, verb.get().to(), lastPersons, lastInstitution, persons));
        } else {
          speakers.addAll(before(context, sentence, back + 1, persons));
          if (speakers.isEmpty() && back >= 0 && t.get(back).is(",")) {
            speakers.addAll(after(context, sentence, verb.get().to(), lastPersons, lastInstitution, persons));
          }
        }
        verbAt = v;
        if (speakers.isEmpty()) {
          verbAt = -1;
        }
      }
      for (Mention m : context.mentions.get(s)) {
        if (m instanceof PersonMention p) {
          lastPersons.remove(p.person());
          lastPersons.add(p.person());
          if (lastPersons.size() > 2) {
            lastPersons.remove(0); // only the last two are ever read ("il", "ils"): keep it short, not quadratic
          }
        }
      }
      if (speakers.isEmpty()) {
        continue;
      }
      for (Actor speaker : speakers) {
        if (speaker.country().isEmpty()) {
          continue;
        }
        if (speaker instanceof Organization o) {
          lastInstitution = o;
        }
        String who = speaker instanceof State st ? "state:" + st.code() : speaker.getClass().getSimpleName() + ":" + speaker.name();
        Set<Country> addressed = new LinkedHashSet<>(context.statesIn(s));
        addressed.remove(speaker.country().get());
        // one statement per speaker and set of addressed states, so relations pair only what was said together
        String key = addressed.isEmpty() && firstKeys.containsKey(who)
            ? firstKeys.get(who)
            : who + "|" + addressed;
        firstKeys.putIfAbsent(who, key);
        Said entry = said.computeIfAbsent(key, k -> new Said(speaker));
        entry.quotes.add(quote(sentence, quoted));
        for (Country c : context.statesIn(s)) {
          entry.about.add(c);
        }
        Set<Domain> domains = context.domainsIn(s);
        entry.domains.addAll(domains.isEmpty() ? EnumSet.of(Domain.DIPLOMATIC) : domains);
        entry.evidence.add(context.evidence(s, Math.max(0, verbAt), Math.max(verbAt + 1, 1), NAME, 0.7));
        if (entry.date == null) {
          entry.date = context.dateIn(s).orElse(null);
        }
      }
    }
    List<Statement> out = new ArrayList<>();
    for (Said entry : said.values()) {
      entry.about.remove(entry.speaker.country().get());
      if (entry.speaker instanceof State && entry.about.isEmpty()) {
        continue; // "la Chine a signalé un foyer de grippe aviaire": a state speaking about nobody links nothing
      }
      out.add(
          Statement.builder()
              .speaker(entry.speaker)
              .quote(String.join(" […] ", entry.quotes))
              .about(entry.about)
              .domains(entry.domains)
              .date(entry.date)
              .evidence(entry.evidence)
              .build());
    }
    return ImmutableList.copyOf(out);
  }

  private static boolean[] quoted(List<Token> t) {
    boolean[] out = new boolean[t.size()];
    boolean in = false;
    boolean straight = false;
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.is("«") || tok.is("“")) {
        in = true;
      } else if (tok.is("»") || tok.is("”")) {
        in = false;
      } else if (tok.is("\"")) {
        straight = !straight;
        in = straight;
      }
      out[i] = in;
    }
    return out;
  }

  private static String quote(Sentence sentence, boolean[] quoted) {
    List<Token> t = sentence.tokens();
    int from = -1;
    int to = -1;
    for (int i = 0; i < t.size(); i++) {
      if (quoted[i] && !t.get(i).is("«") && !t.get(i).is("\"") && !t.get(i).is("“")) {
        if (from < 0) {
          from = i;
        }
        to = i + 1;
      }
    }
    String text = from >= 0 ? sentence.textOf(from, to) : sentence.text();
    return text.isBlank() ? sentence.text() : text;
  }

  /** The speaker after an inverted verb: "a déclaré le président russe Vladimir Poutine". */
  private List<Actor> after(
      ArticleContext context, Sentence sentence, int from, List<Person> lastPersons, Organization lastInstitution, Compatriots persons) {
    List<Token> t = sentence.tokens();
    int s = sentence.index();
    if (from < t.size() && (t.get(from).is("lui") || t.get(from).is("elle")) && !lastPersons.isEmpty()) {
      return List.of(lastPersons.get(lastPersons.size() - 1));
    }
    int limit = Math.min(t.size(), from + SPEAKER_WINDOW);
    for (int i = from; i < limit; i++) {
      if (t.get(i).is(".") || t.get(i).is(";") || t.get(i).is("«") || t.get(i).is("que")) {
        break;
      }
      if ((t.get(i).is("communique") || t.get(i).is("communiques")) && lastInstitution != null) {
        return List.of(lastInstitution);
      }
      for (Mention m : context.mentions.get(s)) {
        if (m.from() == i) {
          Optional<Actor> actor = actorOf(context, sentence, m, persons);
          if (actor.isPresent()) {
            // "le directeur de l'Agence ... de Russie, Dimitri Shugaev": the person the phrase names
            if (actor.get() instanceof Person) {
              return List.of(actor.get());
            }
            Optional<Actor> person = personWithin(context, s, i, limit);
            return List.of(person.orElse(actor.get()));
          }
        }
      }
    }
    return List.of();
  }

  private static Optional<Actor> personWithin(ArticleContext context, int s, int from, int limit) {
    List<Token> t = context.sentences.get(s).tokens();
    for (Mention m : context.mentions.get(s)) {
      if (m instanceof PersonMention p && m.from() > from && m.from() < limit) {
        boolean sameClause = true;
        for (int k = from; k < m.from(); k++) {
          if (t.get(k).is(".") || t.get(k).is(";") || t.get(k).is("«")) {
            sameClause = false;
          }
        }
        if (sameClause) {
          return Optional.of(p.person());
        }
      }
    }
    return Optional.empty();
  }

  /** The subject before a verb: the nearest speaker, or two persons joined by "et". */
  private List<Actor> before(ArticleContext context, Sentence sentence, int verbStart, Compatriots persons) {
    List<Token> t = sentence.tokens();
    int s = sentence.index();
    List<Actor> found = new ArrayList<>();
    Mention nearest = null;
    for (Mention m : context.mentions.get(s)) {
      if (m.to() <= verbStart && verbStart - m.to() <= SPEAKER_WINDOW) {
        boolean blocked = false;
        for (int k = m.to(); k < verbStart; k++) {
          boolean closingApposition = k == m.to() && t.get(k).is(",");
          if (t.get(k).is("«") || t.get(k).is("»") || t.get(k).is(";") || t.get(k).is("que") || t.get(k).is("qui")
              || t.get(k).is(".") || t.get(k).is(",") && !closingApposition || t.get(k).is("mais")) {
            blocked = true;
          }
        }
        boolean titledPerson = m instanceof OrgMention o && titledMember(t, o, persons).isPresent();
        if (!blocked && (titledPerson || !afterPreposition(t, m)) && actorOf(context, sentence, m, persons).isPresent()) {
          nearest = m;
        }
      }
    }
    if (nearest == null) {
      return found;
    }
    actorOf(context, sentence, nearest, persons).ifPresent(found::add);
    // "Poutine et Modi ont appelé", "L'Iran et la Russie ont affirmé": both speak
    for (Mention m : context.mentions.get(s)) {
      if (m.to() < nearest.from() && nearest.from() - m.to() <= 3 && t.get(m.to()).is("et")
          && m.getClass() == nearest.getClass() && !afterPreposition(t, m)) {
        actorOf(context, sentence, m, persons).ifPresent(a -> found.add(0, a));
      }
    }
    return found;
  }

  private static final ImmutableSet<String> PREPOSITIONS =
      ImmutableSet.of("a", "en", "au", "aux", "de", "des", "du", "d", "vers", "dans", "sur", "pour", "avec", "contre", "entre", "chez", "par", "envers");

  /** "à New Delhi", "avec la Chine": a place or a partner, not a subject. */
  private static boolean afterPreposition(List<Token> t, Mention m) {
    int k = m.from() - 1;
    while (k >= 0 && (t.get(k).is("la") || t.get(k).is("le") || t.get(k).is("les") || t.get(k).is("l") || t.get(k).is("'"))) {
      k--;
    }
    return k >= 0 && PREPOSITIONS.contains(t.get(k).folded());
  }

  /** Whether a speaker-capable mention starts in tokens {@code [from, to)}, or a pronoun does. */
  private boolean firstActorBefore(ArticleContext context, Sentence sentence, int from, int to, Compatriots persons) {
    List<Token> t = sentence.tokens();
    if (from < t.size() && (t.get(from).is("lui") || t.get(from).is("elle"))) {
      return true;
    }
    for (Mention m : context.mentions.get(sentence.index())) {
      if (m.from() >= from && m.from() < to && actorOf(context, sentence, m, persons).isPresent()) {
        return true;
      }
    }
    for (int k = from; k < Math.min(to, t.size()); k++) {
      if (t.get(k).is("communique") || t.get(k).is("communiques")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a speaker's mention ends at token {@code at}: "Lin Jian, a qualifié". */
  private boolean speakerEndsAt(ArticleContext context, Sentence sentence, int at, Compatriots persons) {
    for (Mention m : context.mentions.get(sentence.index())) {
      if (m.to() == at && m instanceof PersonMention) {
        return true;
      }
    }
    return false;
  }

  /** Whether a state adjective qualifies a speaker: "le porte-parole de l'armée égyptienne". */
  private static boolean titled(List<Token> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (SPEAKER_NOUNS.contains(t.get(k).folded())) {
        return true;
      }
      if (t.get(k).is(",") || t.get(k).is(".")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The person a title names through an institution ("le secrétaire du Conseil de sécurité russe",
   * "le porte-parole du ministère chinois de la Défense"): a compatriot whose role, as the article
   * gave it, holds both the title and the institution.
   */
  private static Optional<Person> titledMember(List<Token> t, OrgMention o, Compatriots persons) {
    if (o.organization().country().isEmpty()) {
      return Optional.empty();
    }
    int k = o.from() - 1;
    while (k >= 0 && (t.get(k).is("la") || t.get(k).is("l") || t.get(k).is("'"))) {
      k--;
    }
    if (k < 1 || !(t.get(k).is("du") || t.get(k).is("de") || t.get(k).is("des") || t.get(k).is("d"))) {
      return Optional.empty();
    }
    Token title = t.get(k - 1);
    if (!title.isWord() || title.capitalized() && k - 1 > 0) {
      return Optional.empty();
    }
    String institution = FrenchText.fold(o.organization().name());
    for (Person p : persons.of(o.organization().country().get())) {
      String role = p.role().map(FrenchText::fold).orElse("");
      if (role.contains(title.folded()) && (role.contains(institution)
          || o.organization().aliases().stream().anyMatch(a -> role.contains(FrenchText.fold(a))))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private Optional<Actor> actorOf(ArticleContext context, Sentence sentence, Mention m, Compatriots persons) {
    List<Token> t = sentence.tokens();
    if (m instanceof PersonMention p) {
      return Optional.of(p.person());
    }
    if (m instanceof OrgMention o) {
      // "le secrétaire du Conseil de sécurité russe a souligné": the person the article introduced so
      return titledMember(t, o, persons).<Actor>map(p -> p).or(() -> Optional.of(o.organization()));
    }
    if (m instanceof StateMention st && st.countries().size() == 1) {
      Country country = st.countries().get(0);
      if (st.form() == StateForm.ADJ) {
        if (!titled(t, m.from())) {
          return Optional.empty();
        }
        String title = t.get(m.from() - 1).folded();
        List<Person> compatriots = persons.of(country);
        if (compatriots.size() == 1 && !title.equals("responsable") && !title.equals("responsables")
            && !title.equals("autorites") && !title.equals("medias")) {
          return Optional.of(compatriots.get(0));
        }
        Optional<Person> titled = persons.titled(country, title);
        if (titled.isPresent()) {
          return Optional.of(titled.get());
        }
      }
      return Optional.of(State.of(country));
    }
    return Optional.empty();
  }
}
