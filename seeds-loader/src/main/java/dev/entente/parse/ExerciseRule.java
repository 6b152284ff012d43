package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.parse.Chunk.Nominal;
import dev.entente.parse.Chunk.Verbal;
import dev.entente.parse.Clause.Argument;
import dev.entente.parse.DateFinder.DateMention;
import dev.entente.parse.Mention.OrgMention;
import dev.entente.parse.Mention.StateMention;
import dev.entente.parse.RuleWords.Strength;
import dev.entente.text.FrenchText;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads joint exercises: a noun that names one ({@code rules/exercise-words.tsv}: "manœuvres
 * conjointes", "exercices militaires"; a bare "exercice" only with a name), or a known exercise's
 * name ("Vostok-2018"). Its participants come from the grammar: a compound adjective on the noun
 * ("manœuvres sino-russes"), its "entre" and "avec" phrases, the subjects of the verb that governs it
 * ("la Russie et la Chine mènent des manœuvres", "l'Algérie devrait participer à un exercice"), the
 * objects of "impliquer", "réunir", "associer" when the exercise is the subject, and, unless the
 * article names two participating states or more, the members of an organization that takes part;
 * a state named elsewhere in the sentence is no participant. Its
 * name is quoted, "baptisé X", a known name with its edition, or a capitalized name beside the noun,
 * never the city after "à", which is its location. Its start and end come from its clause: "du 11 au
 * 15 septembre", "jusqu'au 4 novembre", "débute ce lundi 3 décembre". A mention with another name is
 * another exercise; one without a name, or with a definite or demonstrative article ("ces
 * manœuvres"), joins the exercise named before, adding the participants it names.
 */
final class ExerciseRule {

  static final String NAME = "ExerciseRule";
  private static final ImmutableSet<String> SEA_NAME_END =
      ImmutableSet.of(",", ".", ";", "et", "a", "le", "la", "les", "pour", "avec", "dans", "en",
          "au", "aux", "sur", "par", "entre", "(", "»");
  /** Verbs whose objects, when the exercise is their subject, are its participants: "impliqueront des unités de Chine". */
  private static final ImmutableSet<String> GATHERING =
      ImmutableSet.of("impliquer", "reunir", "rassembler", "associer", "mobiliser", "mettre", "opposer", "inclure", "engager",
          "accueillir", "regrouper", "compter", "voir");
  /** Verbs whose agent takes part: "organisées par la Russie", not "qualifiées par Pyongyang de". */
  private static final ImmutableSet<String> ORGANIZING =
      ImmutableSet.of("organiser", "mener", "conduire", "diriger", "accueillir", "planifier", "coordonner", "effectuer",
          "realiser", "commander", "piloter", "lancer", "coorganiser", "codiriger", "copiloter");
  /** Verbs that start an exercise: a date in their clause is its start. */
  private static final ImmutableSet<String> STARTING =
      ImmutableSet.of("debuter", "commencer", "lancer", "entamer", "demarrer", "ouvrir", "tenir", "derouler", "avoir", "organiser",
          "mener", "effectuer", "conduire", "prevoir");
  /** Verbs that end an exercise: a date in their clause is its last ("s'achèvera le 14", "prendra fin début septembre"). */
  private static final ImmutableSet<String> ENDING =
      ImmutableSet.of("achever", "terminer", "finir", "cloturer", "clore", "conclure");
  /** The points of the compass and other sides of a place: "au nord de", "aux environs de". */
  private static final ImmutableSet<String> POINTS =
      ImmutableSet.of("nord", "sud", "est", "ouest", "centre", "environs", "abords", "large", "nord-est", "nord-ouest", "sud-est", "sud-ouest");

  /** Nouns of a place whose name follows: "la région de Béchar", "sur les plages de Sattahip", "le polygone de Donguz". */
  private static final ImmutableSet<String> PLACE_NOUNS =
      ImmutableSet.of("ville", "region", "republique", "province", "polygone", "base", "bases", "port", "ile", "iles",
          "district", "plage", "plages", "cote", "cotes", "littoral", "desert", "camp", "terrain", "site", "archipel", "peninsule",
          "presqu'ile", "massif", "montagnes", "plaine", "steppe", "jungle", "foret", "canton", "oblast", "departement");

  /** Adjectives that make "entraînement", "exercice" or "manœuvre" a joint exercise wherever they stand in its phrase. */
  private static final ImmutableSet<String> JOINT_QUALIFIERS =
      ImmutableSet.of("conjoint", "conjointe", "conjoints", "conjointes", "commun", "commune", "communs", "communes", "combine",
          "combinee", "combines", "combinees", "bilateral", "bilaterale", "bilateraux", "bilaterales", "multinational",
          "multinationale", "multinationaux", "multinationales", "trilateral", "trilaterale", "trilateraux", "trilaterales",
          "interarmees", "militaire", "militaires");

  /** Adjectives that describe an exercise rather than name it: "les manœuvres Vostok annuelles". */
  private static final ImmutableSet<String> DESCRIPTIVE =
      ImmutableSet.of("annuel", "annuelle", "annuels", "annuelles", "naval", "navale", "navals", "navales", "aerien", "aerienne",
          "aeriens", "aeriennes", "terrestre", "terrestres", "maritime", "maritimes", "tactique", "tactiques", "strategique",
          "strategiques", "amphibie", "amphibies", "prochain", "prochaine", "dernier", "derniere", "precedent", "precedente",
          "biennal", "biennale", "semestriel", "semestrielle", "geant", "geante", "majeur", "majeure", "antiterroriste",
          "antiterroristes");

  /** Verbs whose direct object is the place a contingent reaches: "ont rejoint la Grèce pour participer à". */
  private static final ImmutableSet<String> REACHING = ImmutableSet.of("rejoindre", "gagner", "atteindre", "regagner");

  /** How many of the latest exercises a mention may join. */
  private static final int LOOKBACK = 64;

  private static final class Cluster {
    String name;
    final Set<Country> participants = new LinkedHashSet<>();
    final Set<Organization> organizations = new LinkedHashSet<>();
    final Set<Domain> domains = EnumSet.of(Domain.MILITARY);
    String location;
    /** Whether the location is only a land ("en Russie"), which a place named later replaces. */
    boolean locationIsLand;
    PartialDate start;
    PartialDate end;
    final List<Evidence> evidence = new ArrayList<>();
  }

  ImmutableList<JointExercise> apply(ArticleContext context) {
    List<Cluster> clusters = new ArrayList<>();
    for (Sentence sentence : context.sentences) {
      if (context.everySentence || mayNameExercise(context, sentence)) {
        read(context, context.structure(sentence.index()), clusters);
      }
    }
    for (Cluster c : clusters) {
      if (c.name != null && c.participants.size() + c.organizations.size() < 2) {
        // "Pour Shaheen VI, ... le Pakistan a envoyé": an edition of a series the article gives the
        // participants of, in another edition ("Shaheen VII" of China and Pakistan), has them too
        for (Cluster other : clusters) {
          if (other != c && other.name != null && sameSeries(c.name, other.name) && other.participants.size() >= 2
              && (c.participants.isEmpty() || other.participants.containsAll(c.participants))) {
            c.participants.addAll(other.participants);
            break;
          }
        }
      }
    }
    List<JointExercise> out = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.participants.size() + c.organizations.size() < 2) {
        continue;
      }
      PartialDate end = c.end != null && c.start != null && c.end.lastDay().isBefore(c.start.firstDay()) ? null : c.end;
      if (c.start == null && c.name != null && end == null) {
        c.start = editionYear(c.name).orElse(null); // "Zapad-2021" took place in 2021
      }
      out.add(
          JointExercise.builder()
              .name(c.name)
              .participants(c.participants)
              .organizations(c.organizations)
              .domains(c.domains)
              .location(c.location)
              .start(c.start)
              .end(end)
              .evidence(c.evidence)
              .build());
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Whether {@link #read} can find an exercise in the sentence: it has a word for one, or the
   * edition of a known one ("Vostok-2018"); the others need no grammar.
   */
  private static boolean mayNameExercise(ArticleContext context, Sentence sentence) {
    if (!context.matches(context.words.exerciseWords, sentence.index()).isEmpty()) {
      return true;
    }
    List<Token> t = sentence.tokens();
    for (int i = 0; i < t.size(); i++) {
      Optional<PhraseTable.Match<String>> known = context.words.exerciseNames.longestAt(t, i);
      if (known.isPresent() && t.get(i).capitalized() && edition(t, known.get().to()) > known.get().to()) {
        return true;
      }
    }
    return false;
  }

  private void read(ArticleContext context, SentenceStructure s, List<Cluster> clusters) {
    int sentence = s.sentence().index();
    List<Token> t = s.sentence().tokens();
    Set<Integer> used = new java.util.HashSet<>();
    for (PhraseTable.Match<Strength> m : context.matches(context.words.exerciseWords, sentence)) {
      Strength strength = m.values().get(0);
      int chunk = s.chunkAt(m.from());
      if (strength == Strength.NONE || chunk < 0 || !(s.chunk(chunk) instanceof Nominal) || !used.add(chunk)) {
        continue;
      }
      Optional<String> name = name(context, s, chunk, m.to());
      if (strength == Strength.WEAK && name.isEmpty() && !isFollowUp(s, chunk) && !qualifiedAsJoint(s, chunk, m.to())) {
        continue;
      }
      mention(context, s, chunk, m.from(), m.to(), name, clusters);
    }
    if (used.isEmpty()) {
      // "Vostok-2018 a avant tout des enjeux défensifs": a known exercise by its name alone
      for (int i = 0; i < t.size(); i++) {
        Optional<PhraseTable.Match<String>> known = context.words.exerciseNames.longestAt(t, i);
        if (known.isPresent() && t.get(i).capitalized()) {
          int end = edition(t, known.get().to());
          if (end > known.get().to()) {
            String name = s.sentence().textOf(i, end);
            int chunk = s.chunkAt(i);
            if (chunk >= 0 && s.chunk(chunk) instanceof Nominal) {
              // an edition the article has named before, or one this sentence gives participants:
              // "Malabar 2024 : les marines indienne et japonaise croisent au large de..."
              mention(context, s, chunk, i, end, Optional.of(name), clusters);
            }
          }
          i = known.get().to();
        }
      }
    }
  }

  private void mention(
      ArticleContext context, SentenceStructure s, int chunk, int from, int to, Optional<String> name, List<Cluster> clusters) {
    int sentence = s.sentence().index();
    Nominal n = s.nominal(chunk);
    Set<Country> participants = new LinkedHashSet<>();
    Set<Organization> organizations = new LinkedHashSet<>();
    Optional<Clause> clause = governingClause(s, chunk);
    if (clause.isPresent() && s.verbOf(clause.get()).polarity() == Chunk.Polarity.NEGATIVE) {
      // "l'Égypte ne participera pas aux manœuvres russo-chinoises": only the exercise's own states
      clause = Optional.empty();
    }
    participants(context, s, chunk, clause, participants, organizations);
    int year = context.dateIn(sentence).or(() -> context.published).or(() -> name.flatMap(ExerciseRule::editionYear))
        .map(PartialDate::year).orElse(java.time.Year.MAX_VALUE); // with no year, the members that have not left
    if (participants.size() < 2) {
      // "les manœuvres de l'OTSC" are its members'; "avec des contingents russes, kazakhs et tadjiks"
      // names who took part, not always every member (Armenia stays away)
      for (Organization o : organizations) {
        o.acronym().ifPresent(a -> participants.addAll(context.words.members(a, year)));
      }
    }
    int[] span = span(s, clause, chunk);
    Optional<PartialDate> when = firstDate(context, s, span, name);
    Cluster target = target(clusters, name, participants, isFollowUp(s, chunk), when);
    if (target == null) {
      if (participants.size() + organizations.size() == 0 && !isOtherEdition(clusters, name)) {
        return; // but "Pour Shaheen VI, ..." after "Shaheen VII" is an edition of its own
      }
      target = new Cluster();
      clusters.add(target);
    }
    if (target.name == null && name.isPresent()) {
      target.name = name.get();
    }
    target.participants.addAll(participants);
    target.organizations.addAll(organizations);
    if (participants.size() == 1 && saysJoint(s, chunk)) {
      // "un contingent russe est arrivé au Pakistan pour des manœuvres conjointes": the host takes part
      target.participants.addAll(hosts(context, s, clause, participants));
    }
    dates(context, s, span, clause, name, target);
    if (target.location == null || target.locationIsLand) {
      // a place named later ("à Tcheliabinsk") says more than the land named first ("en Russie")
      Optional<String> place = location(s.sentence(), span[0], span[1]);
      if (place.isPresent()) {
        target.location = place.get();
        target.locationIsLand = false;
      } else if (target.location == null) {
        target.location = land(s.sentence(), span[0], span[1]).orElse(null);
        target.locationIsLand = target.location != null;
      }
    }
    target.evidence.add(context.evidence(sentence, from, to, NAME, participants.size() >= 2 ? 0.8 : 0.5));
  }

  /**
   * Whether adjectives after a weak noun make it an exercise, in any order and number: "un
   * entraînement aérien conjoint", "des manœuvres navales et aériennes communes".
   */
  private static boolean qualifiedAsJoint(SentenceStructure s, int chunk, int after) {
    List<Token> t = s.sentence().tokens();
    for (int k = after; k < s.chunk(chunk).to() && k < t.size(); k++) {
      if (JOINT_QUALIFIERS.contains(t.get(k).folded())) {
        return true;
      }
    }
    return false;
  }

  /** The year an edition's name gives: "Vostok-2018", "Bouclier du désert 2022". */
  private static Optional<PartialDate> editionYear(String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|[\\s-])((?:19|20)\\d\\d)$").matcher(name.strip());
    return m.find() ? Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(1)))) : Optional.empty();
  }

  /** Whether the exercise is said to be joint: "conjoint", "commun", "bilatéral", "mixte". */
  private static boolean saysJoint(SentenceStructure s, int chunk) {
    List<Token> t = s.sentence().tokens();
    Nominal n = s.nominal(chunk);
    for (int k = n.head(); k < n.to(); k++) {
      String f = t.get(k).folded();
      if (f.startsWith("conjoint") || f.startsWith("commun") || f.startsWith("bilatera") || f.startsWith("mixte")) {
        return true;
      }
    }
    return false;
  }

  /** The states where the clause places the exercise: "au Pakistan", "en Russie". */
  private static Set<Country> hosts(ArticleContext context, SentenceStructure s, Optional<Clause> clause, Set<Country> participants) {
    Set<Country> out = new LinkedHashSet<>();
    if (clause.isEmpty()) {
      return out;
    }
    List<Argument> places = new ArrayList<>(clause.get().arguments());
    int parent = clause.get().parent();
    if (clause.get().kind() == Clause.Kind.INFINITIVAL && parent >= 0 && parent < s.clauses().size()) {
      places.addAll(s.clauses().get(parent).arguments()); // "est arrivé au Pakistan pour participer à des manœuvres"
    }
    for (Argument a : places) {
      boolean reached = a.marker().isEmpty() && REACHING.contains(s.verbOf(clauseHolding(s, clause.get(), a)).lemma());
      if (a.marker().equals("à") || a.marker().equals("en") || a.marker().equals("dans") || reached) {
        for (Party p : context.parties.partiesOf(context, s, a.chunk())) {
          if (p.actor() instanceof dev.entente.model.State && !p.unnamed()) {
            p.country().filter(c -> !participants.contains(c)).ifPresent(out::add);
          }
        }
      }
    }
    return out.size() == 1 ? out : Set.of();
  }

  /** The clause, {@code clause} or the one it depends on, that has argument {@code a}. */
  private static Clause clauseHolding(SentenceStructure s, Clause clause, Argument a) {
    return clause.arguments().contains(a) || clause.parent() < 0 ? clause : s.clauses().get(clause.parent());
  }

  /** Whether the noun refers back: "ces manœuvres", "les exercices", "l'exercice". */
  private static boolean isFollowUp(SentenceStructure s, int chunk) {
    Chunk.Determiner d = s.nominal(chunk).determiner();
    return d == Chunk.Determiner.DEMONSTRATIVE || d == Chunk.Determiner.DEFINITE;
  }

  /** The exercise a mention joins: the one of its name; for an unnamed one, the latest it can be. */
  private static Cluster target(
      List<Cluster> clusters, Optional<String> name, Set<Country> participants, boolean followUp, Optional<PartialDate> when) {
    int oldest = Math.max(0, clusters.size() - LOOKBACK);
    if (name.isEmpty() && when.isPresent()) {
      // "L'année dernière, le Pakistan et la Russie ont organisé des manœuvres": another year, another exercise
      clusters = clusters.stream()
          .filter(c -> c.start == null || c.start.year() == when.get().year())
          .collect(java.util.stream.Collectors.toList());
      oldest = Math.max(0, clusters.size() - LOOKBACK);
    }
    if (name.isPresent()) {
      for (int i = clusters.size() - 1; i >= oldest; i--) {
        Cluster c = clusters.get(i);
        if (c.name != null && squash(name.get()).equals(squash(c.name))) {
          return c;
        }
        if (c.name != null && !name.get().strip().contains(" ") && !name.get().contains("-")
            && FrenchText.fold(c.name).startsWith(FrenchText.fold(name.get()) + " ")) {
          return c; // "baptisé « Shaheen »" after "« Shaheen VII »": the series' latest edition
        }
        if (c.name != null && sameSeries(name.get(), c.name)) {
          return null; // "Shaheen VI" is not "Shaheen VII"
        }
      }
      for (int i = clusters.size() - 1; i >= oldest; i--) {
        Cluster c = clusters.get(i);
        if (c.name == null && (participants.isEmpty() || c.participants.containsAll(participants) || jaccard(participants, c.participants) >= 0.5)) {
          return c;
        }
      }
      return null;
    }
    for (int i = clusters.size() - 1; i >= oldest; i--) {
      Cluster c = clusters.get(i);
      boolean shares = participants.isEmpty() || jaccard(participants, c.participants) >= 0.5 || c.participants.containsAll(participants);
      if (followUp && (shares || participants.size() <= 1 || !c.participants.isEmpty() && overlaps(participants, c.participants))) {
        return c; // "ces manœuvres ... des unités de Chine et de Mongolie": the same, with more participants
      }
      if (!followUp && shares && !participants.isEmpty()) {
        return c;
      }
    }
    return null;
  }

  /** Whether a named mention is an edition of a series the article already has: "Shaheen VI" after "Shaheen VII". */
  private static boolean isOtherEdition(List<Cluster> clusters, Optional<String> name) {
    return name.isPresent() && clusters.stream().anyMatch(c -> c.name != null && sameSeries(name.get(), c.name));
  }

  /** Whether two names are editions of one series: "Shaheen VI" and "Shaheen VII", "Vostok-2018" and "Vostok-2022". */
  private static boolean sameSeries(String a, String b) {
    String[] x = a.split("[\\s-]+");
    String[] y = b.split("[\\s-]+");
    return x.length > 1 && y.length > 1 && FrenchText.fold(x[0]).equals(FrenchText.fold(y[0]));
  }

  private static boolean overlaps(Set<Country> a, Set<Country> b) {
    for (Country c : a) {
      if (b.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** The clause whose verb governs the exercise noun. */
  private static Optional<Clause> governingClause(SentenceStructure s, int chunk) {
    for (Clause c : s.clauses()) {
      if (s.verbOf(c).form() == Chunk.Form.PARTICIPLE && c.subject().contains(chunk)) {
        continue;
      }
      if (c.subject().contains(chunk) || c.arguments().stream().anyMatch(a -> a.chunk() == chunk)) {
        return Optional.of(c);
      }
    }
    return s.clauseAround(chunk).or(() -> headedClause(s, chunk));
  }

  /** "Malabar 2024 : les marines indienne et japonaise croisent...": the clause after the colon a name heads. */
  private static Optional<Clause> headedClause(SentenceStructure s, int chunk) {
    int k = chunk + 1;
    while (k < s.chunks().size() && k <= chunk + 2 && s.chunk(k) instanceof Nominal) {
      k++; // the edition: "Malabar" "2024"
    }
    if (k >= s.chunks().size() || !(s.chunk(k) instanceof Chunk.Marker colon) || !s.sentence().tokens().get(colon.from()).is(":")) {
      return Optional.empty();
    }
    int after = k;
    return s.clauses().stream().filter(c -> c.kind() == Clause.Kind.MAIN && c.verb() > after).findFirst();
  }

  /**
   * Whether {@code infinitive} is the verb of an aside after the phrase at {@code chunk}, a noun
   * and an infinitive between commas: ", le premier à associer ...".
   */
  private static boolean isAsideOf(SentenceStructure s, Clause infinitive, int chunk) {
    int v = infinitive.verb();
    return infinitive.kind() == Clause.Kind.INFINITIVAL && v >= 3 && s.chunk(v - 1) instanceof Nominal && s.isComma(v - 2)
        && v - 3 >= chunk && v - 3 <= chunk + 1;
  }

  private static void participants(
      ArticleContext context, SentenceStructure s, int chunk, Optional<Clause> clause, Set<Country> participants,
      Set<Organization> organizations) {
    int sentence = s.sentence().index();
    List<Integer> phrases = new ArrayList<>();
    phrases.add(chunk);
    for (Argument a : s.complementsOf(chunk)) {
      phrases.add(a.chunk());
    }
    for (int k : phrases) {
      Nominal n = s.nominal(k);
      for (Mention m : context.outerMentions(sentence, n.head(), n.to())) {
        if (m instanceof StateMention st && (st.form() == StateForm.PREFIX || st.form() == StateForm.ADJ && k == chunk)) {
          participants.addAll(st.countries()); // "manœuvres sino-russes", "manœuvres russes"
        } else if (m instanceof OrgMention o && o.organization().country().isEmpty()) {
          organizations.add(o.organization()); // "exercices de l'OTSC"
        }
      }
    }
    for (Argument a : s.complementsOf(chunk)) {
      // "manœuvres conjointes des troupes aéroportées russes et biélorusses", "exercices entre X et Y"
      if (a.marker().equals("entre") || a.marker().equals("avec") || a.marker().equals("de") && !isTemporal(s, a.chunk())) {
        add(context, s, a.chunk(), participants, organizations);
      }
    }
    for (Clause participle : s.clauses()) {
      if (s.verbOf(participle).form() == Chunk.Form.PARTICIPLE && participle.subject().contains(chunk)
          && ORGANIZING.contains(s.verbOf(participle).lemma())) {
        for (Argument a : participle.arguments()) {
          if (a.marker().equals("par") || a.marker().equals("avec") || a.marker().equals("entre")) {
            add(context, s, a.chunk(), participants, organizations); // "les exercices organisés par la Russie"
          }
        }
      }
    }
    for (Clause relative : s.clauses()) {
      // "l'exercice X, qui réunit des unités chiliennes et péruviennes, a débuté", "l'exercice X, le
      // premier à associer les armées de A et de B, s'est tenu"
      if ((relative.kind() == Clause.Kind.RELATIVE && (relative.subject().contains(chunk)
          || relative.subject().stream().anyMatch(k -> s.complementsOf(chunk).stream().anyMatch(a -> a.chunk() == k)))
          || isAsideOf(s, relative, chunk))
          && GATHERING.contains(s.verbOf(relative).lemma()) && !clause.equals(Optional.of(relative))) {
        for (Argument a : relative.arguments()) {
          gathered(context, s, a, participants, organizations);
        }
      }
    }
    if (clause.isEmpty()) {
      return;
    }
    Clause c = clause.get();
    Verbal v = s.verbOf(c);
    // "Desert Flag, le grand exercice aérien ..., accueille ...": the exercise is the subject through its name
    boolean subject = c.subject().contains(chunk) || chunk >= 2 && c.subject().contains(chunk - 2)
        && s.chunk(chunk - 1) instanceof Chunk.Marker comma && s.sentence().tokens().get(comma.from()).is(",");
    if (subject) {
      for (Clause other : s.clauses()) {
        // "Ces manœuvres ont obtenu un statut international puisqu'elles impliqueront des unités de Chine"
        if (other != c && GATHERING.contains(s.verbOf(other).lemma()) && !other.subject().isEmpty()
            && s.chunk(other.subject().get(0)) instanceof Nominal p && p.pronoun()) {
          for (Argument a : other.arguments()) {
            gathered(context, s, a, participants, organizations);
          }
        }
      }
    }
    if (!subject) {
      for (int k : c.subject()) {
        add(context, s, k, participants, organizations);
      }
    }
    for (Argument a : c.arguments()) {
      String marker = a.marker();
      if (marker.equals("avec") || marker.equals("entre") || v.voice() == Chunk.Voice.PASSIVE && marker.equals("par")) {
        add(context, s, a.chunk(), participants, organizations);
        if (marker.equals("avec")) {
          gathered(context, s, new Argument("", a.chunk(), false), participants, organizations); // "avec la participation de"
        }
      } else if (subject && GATHERING.contains(v.lemma())) {
        gathered(context, s, a, participants, organizations);
      }
    }
  }

  private static boolean isTemporal(SentenceStructure s, int chunk) {
    return ClauseAnalyzer.isTemporal(s.sentence().tokens(), s.nominal(chunk));
  }

  /** A complement of "impliquer", "réunir": "des unités en provenance de Chine et de Mongolie". */
  private static void gathered(ArticleContext context, SentenceStructure s, Argument a, Set<Country> participants, Set<Organization> organizations) {
    String marker = a.marker();
    if (marker.isEmpty() || marker.equals("de") || marker.equals("en provenance de")) {
      add(context, s, a.chunk(), participants, organizations);
      for (Argument b : s.complementsOf(a.chunk())) {
        if (b.marker().equals("de") || b.marker().equals("en provenance de")) {
          add(context, s, b.chunk(), participants, organizations);
        }
      }
    }
  }

  private static void add(ArticleContext context, SentenceStructure s, int chunk, Set<Country> participants, Set<Organization> organizations) {
    ImmutableList<Party> parties = context.parties.partiesOf(context, s, chunk);
    if (parties.isEmpty()) {
      // "des Rafale indiens", "des navires des marines russe et birmane": what takes part stands for its state
      List<Integer> phrases = new ArrayList<>(List.of(chunk));
      s.complementsOf(chunk).stream().filter(a -> a.marker().equals("de")).forEach(a -> phrases.add(a.chunk()));
      for (int k : phrases) {
        Nominal n = s.nominal(k);
        for (Mention m : context.outerMentions(s.sentence().index(), n.head(), n.to())) {
          if (m instanceof StateMention st && st.form() == StateForm.ADJ) {
            participants.addAll(st.countries());
          }
        }
      }
      return;
    }
    for (Party p : parties) {
      Optional<Organization> international = p.international();
      if (international.isPresent()) {
        organizations.add(international.get());
      } else {
        p.country().ifPresent(participants::add);
      }
    }
  }

  private static int[] span(SentenceStructure s, Optional<Clause> clause, int chunk) {
    int from = s.chunk(chunk).from();
    int to = s.chunk(chunk).to();
    for (Argument a : s.complementsOf(chunk)) {
      to = Math.max(to, s.chunk(a.chunk()).to());
    }
    if (clause.isPresent()) {
      Clause c = clause.get();
      from = Math.min(from, s.chunk(c.verb()).from());
      to = Math.max(to, s.chunk(c.verb()).to());
      for (int k : c.subject()) {
        from = Math.min(from, s.chunk(k).from());
      }
      for (Argument a : c.arguments()) {
        to = Math.max(to, s.chunk(a.chunk()).to());
      }
    }
    for (Clause participle : s.clauses()) {
      // "Lancé le 18 novembre, l'exercice X réunit": the participle says when
      if (participle.kind() == Clause.Kind.PARTICIPIAL && participle.subject().contains(chunk)) {
        from = Math.min(from, s.chunk(participle.verb()).from());
        to = Math.max(to, s.chunk(participle.verb()).to());
        for (Argument a : participle.arguments()) {
          from = Math.min(from, s.chunk(a.chunk()).from());
          to = Math.max(to, s.chunk(a.chunk()).to());
        }
      }
    }
    for (Clause relative : s.clauses()) {
      // "l'entraînement baptisé « Shaheen VII » qui débute ce lundi 3 décembre"
      if (relative.kind() == Clause.Kind.RELATIVE && !relative.subject().isEmpty() && relative.subject().get(0) >= chunk
          && relative.subject().get(0) <= chunk + 4) {
        to = Math.max(to, s.chunk(relative.verb()).to());
        for (Argument a : relative.arguments()) {
          to = Math.max(to, s.chunk(a.chunk()).to());
        }
      }
    }
    return new int[] {from, to};
  }

  /** The first date of the span, the year of the exercise's own name excepted. */
  private static Optional<PartialDate> firstDate(ArticleContext context, SentenceStructure s, int[] span, Optional<String> name) {
    for (DateMention d : context.dates(s.sentence().index())) {
      if (d.from() >= span[0] && d.from() < span[1]
          && !(name.isPresent() && s.sentence().textOf(d.from(), d.to()).equals(yearOf(name.get())))) {
        return Optional.of(d.date());
      }
    }
    return Optional.empty();
  }

  /** The start and end the clause gives: a range, "jusqu'au", "à partir du", a date with a verb of starting. */
  private static void dates(ArticleContext context, SentenceStructure s, int[] span, Optional<Clause> clause, Optional<String> name, Cluster target) {
    List<Token> t = s.sentence().tokens();
    boolean namesIt = name.isPresent();
    for (DateMention d : context.dates(s.sentence().index())) {
      if (d.from() < span[0] || d.from() >= span[1] || name.isPresent() && s.sentence().textOf(d.from(), d.to()).equals(yearOf(name.get()))) {
        continue;
      }
      boolean until = d.from() > 0 && (t.get(d.from() - 1).is("jusqu") || t.get(d.from() - 1).is("'") && d.from() > 1 && t.get(d.from() - 2).is("jusqu"))
          || d.from() > 1 && t.get(d.from() - 1).is("'") && t.get(d.from() - 2).is("jusqu");
      boolean untilAu = d.from() > 0 && (t.get(d.from() - 1).is("au") || t.get(d.from() - 1).is("a")) && d.from() > 2
          && (t.get(d.from() - 2).is("'") && t.get(d.from() - 3).is("jusqu"));
      if (until || untilAu) {
        if (target.end == null || namesIt) {
          target.end = d.date();
        }
        continue;
      }
      if (target.start == null || namesIt) {
        target.start = d.date();
      }
      if (d.end().isPresent() && (target.end == null || namesIt)) {
        target.end = d.end().get();
      }
      namesIt = false; // the first date of a naming sentence is the start
    }
    if (target.end == null) {
      endOfEndingClause(context, s, span).ifPresent(d -> target.end = d); // "et prendra fin début septembre"
    }
    if (target.start != null && target.end == null && target.start.precision() == PartialDate.Precision.DAY) {
      bareEndDay(s, span).ifPresent(day -> target.end = endInMonthOf(target.start, day).orElse(null));
    }
  }

  /**
   * A day without its month that ends the exercise: "s'achèvera le 14", "prendra fin le 2",
   * "jusqu'au 14", in a sentence whose start date gives the month.
   */
  private static Optional<Integer> bareEndDay(SentenceStructure s, int[] span) {
    List<Token> t = s.sentence().tokens();
    for (Clause c : s.clauses()) {
      boolean itsOwn = subjectIn(s, c, span);
      boolean ending = itsOwn && saysEnd(s, c);
      for (Argument a : c.arguments()) {
        if (!(s.chunk(a.chunk()) instanceof Nominal n)) {
          continue;
        }
        boolean until = a.marker().startsWith("jusqu") && (itsOwn || inSpan(n.from(), span));
        Token last = t.get(n.to() - 1);
        boolean bareDay = n.to() - n.from() >= 2 && (t.get(n.to() - 2).is("le") || t.get(n.to() - 2).is("au"))
            && last.isNumber() && last.folded().length() <= 2;
        if ((ending && a.marker().isEmpty() || until) && bareDay) {
          return Optional.of(Integer.parseInt(last.folded()));
        }
      }
    }
    return Optional.empty();
  }

  /** A date in a clause of ending whose subject is the exercise: "et s'achèvera le 14 septembre", "prendra fin début septembre". */
  private static Optional<PartialDate> endOfEndingClause(ArticleContext context, SentenceStructure s, int[] span) {
    for (Clause c : s.clauses()) {
      boolean coordinated = c.kind() == Clause.Kind.COORDINATED && c.parent() >= 0 && c.parent() < s.clauses().size()
          && inSpan(s.chunk(s.clauses().get(c.parent()).verb()).from(), span); // "aura lieu en août et prendra fin"
      if (!(subjectIn(s, c, span) || coordinated) || !saysEnd(s, c)) {
        continue;
      }
      for (DateMention d : context.dates(s.sentence().index())) {
        for (Argument a : c.arguments()) {
          if (!a.fronted() && d.from() >= s.chunk(a.chunk()).from() && d.from() < s.chunk(a.chunk()).to()) {
            return Optional.of(d.date());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a clause's subject is in the exercise's span: the exercise itself or its name. */
  private static boolean subjectIn(SentenceStructure s, Clause c, int[] span) {
    return c.subject().stream().anyMatch(k -> inSpan(s.chunk(k).from(), span));
  }

  private static boolean inSpan(int token, int[] span) {
    return token >= span[0] && token < span[1];
  }

  /** Whether a clause's verb ends something: "s'achèvera", "se terminera", "prendra fin". */
  private static boolean saysEnd(SentenceStructure s, Clause c) {
    Verbal v = s.verbOf(c);
    List<Token> t = s.sentence().tokens();
    return ENDING.contains(v.lemma()) || v.lemma().equals("prendre") && v.to() < t.size() && t.get(v.to()).is("fin");
  }

  /** Day {@code day} on or after {@code start}: in its month, else in the next. */
  private static Optional<PartialDate> endInMonthOf(PartialDate start, int day) {
    LocalDate first = start.firstDay();
    YearMonth month = YearMonth.from(first);
    if (day < first.getDayOfMonth()) {
      month = month.plusMonths(1);
    }
    return day >= 1 && day <= month.lengthOfMonth() ? Optional.of(PartialDate.from(month.atDay(day))) : Optional.empty();
  }

  /**
   * Where a one-word French name ends that goes on with its complement ("Bouclier des steppes",
   * "Mission de paix", "Aigle du désert"): past a "de" phrase at {@code j} of a plain noun alone,
   * not one of those who take part ("Chergui des armées française et marocaine") nor a time.
   */
  private static int frenchNameTail(ArticleContext context, SentenceStructure s, int j) {
    List<Token> t = s.sentence().tokens();
    if (j >= t.size()) {
      return j;
    }
    int k = s.chunkAt(j);
    if (k < 0 || !(s.chunk(k) instanceof Nominal n) || n.from() != j || !n.marker().equals("de") || n.quantity().isPresent()
        || n.to() - n.head() != 1 || n.head() - n.from() > 2 || context.parties.isAgentive(s, n)) {
      return j;
    }
    Token head = t.get(n.head());
    boolean time = context.words.exerciseWords.longestAt(t, n.head()).isPresent() || head.is("annee") || head.is("semaine") || head.is("mois")
        || head.is("jours") || head.is("jour");
    return head.isWord() && !head.capitalized() && !time ? n.to() : j;
  }

  /** The exercise's name: «quoted», "baptisé X", a known name with its edition, a capitalized name beside the noun. */
  /** Words a "de" complement that says what an exercise is for may hold: "de maintien de la paix". */
  private static final ImmutableSet<String> PURPOSE_GLUE = ImmutableSet.of("de", "d", "du", "des", "la", "l", "le", "les", "et", "'");
  /** Prepositions that end such a complement: what follows is where, with whom or by whom. */
  private static final ImmutableSet<String> PLACE_OR_PARTNER =
      ImmutableSet.of("a", "au", "aux", "en", "dans", "sur", "avec", "par", "pour", "entre", "vers", "contre", "sous", "pres");

  /**
   * The token of a capitalized name after a "de" complement that says what the exercise is for:
   * "l'exercice multinational de maintien de la paix Khaan Quest 2024", "les manœuvres de lutte
   * antiterroriste Cobra Gold"; {@code after} itself when no such complement leads to a name.
   */
  private static int afterPurpose(ArticleContext context, Sentence sentence, int after) {
    List<Token> t = sentence.tokens();
    int of = after; // past the adjectives: "multinational"
    while (of < t.size() && of < after + 3 && t.get(of).isWord() && !t.get(of).capitalized() && !isOf(t.get(of))) {
      of++;
    }
    if (of >= t.size() || !isOf(t.get(of))) {
      return after;
    }
    for (int k = of + 1; k < t.size() && k <= of + 7; k++) {
      Token tok = t.get(k);
      if (tok.isWord() && tok.capitalized()) {
        return k > of + 1 && !PURPOSE_GLUE.contains(t.get(k - 1).folded()) && !namesActor(context, sentence.index(), k) ? k : after;
      }
      boolean glue = PURPOSE_GLUE.contains(tok.folded());
      if (k == of + 1 && tok.is("'") && t.get(of).is("d")
          || tok.is("en") && k + 1 < t.size() && t.get(k + 1).isWord() && !t.get(k + 1).capitalized()) {
        continue; // "d'entraînement", "de sauvetage en mer", but not "en Bretagne"
      }
      if (!(tok.isWord() || glue) || PLACE_OR_PARTNER.contains(tok.folded()) || k == of + 1 && glue) {
        return after;
      }
    }
    return after;
  }

  private static boolean isOf(Token token) {
    return token.is("de") || token.is("d") || token.is("du");
  }

  private static Optional<String> name(ArticleContext context, SentenceStructure s, int chunk, int after) {
    Sentence sentence = s.sentence();
    List<Token> t = sentence.tokens();
    int from = Math.max(0, after - 8);
    int to = Math.min(t.size(), after + 12);
    for (int i = from; i < to; i++) {
      Token tok = t.get(i);
      if ((tok.is("«") || tok.is("\"") || tok.is("“")) && i + 1 < t.size()) {
        int close = i + 1;
        while (close < t.size() && close - i < 8 && !(t.get(close).is("»") || t.get(close).is("\"") || t.get(close).is("”"))) {
          close++;
        }
        if (close < t.size() && close - i < 8 && close > i + 1 && t.get(i + 1).capitalized()) {
          return Optional.of(sentence.textOf(i + 1, close));
        }
      }
      if ((tok.is("baptise") || tok.is("baptisee") || tok.is("baptises") || tok.is("baptisees") || tok.is("nomme") || tok.is("nommee")
          || tok.is("denomme") || tok.is("denommee") || tok.is("intitule") || tok.is("intitulee") || tok.is("appele") || tok.is("appeles")
          || tok.is("appelees") || tok.is("code"))
          && i + 1 < t.size() && t.get(i + 1).capitalized()) {
        int j = i + 1;
        while (j < t.size() && j - i <= 6 && (t.get(j).isWord() || t.get(j).isNumber() || t.get(j).is("-") || t.get(j).is("'"))
            && !(j > i + 1 && t.get(j).isWord() && !t.get(j).capitalized() && !isNameWord(t, j) && !afterNameWord(t, j))) {
          j++;
        }
        return Optional.of(sentence.textOf(i + 1, trimEnd(t, i + 1, j)));
      }
      Optional<PhraseTable.Match<String>> known = context.words.exerciseNames.longestAt(t, i);
      if (known.isPresent() && tok.capitalized()) {
        int j = edition(t, known.get().to());
        if (j > known.get().to() || i == after || i == after + 1) {
          return Optional.of(sentence.textOf(i, j));
        }
      }
    }
    Nominal phrase = s.nominal(chunk);
    for (int k = after; k < phrase.to() && k < after + 3; k++) {
      if (t.get(k).isWord() && t.get(k).capitalized() && !namesActor(context, sentence.index(), k) && k > after) {
        after = k; // "leurs manœuvres annuelles Ulchi Freedom Shield"
        break;
      }
      if (!t.get(k).isWord() || t.get(k).capitalized()) {
        break;
      }
    }
    if (after < t.size() && !t.get(after).capitalized()) {
      after = afterPurpose(context, sentence, after);
    }
    if (after < t.size() && t.get(after).isWord() && t.get(after).capitalized() && !namesActor(context, sentence.index(), after)) {
      // "Pont de l'amitié 2020", "Fraternité slave 2023": up to the year when one follows closely
      for (int y = after + 1; y < Math.min(t.size(), after + 8); y++) {
        Token ty = t.get(y);
        if (ty.isNumber() && ty.folded().length() == 4) {
          return Optional.of(sentence.textOf(after, y + 1));
        }
        if (ty.type() == Token.Type.PUNCTUATION && !ty.is("'") && !ty.is("-")) {
          break;
        }
      }
      int j = after;
      while (j < t.size() && j - after < 5 && (t.get(j).capitalized() || t.get(j).isNumber()
          || t.get(j).is("-") && j + 1 < t.size() && (t.get(j + 1).isNumber() || t.get(j + 1).capitalized()))) {
        j++;
      }
      if (j == after + 1) {
        j = frenchNameTail(context, s, j);
      }
      if (j == after + 1 && j + 1 == phrase.to() && t.get(j).isWord() && !t.get(j).capitalized()
          && !DESCRIPTIVE.contains(t.get(j).folded()) && !JOINT_QUALIFIERS.contains(t.get(j).folded())) {
        j++; // "Bouclier atlantique", "Aigle bleu": a French name's adjective ends the phrase
      }
      return Optional.of(sentence.textOf(after, j));
    }
    // "Cope India 2023, l'exercice aérien ...": a name in apposition before the noun, or before the
    // edition it is of ("Pour Shaheen VI, la sixième édition de l'exercice")
    int apposed = chunk;
    if (chunk >= 1 && phrase.marker().equals("de") && s.chunk(chunk - 1) instanceof Nominal of
        && EDITION_NOUNS.contains(t.get(of.head()).folded())) {
      apposed = chunk - 1;
    }
    if (apposed >= 2 && s.chunk(apposed - 1) instanceof Chunk.Marker m && t.get(m.from()).is(",")
        && s.chunk(apposed - 2) instanceof Nominal before) {
      int head = before.head();
      boolean numbered = false;
      for (int k = head; k < before.to(); k++) {
        numbered |= t.get(k).isNumber() || t.get(k).is("-") || isRoman(t.get(k));
      }
      // unnumbered, a known name or one of capitalized words only: "Desert Flag, le grand exercice aérien"
      boolean named = head >= 0 && context.words.exerciseNames.longestAt(t, head).isPresent();
      boolean capitalizedOnly = head >= 0 && before.to() - head >= 2 && before.determiner() == Chunk.Determiner.NONE;
      for (int k = Math.max(head, 0); capitalizedOnly && k < before.to(); k++) {
        capitalizedOnly = t.get(k).isWord() && t.get(k).capitalized() && !isNamed(context, sentence.index(), k);
      }
      if (head >= 0 && t.get(head).capitalized() && (numbered || named || capitalizedOnly) && !isNamed(context, sentence.index(), head)) {
        return Optional.of(sentence.textOf(head, before.to()));
      }
    }
    return Optional.empty();
  }

  /** Nouns of one occurrence of a recurring exercise: "la sixième édition de l'exercice". */
  private static final Set<String> EDITION_NOUNS = Set.of("edition", "editions", "session", "version", "phase", "etape", "manche");

  /** "VII", "2018", "-2018": the edition after a known name. */
  private static int edition(List<Token> t, int j) {
    if (j < t.size() && t.get(j).is("-") && j + 1 < t.size() && (t.get(j + 1).isNumber() || isRoman(t.get(j + 1)))) {
      j++;
    }
    if (j < t.size() && (t.get(j).isNumber() || isRoman(t.get(j)))) {
      j++;
    }
    return j;
  }

  private static boolean isRoman(Token token) {
    return token.isWord() && token.folded().matches("[ivxl]{1,5}") && token.capitalized();
  }

  /** "Bouclier du désert": a lower-case word right after "du", "de", "des" inside a name. */
  private static boolean afterNameWord(List<Token> t, int j) {
    return j > 0 && (t.get(j - 1).is("du") || t.get(j - 1).is("de") || t.get(j - 1).is("des") || t.get(j - 1).is("'"));
  }

  private static boolean isNameWord(List<Token> t, int j) {
    return t.get(j).isWord() && (t.get(j).is("du") || t.get(j).is("de") || t.get(j).is("des")) && j + 1 < t.size() && t.get(j + 1).isWord();
  }

  private static int trimEnd(List<Token> t, int from, int to) {
    int end = to;
    while (end > from + 1 && (t.get(end - 1).is("du") || t.get(end - 1).is("de") || t.get(end - 1).is("des") || t.get(end - 1).is("-"))) {
      end--;
    }
    return end;
  }

  private static boolean isNamed(ArticleContext context, int s, int token) {
    return context.mentions.get(s).stream().anyMatch(m -> m.from() <= token && token < m.to());
  }

  /** Whether a token is inside the name of a state, person or organization; a weapon's name may name an exercise ("les manœuvres Guaraní"). */
  private static boolean namesActor(ArticleContext context, int s, int token) {
    return context.mentions.get(s).stream()
        .anyMatch(m -> m.from() <= token && token < m.to() && !(m instanceof Mention.WeaponMention));
  }

  /** "en mer de Chine orientale", "près de la ville russe de Tcheliabinsk", "dans la région de Bechar", "à Orenbourg". */
  private static Optional<String> location(Sentence sentence, int from, int to) {
    List<Token> t = sentence.tokens();
    for (int i = from; i < Math.min(to, t.size()); i++) {
      if (t.get(i).is("ville")) {
        Optional<String> city = location(sentence, i, true);
        if (city.isPresent()) {
          return city;
        }
      }
    }
    Optional<String> named = location(sentence, from, false);
    if (named.isPresent()) {
      return named;
    }
    for (int i = from; i + 1 < Math.min(to, t.size()); i++) {
      // "se sont tenues à Orenbourg", "près de Tripoli", "au nord de Riga": a capitalized place
      int place = placeAfterPreposition(t, i);
      if (place > i && place < t.size() && t.get(place).capitalized() && t.get(place).isWord()) {
        int k = place;
        while (k < t.size() && k - place <= 2 && (t.get(k).capitalized() || t.get(k).is("-"))) {
          k++;
        }
        return Optional.of(sentence.textOf(place, k));
      }
    }
    return Optional.empty();
  }

  /** "s'est ouvert en Biélorussie", "au Nakhitchevan", "dans le Xinjiang": a land, for want of a place. */
  private static Optional<String> land(Sentence sentence, int from, int to) {
    List<Token> t = sentence.tokens();
    for (int i = from; i + 1 < Math.min(to, t.size()); i++) {
      int land = t.get(i).is("en") || t.get(i).is("au") ? i + 1
          : t.get(i).is("dans") && i + 2 < t.size() && (t.get(i + 1).is("le") || t.get(i + 1).is("la")) ? i + 2 : -1;
      if (land > i && land < t.size() && t.get(land).capitalized() && t.get(land).isWord()) {
        int k = land;
        while (k < t.size() && k - land < 3 && (t.get(k).capitalized() || t.get(k).is("-"))) {
          k++;
        }
        return Optional.of(sentence.textOf(land, k));
      }
    }
    return Optional.empty();
  }

  /**
   * The token after a preposition of place at {@code i}: "à", "près de", "non loin de", "autour
   * de", "aux environs de", "au nord de" and the other points; {@code i} when there is none.
   */
  private static int placeAfterPreposition(List<Token> t, int i) {
    if (t.get(i).is("a")) {
      return i + 1;
    }
    int j = i;
    if (t.get(j).is("non") && j + 1 < t.size() && t.get(j + 1).is("loin")) {
      j++;
    } else if ((t.get(j).is("au") || t.get(j).is("aux")) && j + 1 < t.size()
        && POINTS.contains(t.get(j + 1).folded())) {
      j++;
    }
    if (!(t.get(j).is("pres") || t.get(j).is("loin") || t.get(j).is("autour") || POINTS.contains(t.get(j).folded()) && j > i)) {
      return i;
    }
    j++;
    if (j < t.size() && (t.get(j).is("de") || t.get(j).is("d"))) {
      j++;
      if (j < t.size() && t.get(j).is("'")) {
        j++;
      }
      return j;
    }
    return i;
  }

  private static Optional<String> location(Sentence sentence, int after, boolean cityOnly) {
    List<Token> t = sentence.tokens();
    for (int i = after; i < t.size() && !(cityOnly && i > after); i++) {
      Token tok = t.get(i);
      if (tok.is("large") && i + 2 < t.size() && (t.get(i + 1).is("de") || t.get(i + 1).is("des") || t.get(i + 1).is("du"))) {
        int j = i + 2;
        while (j < t.size() && (t.get(j).is("la") || t.get(j).is("l") || t.get(j).is("'"))) {
          j++;
        }
        int k = j;
        while (k < t.size() && k - j < 4 && (t.get(k).capitalized() || t.get(k).is("-"))) {
          k++;
        }
        if (k > j) {
          return Optional.of(sentence.textOf(j, k));
        }
      }
      if (tok.is("mer") || tok.is("ocean") || tok.is("golfe") || tok.is("detroit") || tok.is("baie")) {
        int j = i + 1;
        while (j < t.size() && j - i < 6 && !SEA_NAME_END.contains(t.get(j).folded())
            && !(t.get(j).is("l") && j + 1 < t.size() && t.get(j + 1).is("'"))
            && !(j > i + 2 && t.get(j).isWord() && !t.get(j).capitalized() && !t.get(j - 1).capitalized())) {
          j++;
        }
        return Optional.of(sentence.textOf(i, j));
      }
      if ((PLACE_NOUNS.contains(tok.folded()) || tok.is("champ") && i + 2 < t.size() && t.get(i + 2).is("tir"))
          && i + 1 < t.size()) {
        for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) {
          if (t.get(j).capitalized() && t.get(j).isWord()) {
            int k = j + 1;
            while (k < t.size() && (t.get(k).capitalized() || t.get(k).is("-"))) {
              k++;
            }
            return Optional.of(sentence.textOf(j, k));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String yearOf(String name) {
    String[] words = name.split("[\\s-]+");
    return words[words.length - 1];
  }

  private static String squash(String name) {
    return name == null ? "" : FrenchText.squash(name);
  }

  private static double jaccard(Set<Country> a, Set<Country> b) {
    Set<Country> union = new LinkedHashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (Country c : a) {
      if (b.contains(c)) {
        inter++;
      }
    }
    return (double) inter / union.size();
  }
}
