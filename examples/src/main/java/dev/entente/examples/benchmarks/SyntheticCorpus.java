package dev.entente.examples.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Document;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.FactKind;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Span;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.query.Corpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic corpus of readings, deterministic from a seed, shaped like a large news archive for
 * benchmarks: documents of 10 to 30 facts (20 on average) over 200 states whose popularity falls
 * off as in the news (the state ranked {@code k} is named about {@code 1/k} as often as the first),
 * facts grouped into sentences of one to three facts that share the sentence's text, and about 3%
 * of facts reported again by the next document (so the readings report about 1.03 facts for each
 * distinct fact of the corpus).
 *
 * <p>Every text a fact carries (subject, name, system, quote) is a fresh string cut from its
 * sentence, as a parser's would be, so memory measurements count them. Persons and organizations
 * come from a fixed pool, as a gazetteer's would.
 *
 * <pre>{@code
 * SyntheticCorpus synthetic = SyntheticCorpus.of(1_000_000, 42);
 * Corpus corpus = Corpus.of(synthetic.readings());   // 1,000,000 distinct facts
 * }</pre>
 */
public final class SyntheticCorpus {

  /** The number of states the synthetic facts are spread over. */
  public static final int STATE_COUNT = 200;

  private static final double REREPORTED = 0.03; // share of facts the next document reports again
  private static final List<String> SUBJECTS =
      List.of(
          "la coopération militaire",
          "la lutte contre le terrorisme",
          "la livraison de systèmes de défense aérienne",
          "un gazoduc transfrontalier",
          "la construction d'une centrale nucléaire",
          "l'échange de renseignements",
          "la formation des officiers",
          "la sécurité maritime",
          "un corridor économique",
          "la coopération spatiale");
  private static final List<String> EXERCISES =
      List.of("Vostok", "Mission de paix", "Joint Sea", "Zapad", "Indra", "Malabar", "Cobra Gold");
  private static final List<String> SYSTEMS =
      List.of("S-400", "Su-30MKI", "J-10C", "Rafale", "T-90", "Mi-17", "Kalibr", "AK-203", "F-16");
  private static final List<String> QUOTES =
      List.of(
          "nos relations n'ont jamais été aussi bonnes",
          "nous condamnons fermement ces manœuvres provocatrices",
          "ce partenariat stratégique ne vise aucun pays tiers",
          "nous sommes prêts à approfondir notre coopération militaire",
          "la sécurité de la région exige un dialogue franc");
  private static final List<String> FIRST_NAMES =
      List.of("Sergueï", "Wang", "Ahmed", "Maria", "Jean", "Ravi", "Olga", "Kim", "Ana", "Yusuf");
  private static final List<String> SURNAMES =
      List.of("Petrov", "Li", "Haddad", "Silva", "Martin", "Sharma", "Ivanova", "Park", "Costa");
  private static final List<Organization> ORGANIZATIONS =
      List.of(
          Organization.of("Organisation de coopération de Shanghai").withAcronym("OCS"),
          Organization.of("Organisation du traité de l'Atlantique Nord").withAcronym("OTAN"),
          Organization.of("Organisation des Nations unies").withAcronym("ONU"));
  private static final Domain[] DOMAINS_BY_WEIGHT = weighted();
  private static final double[] POPULARITY = cumulativePopularity();

  private final int factCount;
  private final long seed;
  private final ImmutableList<Country> states;
  private final ImmutableList<Reading> readings;

  private SyntheticCorpus(int factCount, long seed) {
    this.factCount = factCount;
    this.seed = seed;
    Random random = new Random(seed);
    this.states = pickStates(random);
    this.readings = new Generator(random, states).readings(factCount);
  }

  /**
   * Returns the synthetic corpus of {@code facts} distinct facts drawn from {@code seed}; the same
   * arguments give equal readings.
   *
   * @throws IllegalArgumentException if {@code facts} is negative
   */
  public static SyntheticCorpus of(int facts, long seed) {
    checkArgument(facts >= 0, "the number of facts must not be negative, got %s", facts);
    return new SyntheticCorpus(facts, seed);
  }

