package dev.entente.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.entente.identity.FactRecord;
import dev.entente.identity.FactResolver;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Document;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Relation;
import dev.entente.model.State;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable collection of documents and the facts read from them, indexed for queries.
 *
 * <p>The facts of the readings are mentions; the corpus resolves them ({@link FactResolver}) into
 * one {@link FactRecord} per real event, within each document and across documents: a treaty
 * signed in one article and in force in another is one record, with both steps in its lifecycle.
 * Queries answer on the records' merged facts, whose evidence lists every mention's evidence;
 * {@link #recordOf} and {@link #mentionsOf} give the mentions behind one. Relations are derived
 * from the merged facts, so there is one relation per pair of states and domain across all
 * documents, counting each event once. The
 * indexes (by state, by pair, by document) are built once, when the corpus is, so a query that
 * names states or documents looks only at their facts.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.of(readings);
 * ImmutableList<Relation> links = corpus.relations()
 *     .between(RUSSIA, CHINA)
 *     .inDomain(MILITARY)
 *     .list();
 * long signed = corpus.agreements().withParty(INDIA).withStatus(SIGNED).count();
 * Stream<ArmsTransfer> sales = corpus.armsTransfers().from(RUSSIA).to(INDIA).stream();
 * }</pre>
 *
 * <p>A corpus is immutable and safe to share between threads.
 */
public final class Corpus {

  private static final Corpus EMPTY = new Corpus(ImmutableList.of());

  private final ImmutableList<Reading> readings;
  private final ImmutableMap<String, Reading> readingsById;
  private final ImmutableList<FactRecord<? extends Fact>> records;
  private final ImmutableMap<Fact, FactRecord<? extends Fact>> recordsByFact;
  private final ImmutableList<Fact> facts;
  private final FactTable<Agreement> agreements;
  private final FactTable<JointExercise> exercises;
  private final FactTable<ArmsTransfer> armsTransfers;
  private final TransferRoutes transferRoutes;
  private final FactTable<Statement> statements;
  private final RelationTable relations;
  private final ImmutableSet<Country> states;
  private final ImmutableSet<Person> persons;
  private final ImmutableSet<Organization> organizations;

  private Corpus(ImmutableList<Reading> readings) {
    this.readings = readings;
    this.readingsById = indexById(readings);
    this.records = resolve(readings);
    this.recordsByFact = index(records);
    this.facts = records.stream().map(FactRecord::fact).collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<Agreement> agreements = ImmutableList.builder();
    ImmutableList.Builder<JointExercise> exercises = ImmutableList.builder();
    ImmutableList.Builder<ArmsTransfer> armsTransfers = ImmutableList.builder();
    ImmutableList.Builder<Statement> statements = ImmutableList.builder();
    for (Fact fact : facts) {
      if (fact instanceof Agreement agreement) {
        agreements.add(agreement);
      } else if (fact instanceof JointExercise exercise) {
        exercises.add(exercise);
      } else if (fact instanceof ArmsTransfer transfer) {
        armsTransfers.add(transfer);
      } else if (fact instanceof Statement statement) {
        statements.add(statement);
      }
    }
    this.agreements = FactTable.of(agreements.build());
    this.exercises = FactTable.of(exercises.build());
    this.armsTransfers = FactTable.of(armsTransfers.build());
    this.transferRoutes = TransferRoutes.of(this.armsTransfers.all());
    this.statements = FactTable.of(statements.build());
    this.relations = RelationTable.of(Relation.derive(facts));
    EnumSet<Country> states = EnumSet.noneOf(Country.class);
    ImmutableSet.Builder<Person> persons = ImmutableSet.builder();
    ImmutableSet.Builder<Organization> organizations = ImmutableSet.builder();
    for (Reading reading : readings) {
      for (Actor actor : reading.actors()) {
        if (actor instanceof State state) {
          states.add(state.code());
        } else if (actor instanceof Person person) {
          persons.add(person);
        } else if (actor instanceof Organization organization) {
          organizations.add(organization);
        }
      }
    }
    this.states = Sets.immutableEnumSet(states);
    this.persons = persons.build();
    this.organizations = organizations.build();
  }

  private static ImmutableMap<String, Reading> indexById(ImmutableList<Reading> readings) {
    Map<String, Reading> byId = new HashMap<>();
    ImmutableMap.Builder<String, Reading> ordered =
        ImmutableMap.builderWithExpectedSize(readings.size());
    for (Reading reading : readings) {
      Reading previous = byId.put(reading.id(), reading);
      checkArgument(
          previous == null,
          "document id \"%s\" occurs more than once; ids must be unique within a corpus",
          reading.id());
      ordered.put(reading.id(), reading);
    }
    return ordered.buildOrThrow();
  }

  /**
   * Returns the records of the facts of {@code readings}, resolved within and across documents,
   * in order of first appearance.
   */
  private static ImmutableList<FactRecord<? extends Fact>> resolve(ImmutableList<Reading> readings) {
    List<Fact> mentions = new ArrayList<>();
    for (Reading reading : readings) {
      mentions.addAll(reading.agreements());
      mentions.addAll(reading.exercises());
      mentions.addAll(reading.armsTransfers());
      mentions.addAll(reading.statements());
    }
    return FactResolver.standard().resolve(mentions);
  }

  /** Returns each record under its merged fact and under each of its mentions. */
  private static ImmutableMap<Fact, FactRecord<? extends Fact>> index(
      ImmutableList<FactRecord<? extends Fact>> records) {
    Map<Fact, FactRecord<? extends Fact>> byFact = new HashMap<>(records.size() * 3);
    for (FactRecord<? extends Fact> record : records) {
      byFact.put(record.fact(), record);
      for (Fact mention : record.mentions()) {
        byFact.putIfAbsent(mention, record);
      }
    }
    return ImmutableMap.copyOf(byFact);
  }