  /** Returns the readings, one per document, in order. */
  public ImmutableList<Reading> readings() {
    return readings;
  }

  /** Returns the 200 states, the most often named first. */
  public ImmutableList<Country> states() {
    return states;
  }

  /** Returns the number of distinct facts the readings report. */
  public int factCount() {
    return factCount;
  }

  /** Returns the seed the corpus was drawn from. */
  public long seed() {
    return seed;
  }

  /** Returns the corpus of the readings, built anew on each call. */
  public Corpus corpus() {
    return Corpus.of(readings);
  }

  /**
   * Returns the index, in {@link #states()}, of a state drawn with the corpus's popularity (the
   * state at index {@code k} about {@code 1/(k+1)} as often as the first).
   */
  public static int popularIndex(Random random) {
    int found = Arrays.binarySearch(POPULARITY, random.nextDouble());
    return Math.min(found >= 0 ? found : -found - 1, STATE_COUNT - 1);
  }

  /** Returns a domain drawn with the corpus's weights (military most often). */
  public static Domain popularDomain(Random random) {
    return DOMAINS_BY_WEIGHT[random.nextInt(DOMAINS_BY_WEIGHT.length)];
  }

  @Override
  public String toString() {
    return "SyntheticCorpus["
        + factCount
        + " facts, seed "
        + seed
        + ", "
        + readings.size()
        + " documents]";
  }