  /**
   * Returns the corpus of {@code readings}, in the order given.
   *
   * @throws NullPointerException if {@code readings} or one of them is null
   * @throws IllegalArgumentException if two readings have the same document id
   */
  public static Corpus of(Iterable<Reading> readings) {
    checkNotNull(readings, "readings");
    return new Corpus(ImmutableList.copyOf(readings));
  }

  /**
   * Returns the corpus of {@code readings}, in the order given.
   *
   * @throws NullPointerException if {@code readings} or one of them is null
   * @throws IllegalArgumentException if two readings have the same document id
   */
  public static Corpus of(Reading... readings) {
    checkNotNull(readings, "readings");
    return of(Arrays.asList(readings));
  }

  /** Returns the corpus of no document. */
  public static Corpus empty() {
    return EMPTY;
  }

  /** Returns the readings, one per document, in the order given. */
  public ImmutableList<Reading> readings() {
    return readings;
  }

  /** Returns the documents' metadata, in the order given. */
  public ImmutableList<Document> documents() {
    return readings.stream().map(Reading::document).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the reading of the document {@code id}, or empty if the corpus has no such document.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Reading> reading(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(readingsById.get(id));
  }

  /**
   * Returns the metadata of the document {@code evidence} was read from (its title, date, source
   * and address), or empty if the corpus has no such document.
   *
   * <pre>{@code
   * Optional<URI> where = corpus.documentOf(fact.evidence().get(0)).flatMap(Document::url);
   * }</pre>
   *
   * @throws NullPointerException if {@code evidence} is null
   */
  public Optional<Document> documentOf(Evidence evidence) {
    checkNotNull(evidence, "evidence");
    return reading(evidence.documentId()).map(Reading::document);
  }

  /** Returns the number of documents. */
  public int size() {
    return readings.size();
  }

  /**
   * Returns every fact of the corpus, one per real event (the merged fact of each record), in order
   * of first appearance (documents in order; within one, agreements, exercises, transfers, then
   * statements).
   */
  public ImmutableList<Fact> facts() {
    return facts;
  }

  /** Returns the record of every real event, in the order of {@link #facts()}. */
  public ImmutableList<FactRecord<? extends Fact>> records() {
    return records;
  }

  /**
   * Returns the record of {@code fact}: the record it is the merged fact of, or one of the
   * mentions of; empty if the corpus has no such fact.
   *
   * @throws NullPointerException if {@code fact} is null
   */
  @SuppressWarnings("unchecked") // a record holds facts of one kind: the kind of its mentions
  public <F extends Fact> Optional<FactRecord<F>> recordOf(F fact) {
    checkNotNull(fact, "fact");
    return Optional.ofNullable((FactRecord<F>) recordsByFact.get(fact));
  }

  /**
   * Returns the mentions of the event {@code fact} denotes, as each document read them, ordered by
   * document id and span; empty if the corpus has no such fact.
   *
   * <pre>{@code
   * Agreement treaty = corpus.agreements().withParty(RUSSIA, IRAN).first().orElseThrow();
   * corpus.mentionsOf(treaty).forEach(m -> System.out.println(m.evidence().get(0).documentId()));
   * }</pre>
   *
   * @throws NullPointerException if {@code fact} is null
   */
  public <F extends Fact> ImmutableList<F> mentionsOf(F fact) {
    return recordOf(fact).map(FactRecord::mentions).orElse(ImmutableList.of());
  }

  /** Returns the states the documents name as actors, in alpha-3 order. */
  public ImmutableSet<Country> states() {
    return states;
  }

  /** Returns the persons the documents name, each once, in order of first mention. */
  public ImmutableSet<Person> persons() {
    return persons;
  }

  /** Returns the organizations the documents name, each once, in order of first mention. */
  public ImmutableSet<Organization> organizations() {
    return organizations;
  }

  /** Returns the query of every relation of the corpus, to narrow. */
  public RelationQuery relations() {
    return new RelationQuery(this, Criteria.NONE);
  }

  /** Returns the query of every agreement of the corpus, to narrow. */
  public AgreementQuery agreements() {
    return new AgreementQuery(this, Criteria.NONE);
  }

  /** Returns the query of every joint exercise of the corpus, to narrow. */
  public ExerciseQuery exercises() {
    return new ExerciseQuery(this, Criteria.NONE);
  }

  /** Returns the query of every arms transfer of the corpus, to narrow. */
  public TransferQuery armsTransfers() {
    return new TransferQuery(this, Criteria.NONE);
  }

  /** Returns the query of every statement of the corpus, to narrow. */
  public StatementQuery statements() {
    return new StatementQuery(this, Criteria.NONE);
  }

  RelationTable relationTable() {
    return relations;
  }

  FactTable<Agreement> agreementTable() {
    return agreements;
  }

  FactTable<JointExercise> exerciseTable() {
    return exercises;
  }

  FactTable<ArmsTransfer> transferTable() {
    return armsTransfers;
  }

  TransferRoutes transferRoutes() {
    return transferRoutes;
  }

  FactTable<Statement> statementTable() {
    return statements;
  }

  /** Returns a summary such as {@code Corpus[5 documents, 42 facts, 17 relations]}. */
  @Override
  public String toString() {
    return "Corpus["
        + counted(readings.size(), "document")
        + ", "
        + counted(facts.size(), "fact")
        + ", "
        + counted(relations.all().size(), "relation")
        + "]";
  }

  private static String counted(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