  /** Returns the major states first (in a seeded order), then others up to 200. */
  private static ImmutableList<Country> pickStates(Random random) {
    List<Country> major =
        new ArrayList<>(
            List.of(
                Country.RUSSIA,
                Country.CHINA,
                Country.UNITED_STATES,
                Country.INDIA,
                Country.FRANCE,
                Country.IRAN,
                Country.TURKEY,
                Country.PAKISTAN,
                Country.NORTH_KOREA,
                Country.UKRAINE,
                Country.JAPAN,
                Country.GERMANY,
                Country.UNITED_KINGDOM,
                Country.ISRAEL,
                Country.SAUDI_ARABIA));
    Collections.shuffle(major, random);
    List<Country> others = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(major)));
    Collections.shuffle(others, random);
    major.addAll(others.subList(0, STATE_COUNT - major.size()));
    return ImmutableList.copyOf(major);
  }

  private static Domain[] weighted() {
    List<Domain> domains = new ArrayList<>();
    int[] weights = {45, 15, 5, 6, 10, 12, 3, 2, 2}; // in Domain order
    for (Domain domain : Domain.values()) {
      domains.addAll(Collections.nCopies(weights[domain.ordinal()], domain));
    }
    return domains.toArray(Domain[]::new);
  }

  /** Returns the cumulative probabilities of the state indexes, {@code 1/(k+1)} normalized. */
  private static double[] cumulativePopularity() {
    double[] cumulative = new double[STATE_COUNT];
    double sum = 0;
    for (int k = 0; k < STATE_COUNT; k++) {
      sum += 1.0 / (k + 1);
      cumulative[k] = sum;
    }
    for (int k = 0; k < STATE_COUNT; k++) {
      cumulative[k] /= sum;
    }
    return cumulative;
  }

  /** Generates the readings; holds the draws' state while it does. */
  private static final class Generator {
    private final Random random;
    private final ImmutableList<Country> states;
    private final List<List<Person>> personsByState = new ArrayList<>();
    private final Set<Long> contents = new HashSet<>(); // hashes of the facts already drawn
    private List<Fact> toReportAgain = new ArrayList<>();

    Generator(Random random, ImmutableList<Country> states) {
      this.random = random;
      this.states = states;
      for (Country state : states) {
        Set<String> names = new LinkedHashSet<>(); // distinct: a speaker is known by name and state
        while (names.size() < 3) {
          names.add(pick(FIRST_NAMES) + " " + pick(SURNAMES));
        }
        List<Person> persons = new ArrayList<>();
        for (String name : names) {
          persons.add(
              Person.of(name, state).withRole(persons.isEmpty() ? "président" : "ministre"));
        }
        personsByState.add(persons);
      }
    }

    ImmutableList<Reading> readings(int factCount) {
      ImmutableList.Builder<Reading> readings = ImmutableList.builder();
      int drawn = 0;
      int document = 0;
      while (drawn < factCount) {
        int size = Math.min(10 + random.nextInt(21), factCount - drawn);
        readings.add(reading(String.format("syn-%07d", document++), size));
        drawn += size;
      }
      return readings.build();
    }

    /**
     * Returns a reading that first reports again the facts the previous document marked for it,
     * then {@code size} new facts.
     */
    private Reading reading(String id, int size) {
      List<Fact> facts = new ArrayList<>(size + toReportAgain.size());
      int offset = 0;
      for (Fact old : toReportAgain) {
        String sentence = "Comme annoncé précédemment, " + old.evidence().get(0).sentence();
        Evidence evidence =
            new Evidence(
                id,
                Span.of(offset, offset + sentence.length()),
                sentence,
                ruleOf(old.factKind()),
                confidence());
        facts.add(old.withEvidence(List.of(evidence)));
        offset += sentence.length() + 1;
      }
      toReportAgain = new ArrayList<>();
      for (int fresh = 0; fresh < size; ) {
        int inSentence = Math.min(sentenceSize(), size - fresh);
        offset = sentence(id, inSentence, offset, facts);
        fresh += inSentence;
      }
      Set<Actor> actors = new LinkedHashSet<>();
      for (Fact fact : facts) {
        fact.states().forEach(state -> actors.add(State.of(state)));
        if (fact instanceof Statement statement) {
          actors.add(statement.speaker());
        }
      }
      PartialDate published =
          PartialDate.ofDay(
              2000 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
      return Reading.builder(
              Document.of(id)
                  .withTitle("Dépêche " + id)
                  .withPublished(published)
                  .withSource("synthetique.example"))
          .actors(actors)
          .agreements(only(facts, Agreement.class))
          .exercises(only(facts, JointExercise.class))
          .armsTransfers(only(facts, ArmsTransfer.class))
          .statements(only(facts, Statement.class))
          .build();
    }

    private int sentenceSize() {
      int roll = random.nextInt(10);
      return roll < 6 ? 1 : roll < 9 ? 2 : 3;
    }

    private double confidence() {
      return 0.5 + random.nextInt(6) / 10.0;
    }

    /**
     * Draws {@code n} facts told by one sentence starting at {@code offset}, adds them to {@code
     * facts}, and returns the offset after the sentence.
     */
    private int sentence(String id, int n, int offset, List<Fact> facts) {
      List<Draw> draws = new ArrayList<>(n);
      List<Span> clauses = new ArrayList<>(n);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < n; i++) {
        Draw draw = draw();
        if (i > 0) {
          text.append(i == 1 ? ", tandis que " : " et ");
        }
        int start = text.length();
        text.append(draw.clause());
        draws.add(draw);
        clauses.add(Span.of(start, text.length()));
      }
      text.append(", selon une source diplomatique citée par l'agence.");
      String sentence = text.toString(); // one string, shared by the facts of the sentence
      for (int i = 0; i < n; i++) {
        Draw draw = draws.get(i);
        Span clause = clauses.get(i);
        Evidence evidence =
            new Evidence(
                id,
                Span.of(offset + clause.start(), offset + clause.end()),
                sentence,
                ruleOf(draw.kind()),
                confidence());
        Fact fact = draw.maker().make(sentence, clause.start(), evidence);
        facts.add(fact);
        if (random.nextDouble() < REREPORTED) {
          toReportAgain.add(fact);
        }
      }
      return offset + sentence.length() + 1;
    }

    private static String ruleOf(FactKind kind) {
      return switch (kind) {
        case AGREEMENT -> "AgreementRule";
        case EXERCISE -> "ExerciseRule";
        case TRANSFER -> "TransferRule";
        case STATEMENT -> "StatementRule";
      };
    }

    /** Returns a new fact's content, different from that of every fact drawn before. */
    private Draw draw() {
      while (true) {
        int roll = random.nextInt(100);
        Draw draw =
            roll < 30 ? agreement() : roll < 45 ? exercise() : roll < 70 ? transfer() : statement();
        if (contents.add(draw.content())) {
          return draw;
        }
      }
    }

    private Draw agreement() {
      List<Country> parties = distinctStates(random.nextInt(5) == 0 ? 3 + random.nextInt(2) : 2);
      AgreementKind kind = pick(AgreementKind.values());
      EnumSet<Domain> domains = domains(random.nextInt(4) == 0 ? 2 : 1);
      AgreementStatus status = pick(AgreementStatus.values());
      PartialDate date = date();
      int subject = random.nextInt(SUBJECTS.size());
      String subjectText = SUBJECTS.get(subject);
      String clause =
          names(parties)
              + " ont conclu un "
              + kind.name().toLowerCase(Locale.ROOT)
              + " sur "
              + subjectText
              + when(date);
      long content =
          hash(0, parties, kind.ordinal(), bits(domains), status.ordinal(), date, subject);
      return new Draw(
          FactKind.AGREEMENT,
          clause,
          content,
          (sentence, at, evidence) ->
              Agreement.builder()
                  .parties(parties)
                  .kind(kind)
                  .domains(domains)
                  .status(status)
                  .date(date)
                  .subject(cut(sentence, at, subjectText))
                  .evidence(evidence)
                  .build());
    }

    private Draw exercise() {
      List<Country> participants = distinctStates(random.nextInt(4) == 0 ? 3 : 2);
      PartialDate start = date();
      int year = start == null ? 2000 + random.nextInt(25) : start.year();
      String nameText = pick(EXERCISES) + " " + year;
      PartialDate end =
          start != null && start.precision() == PartialDate.Precision.DAY
              ? PartialDate.from(start.firstDay().plusDays(random.nextInt(15)))
              : null;
      boolean security = random.nextInt(10) == 0;
      String clause =
          "les forces de "
              + names(participants)
              + " ont lancé l'exercice "
              + nameText
              + when(start);
      long content = hash(1, participants, nameText, security ? 1 : 0, start, end);
      return new Draw(
          FactKind.EXERCISE,
          clause,
          content,
          (sentence, at, evidence) ->
              JointExercise.builder()
                  .name(cut(sentence, at, nameText))
                  .participants(participants)
                  .domains(
                      security
                          ? EnumSet.of(Domain.MILITARY, Domain.SECURITY)
                          : EnumSet.of(Domain.MILITARY))
                  .start(start)
                  .end(end)
                  .evidence(evidence)
                  .build());
    }

    private Draw transfer() {
      List<Country> ends = distinctStates(2);
      Country supplier = ends.get(0);
      Country recipient = ends.get(1);
      int system = random.nextInt(SYSTEMS.size());
      String systemText = SYSTEMS.get(system);
      SystemCategory category = pick(SystemCategory.values());
      int quantity = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(48);
      TransferStatus status = pick(TransferStatus.values());
      PartialDate date = date();
      String clause =
          recipient.frenchName()
              + " a obtenu de "
              + supplier.frenchName()
              + " "
              + (quantity == 0 ? "des" : String.valueOf(quantity))
              + " "
              + systemText
              + when(date);
      long content =
          hash(
              2,
              ends,
              supplier.ordinal(),
              system,
              category.ordinal(),
              quantity,
              status.ordinal(),
              date);
      return new Draw(
          FactKind.TRANSFER,
          clause,
          content,
          (sentence, at, evidence) ->
              ArmsTransfer.builder()
                  .supplier(supplier)
                  .recipient(recipient)
                  .system(cut(sentence, at, systemText))
                  .category(category)
                  .quantity(quantity == 0 ? OptionalInt.empty() : OptionalInt.of(quantity))
                  .status(status)
                  .date(date)
                  .evidence(evidence)
                  .build());
    }

    private Draw statement() {
      int roll = random.nextInt(20);
      int state = popularIndex(random);
      int person = random.nextInt(3);
      int organization = random.nextInt(ORGANIZATIONS.size());
      Actor speaker =
          roll < 12
              ? personsByState.get(state).get(person)
              : roll < 18 ? State.of(states.get(state)) : ORGANIZATIONS.get(organization);
      int speakerId =
          roll < 12 ? state * 3 + person : roll < 18 ? 1000 + state : 2000 + organization;
      List<Country> about = distinctStates(random.nextInt(4) == 0 ? 2 : 1);
      EnumSet<Domain> domains = domains(random.nextInt(4) == 0 ? 2 : 1);
      PartialDate date = date();
      int quote = random.nextInt(QUOTES.size());
      String quoteText = QUOTES.get(quote);
      String clause =
          speaker.name()
              + " a déclaré à propos de "
              + names(about)
              + " : « "
              + quoteText
              + " »"
              + when(date);
      long content = hash(3, about, speakerId, bits(domains), quote, date);
      return new Draw(
          FactKind.STATEMENT,
          clause,
          content,
          (sentence, at, evidence) ->
              Statement.builder()
                  .speaker(speaker)
                  .quote(cut(sentence, at, quoteText))
                  .about(about)
                  .domains(domains)
                  .date(date)
                  .evidence(evidence)
                  .build());
    }

    /** Returns {@code n} distinct states drawn by popularity. */
    private List<Country> distinctStates(int n) {
      Set<Country> drawn = new LinkedHashSet<>();
      while (drawn.size() < n) {
        drawn.add(states.get(popularIndex(random)));
      }
      return List.copyOf(drawn);
    }

    private EnumSet<Domain> domains(int n) {
      EnumSet<Domain> domains = EnumSet.noneOf(Domain.class);
      while (domains.size() < n) {
        domains.add(popularDomain(random));
      }
      return domains;
    }

    /** Returns a date between 2000 and 2024, at any precision, or null one time in twelve. */
    private PartialDate date() {
      if (random.nextInt(12) == 0) {
        return null;
      }
      int year = 2000 + random.nextInt(25);
      int roll = random.nextInt(10);
      return roll < 3
          ? PartialDate.ofYear(year)
          : roll < 7
              ? PartialDate.ofMonth(year, 1 + random.nextInt(12))
              : PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static String when(PartialDate date) {
      return date == null ? "" : " (" + date + ")";
    }

    private static String names(List<Country> states) {
      StringBuilder names = new StringBuilder();
      for (int i = 0; i < states.size(); i++) {
        if (i > 0) {
          names.append(i == states.size() - 1 ? " et " : ", ");
        }
        names.append(states.get(i).frenchName());
      }
      return names.toString();
    }

    /** Returns a fresh copy of {@code text}, cut from the sentence where its clause holds it. */
    private static String cut(String sentence, int clauseStart, String text) {
      int at = sentence.indexOf(text, clauseStart);
      return sentence.substring(at, at + text.length());
    }

    private static int bits(EnumSet<Domain> domains) {
      int bits = 0;
      for (Domain domain : domains) {
        bits |= 1 << domain.ordinal();
      }
      return bits;
    }

    /**
     * Returns a 64-bit hash of a fact's content (parts are ints, strings and dates, whose hashes
     * are the same on every run): equal contents give equal hashes, so no fact is drawn twice;
     * distinct contents almost never collide, and a collision only costs a redraw.
     */
    private static long hash(int kind, List<Country> states, Object... parts) {
      long set = 0;
      for (Country state : states) {
        set += mix(state.ordinal() + 1); // a sum, so the order of the states does not matter
      }
      long h = mix(kind * 31L + set);
      for (Object part : parts) {
        h = mix(h * 31 + (part == null ? 0 : part.hashCode()));
      }
      return h;
    }

    private static long mix(long z) { // SplitMix64's finalizer
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return z ^ (z >>> 31);
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private static <F> List<F> only(List<Fact> facts, Class<F> kind) {
      List<F> only = new ArrayList<>();
      for (Fact fact : facts) {
        if (kind.isInstance(fact)) {
          only.add(kind.cast(fact));
        }
      }
      return only;
    }

    /** A drawn fact before its sentence is written: its kind, clause, content hash and maker. */
    private record Draw(FactKind kind, String clause, long content, FactMaker maker) {}

    /** Makes a drawn fact once the sentence that tells it, and so its evidence, is known. */
    private interface FactMaker {
      Fact make(String sentence, int clauseStart, Evidence evidence);
    }
  }
}
