package dev.entente.table;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.entente.table.Column.optional;
import static dev.entente.table.Column.required;
import static dev.entente.table.ColumnType.DOUBLE;
import static dev.entente.table.ColumnType.INTEGER;
import static dev.entente.table.ColumnType.TEXT;
import static dev.entente.table.ColumnType.TEXT_LIST;

import com.google.common.collect.ImmutableList;
import dev.entente.identity.Disagreement;
import dev.entente.identity.Disagreement.Claim;
import dev.entente.identity.FactRecord;
import dev.entente.identity.StatusStep;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Document;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Relation;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.query.Corpus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * A corpus as typed tables, one per kind of record, with keys between them, for CSV files, data
 * frames and databases:
 *
 * <ul>
 *   <li>{@code documents}: one row per document, its metadata;
 *   <li>{@code facts}: one row per fact of any kind, the key the tables below reference;
 *   <li>{@code actors}: the states, persons and organizations each document names;
 *   <li>{@code agreements}, {@code exercises}, {@code transfers}, {@code statements}: one row per
 *       fact of that kind, with its own columns (a transfer's supplier and recipient apart);
 *   <li>{@code participants}: who takes part in each fact and how (party, participant, supplier,
 *       recipient, speaker, addressee), states and organizations alike;
 *   <li>{@code relations}: one row per pair of states and domain, with its fact ids and first and
 *       last dates;
 *   <li>{@code evidence}: where each fact was read: document, span, sentence, rule, confidence;
 *   <li>{@code lifecycle}: the steps each agreement's or transfer's record reached (signed,
 *       ratified, delivered in 2021), with where each step was read;
 *   <li>{@code disagreements}: the values the documents of one record give differently for one
 *       attribute (two quantities, two dates of a signature), with the documents that give each.
 * </ul>
 *
 * <pre>{@code
 * CorpusTables tables = CorpusTables.of(corpus);
 * tables.writeCsv(Path.of("tables"), false);   // tables/documents.csv, tables/transfers.csv, ...
 * DataTable transfers = tables.transfers();
 * }</pre>
 *
 * <p>States are alpha-3 codes, enum values their constant names, dates partial ISO-8601 text with
 * their year in an integer column beside them. Every table and column is documented in its {@link
 * DataTable#description()} and {@link Column#description()}, and in the README. Immutable.
 */
public final class CorpusTables {

  /** How a list is written in one CSV field: items separated by a semicolon. */
  public static final String LIST_SEPARATOR = ";";

  private final DataTable documents;
  private final DataTable facts;
  private final DataTable actors;
  private final DataTable agreements;
  private final DataTable participants;
  private final DataTable exercises;
  private final DataTable transfers;
  private final DataTable statements;
  private final DataTable relations;
  private final DataTable evidence;
  private final DataTable lifecycle;
  private final DataTable disagreements;

  private CorpusTables(Corpus corpus) {
    // a fact's id hashes its content: compute it once per fact, not once per table and relation
    Map<Fact, String> known = new IdentityHashMap<>(corpus.facts().size() * 4 / 3 + 1);
    corpus.facts().forEach(f -> known.put(f, f.id()));
    Function<Fact, String> ids = f -> known.computeIfAbsent(f, Fact::id);
    this.documents = documents(corpus);
    this.facts = facts(corpus.facts(), ids);
    this.actors = actors(corpus.readings());
    this.agreements = agreements(corpus.agreements().list(), ids);
    this.participants = participants(corpus.facts(), ids);
    this.exercises = exercises(corpus.exercises().list(), ids);
    this.transfers = transfers(corpus.armsTransfers().list(), ids);
    this.statements = statements(corpus.statements().list(), ids);
    this.relations = relations(corpus.relations().list(), ids);
    this.evidence = evidence(corpus.facts(), ids);
    this.lifecycle = lifecycle(corpus.records(), ids);
    this.disagreements = disagreements(corpus.records(), ids);
  }

  /**
   * Returns the tables of {@code corpus}.
   *
   * @throws NullPointerException if {@code corpus} is null
   */
  public static CorpusTables of(Corpus corpus) {
    return new CorpusTables(checkNotNull(corpus, "corpus"));
  }

  /**
   * Returns every table, each before the tables that reference it: documents, facts, actors,
   * agreements, participants, exercises, transfers, statements, relations, evidence, lifecycle,
   * disagreements.
   */
  public ImmutableList<DataTable> all() {
    return ImmutableList.of(
        documents, facts, actors, agreements, participants, exercises, transfers, statements,
        relations, evidence, lifecycle, disagreements);
  }

  /** Returns one row per document: id, title, publication date and year, source, url, language. */
  public DataTable documents() {
    return documents;
  }

  /** Returns one row per fact: id, kind, date, year, states, domains, documents reporting it. */
  public DataTable facts() {
    return facts;
  }

  /** Returns the actors each document names, in order of first mention. */
  public DataTable actors() {
    return actors;
  }

  /** Returns one row per agreement. */
  public DataTable agreements() {
    return agreements;
  }

  /** Returns one row per state or organization taking part in a fact, with its role. */
  public DataTable participants() {
    return participants;
  }

  /** Returns one row per joint exercise. */
  public DataTable exercises() {
    return exercises;
  }

  /** Returns one row per arms transfer. */
  public DataTable transfers() {
    return transfers;
  }

  /** Returns one row per statement. */
  public DataTable statements() {
    return statements;
  }

  /** Returns one row per relation: pair of states and domain. */
  public DataTable relations() {
    return relations;
  }

  /** Returns one row per piece of evidence of each fact. */
  public DataTable evidence() {
    return evidence;
  }

  /** Returns one row per piece of evidence of each step of each record's lifecycle. */
  public DataTable lifecycle() {
    return lifecycle;
  }

  /** Returns one row per value of each attribute that a record's documents disagree on. */
  public DataTable disagreements() {
    return disagreements;
  }

  /**
   * Writes each table to {@code folder} as {@code NAME.csv} (see {@link DataTable#writeCsv}),
   * creating the folder if needed, and returns the files written.
   *
   * @throws NullPointerException if {@code folder} is null
   * @throws IOException if a file cannot be written
   */
  public ImmutableList<Path> writeCsv(Path folder, boolean bom) throws IOException {
    checkNotNull(folder, "folder");
    Files.createDirectories(folder);
    ImmutableList.Builder<Path> written = ImmutableList.builder();
    for (DataTable table : all()) {
      Path file = folder.resolve(table.name() + ".csv");
      try (OutputStream out = Files.newOutputStream(file)) {
        table.writeCsv(out, bom);
      }
      written.add(file);
    }
    return written.build();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CorpusTables[");
    for (DataTable table : all()) {
      text.append(text.length() > 13 ? ", " : "").append(table.name()).append(' ').append(table.size());
    }
    return text.append(']').toString();
  }

  // ---- the tables, each also from a list of values (the results of a query)

  /** Returns the documents table of {@code corpus}. */
  static DataTable documents(Corpus corpus) {
    DataTable.Builder table =
        DataTable.builder("documents", "one row per document: its metadata")
            .column(required("document_id", TEXT, "the document's id, unique in the corpus"))
            .column(optional("title", TEXT, "its title"))
            .column(optional("published", TEXT, "its publication date, partial ISO-8601 (2021, 2021-12, 2021-12-06)"))
            .column(optional("published_year", INTEGER, "the year of its publication date"))
            .column(optional("source", TEXT, "the newsroom, agency or site it comes from"))
            .column(optional("url", TEXT, "the address it was published at"))
            .column(optional("language", TEXT, "its language, a BCP 47 tag such as fr"))
            .column(required("facts", INTEGER, "how many facts were read from it"))
            .primaryKey("document_id");
    for (Reading reading : corpus.readings()) {
      Document d = reading.document();
      table.row(
          d.id(),
          d.title().orElse(null),
          date(d.published()),
          year(d.published()),
          d.source().orElse(null),
          d.url().map(Object::toString).orElse(null),
          d.language().orElse(null),
          (long) reading.facts().size());
    }
    return table.build();
  }

  /**
   * Returns the facts table of {@code facts}: one row per fact, the key the other fact tables
   * reference.
   *
   * @throws NullPointerException if {@code facts} or one of them is null
   */
  public static DataTable facts(Iterable<? extends Fact> facts) {
    return facts(checkNotNull(facts, "facts"), Fact::id);
  }

  private static DataTable facts(Iterable<? extends Fact> facts, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("facts", "one row per fact of any kind")
            .column(required("fact_id", TEXT, "the fact's id, derived from its content"))
            .column(required("kind", TEXT, "AGREEMENT, EXERCISE, TRANSFER or STATEMENT"))
            .column(optional("date", TEXT, "its date, partial ISO-8601"))
            .column(optional("year", INTEGER, "the year of its date"))
            .column(required("states", TEXT_LIST, "the states it involves, alpha-3 codes"))
            .column(required("domains", TEXT_LIST, "its domains, such as MILITARY"))
            .column(required("documents", INTEGER, "how many documents report it"))
            .primaryKey("fact_id");
    for (Fact fact : facts) {
      table.row(
          ids.apply(fact),
          fact.factKind().name(),
          date(fact.date()),
          year(fact.date()),
          codes(fact.states()),
          names(fact.domains()),
          fact.evidence().stream().map(Evidence::documentId).distinct().count());
    }
    return table.build();
  }

  static DataTable actors(Iterable<Reading> readings) {
    DataTable.Builder table =
        DataTable.builder("actors", "one row per actor a document names, in order of first mention")
            .column(required("document_id", TEXT, "the document that names it"))
            .column(required("position", INTEGER, "its rank among the document's actors, from 1"))
            .column(required("kind", TEXT, "STATE, PERSON or ORGANIZATION"))
            .column(required("name", TEXT, "its name: a state's French name, a person's full name"))
            .column(optional("state", TEXT, "a state's code; the state of a person or organization"))
            .column(optional("role", TEXT, "a person's role, such as ministre de la défense"))
            .column(optional("acronym", TEXT, "an organization's acronym"))
            .column(required("aliases", TEXT_LIST, "other names of a person or organization"))
            .primaryKey("document_id", "position")
            .foreignKey("document_id", "documents", "document_id");
    for (Reading reading : readings) {
      long position = 0;
      for (Actor actor : reading.actors()) {
        position++;
        if (actor instanceof State state) {
          table.row(reading.id(), position, "STATE", state.name(), state.code().alpha3(), null, null, ImmutableList.of());
        } else if (actor instanceof Person person) {
          table.row(reading.id(), position, "PERSON", person.name(), code(person.country()),
              person.role().orElse(null), null, ImmutableList.copyOf(person.aliases()));
        } else if (actor instanceof Organization org) {
          table.row(reading.id(), position, "ORGANIZATION", org.name(), code(org.country()), null,
              org.acronym().orElse(null), ImmutableList.copyOf(org.aliases()));
        }
      }
    }
    return table.build();
  }

  /**
   * Returns the agreements table of {@code agreements}.
   *
   * @throws NullPointerException if {@code agreements} or one of them is null
   */
  public static DataTable agreements(Iterable<Agreement> agreements) {
    return agreements(checkNotNull(agreements, "agreements"), Fact::id);
  }

  private static DataTable agreements(Iterable<Agreement> agreements, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("agreements", "one row per agreement between states and organizations")
            .column(required("agreement_id", TEXT, "the fact id of the agreement"))
            .column(required("kind", TEXT, "TREATY, CONTRACT, MEMORANDUM, ACCORD or ARRANGEMENT"))
            .column(required("status", TEXT, "PROPOSED, NEGOTIATING, AGREED, SIGNED, RATIFIED, IN_FORCE, SUSPENDED or TERMINATED"))
            .column(optional("date", TEXT, "its date, partial ISO-8601"))
            .column(optional("year", INTEGER, "the year of its date"))
            .column(required("parties", TEXT_LIST, "the states party to it, alpha-3 codes"))
            .column(required("organizations", TEXT_LIST, "the organizations party to it, by name"))
            .column(required("domains", TEXT_LIST, "its domains"))
            .column(optional("subject", TEXT, "what it is about, as the article says"))
            .column(optional("duration", TEXT, "how long it runs, an ISO-8601 period such as P20Y"))
            .primaryKey("agreement_id")
            .foreignKey("agreement_id", "facts", "fact_id");
    for (Agreement a : agreements) {
      table.row(
          ids.apply(a), a.kind().name(), a.status().name(), date(a.date()), year(a.date()),
          codes(a.parties()), organizations(a.organizations()), names(a.domains()),
          a.subject().orElse(null), a.duration().map(Object::toString).orElse(null));
    }
    return table.build();
  }

  /**
   * Returns the participants table of {@code facts}: for each fact, each state and organization
   * that takes part in it, with its role.
   *
   * @throws NullPointerException if {@code facts} or one of them is null
   */
  public static DataTable participants(Iterable<? extends Fact> facts) {
    return participants(checkNotNull(facts, "facts"), Fact::id);
  }

  private static DataTable participants(Iterable<? extends Fact> facts, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("participants", "one row per state or organization taking part in a fact")
            .column(required("fact_id", TEXT, "the fact"))
            .column(required("role", TEXT, "PARTY (agreement), PARTICIPANT (exercise), SUPPLIER or RECIPIENT (transfer), SPEAKER or ADDRESSEE (statement)"))
            .column(optional("state", TEXT, "the state, an alpha-3 code; for an organization, its state if it has one"))
            .column(optional("organization", TEXT, "the organization's name, for an organization"))
            .column(optional("person", TEXT, "the person's name, for a speaker who is a person"))
            .foreignKey("fact_id", "facts", "fact_id");
    for (Fact fact : facts) {
      String id = ids.apply(fact);
      if (fact instanceof Agreement a) {
        a.parties().forEach(c -> table.row(id, "PARTY", c.alpha3(), null, null));
        a.organizations().forEach(o -> table.row(id, "PARTY", code(o.country()), o.name(), null));
      } else if (fact instanceof JointExercise e) {
        e.participants().forEach(c -> table.row(id, "PARTICIPANT", c.alpha3(), null, null));
        e.organizations().forEach(o -> table.row(id, "PARTICIPANT", code(o.country()), o.name(), null));
      } else if (fact instanceof ArmsTransfer t) {
        table.row(id, "SUPPLIER", t.supplier().alpha3(), null, null);
        table.row(id, "RECIPIENT", t.recipient().alpha3(), null, null);
      } else if (fact instanceof Statement s) {
        Actor speaker = s.speaker();
        table.row(id, "SPEAKER", code(speaker.country()),
            speaker instanceof Organization o ? o.name() : null,
            speaker instanceof Person p ? p.name() : null);
        s.about().forEach(c -> table.row(id, "ADDRESSEE", c.alpha3(), null, null));
      }
    }
    return table.build();
  }

  /**
   * Returns the exercises table of {@code exercises}.
   *
   * @throws NullPointerException if {@code exercises} or one of them is null
   */
  public static DataTable exercises(Iterable<JointExercise> exercises) {
    return exercises(checkNotNull(exercises, "exercises"), Fact::id);
  }

  private static DataTable exercises(Iterable<JointExercise> exercises, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("exercises", "one row per joint exercise or patrol")
            .column(required("exercise_id", TEXT, "the fact id of the exercise"))
            .column(optional("name", TEXT, "its name, such as Mission de paix 2018"))
            .column(required("participants", TEXT_LIST, "the states taking part, alpha-3 codes"))
            .column(required("organizations", TEXT_LIST, "the organizations taking part, by name"))
            .column(required("domains", TEXT_LIST, "its domains"))
            .column(optional("location", TEXT, "where it takes place"))
            .column(optional("start", TEXT, "when it starts, partial ISO-8601"))
            .column(optional("start_year", INTEGER, "the year it starts"))
            .column(optional("end", TEXT, "when it ends, partial ISO-8601"))
            .column(optional("forces", TEXT, "the forces engaged, as the article says"))
            .primaryKey("exercise_id")
            .foreignKey("exercise_id", "facts", "fact_id");
    for (JointExercise e : exercises) {
      table.row(
          ids.apply(e), e.name().orElse(null), codes(e.participants()), organizations(e.organizations()),
          names(e.domains()), e.location().orElse(null), date(e.start()), year(e.start()),
          date(e.end()), e.forces().orElse(null));
    }
    return table.build();
  }

  /**
   * Returns the transfers table of {@code transfers}: supplier and recipient in their own columns.
   *
   * @throws NullPointerException if {@code transfers} or one of them is null
   */
  public static DataTable transfers(Iterable<ArmsTransfer> transfers) {
    return transfers(checkNotNull(transfers, "transfers"), Fact::id);
  }

  private static DataTable transfers(Iterable<ArmsTransfer> transfers, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("transfers", "one row per arms transfer, from a supplier to a recipient")
            .column(required("transfer_id", TEXT, "the fact id of the transfer"))
            .column(required("supplier", TEXT, "the supplying state, an alpha-3 code"))
            .column(required("recipient", TEXT, "the receiving state, an alpha-3 code"))
            .column(optional("system", TEXT, "the weapon system as the article writes it, such as VT-1A"))
            .column(optional("canonical_system", TEXT, "the catalogue's name for it where it differs, such as MBT-2000"))
            .column(optional("category", TEXT, "its category, such as AIR_DEFENCE"))
            .column(optional("quantity", INTEGER, "how many, when the article says"))
            .column(required("status", TEXT, "REQUESTED, NEGOTIATING, ORDERED, LICENSED_PRODUCTION or DELIVERED"))
            .column(optional("date", TEXT, "its date, partial ISO-8601"))
            .column(optional("year", INTEGER, "the year of its date"))
            .primaryKey("transfer_id")
            .foreignKey("transfer_id", "facts", "fact_id");
    for (ArmsTransfer t : transfers) {
      table.row(
          ids.apply(t), t.supplier().alpha3(), t.recipient().alpha3(), t.system().orElse(null),
          t.canonicalSystem().orElse(null),
          t.category().map(Enum::name).orElse(null),
          t.quantity().isPresent() ? (Long) (long) t.quantity().getAsInt() : null,
          t.status().name(), date(t.date()), year(t.date()));
    }
    return table.build();
  }

  /**
   * Returns the statements table of {@code statements}.
   *
   * @throws NullPointerException if {@code statements} or one of them is null
   */
  public static DataTable statements(Iterable<Statement> statements) {
    return statements(checkNotNull(statements, "statements"), Fact::id);
  }

  private static DataTable statements(Iterable<Statement> statements, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("statements", "one row per statement: who said what, about whom")
            .column(required("statement_id", TEXT, "the fact id of the statement"))
            .column(required("speaker", TEXT, "who spoke: a person's, organization's or state's name"))
            .column(required("speaker_kind", TEXT, "STATE, PERSON or ORGANIZATION"))
            .column(optional("speaker_state", TEXT, "the speaker's state, an alpha-3 code"))
            .column(optional("speaker_role", TEXT, "a person's role"))
            .column(required("about", TEXT_LIST, "the states spoken about or addressed"))
            .column(required("domains", TEXT_LIST, "its domains"))
            .column(
                required(
                    "narrowed",
                    TEXT_LIST,
                    "the states it links in only some of its domains, each with one of those"
                        + " domains, such as IRN:NUCLEAR; the other states are linked in every domain"))
            .column(optional("date", TEXT, "when it was said, partial ISO-8601"))
            .column(optional("year", INTEGER, "the year it was said"))
            .column(required("quote", TEXT, "the quoted words or the reported content"))
            .primaryKey("statement_id")
            .foreignKey("statement_id", "facts", "fact_id");
    for (Statement s : statements) {
      Actor speaker = s.speaker();
      table.row(
          ids.apply(s), speaker.name(), kind(speaker), code(speaker.country()),
          speaker instanceof Person p ? p.role().orElse(null) : null,
          codes(s.about()), names(s.domains()), s.narrowedLabels(), date(s.date()), year(s.date()), s.quote());
    }
    return table.build();
  }

  /**
   * Returns the relations table of {@code relations}.
   *
   * @throws NullPointerException if {@code relations} or one of them is null
   */
  public static DataTable relations(Iterable<Relation> relations) {
    return relations(checkNotNull(relations, "relations"), Fact::id);
  }

  private static DataTable relations(Iterable<Relation> relations, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("relations", "one row per pair of states and domain that some fact links")
            .column(required("state_a", TEXT, "the first state of the pair, in alpha-3 order"))
            .column(required("state_b", TEXT, "the second state of the pair"))
            .column(required("domain", TEXT, "the domain, such as MILITARY"))
            .column(required("facts", INTEGER, "how many facts link the pair in the domain"))
            .column(required("fact_ids", TEXT_LIST, "the ids of those facts"))
            .column(optional("first_date", TEXT, "the earliest date among them, partial ISO-8601"))
            .column(optional("last_date", TEXT, "the latest date among them"))
            .column(optional("first_year", INTEGER, "the year of the earliest"))
            .column(optional("last_year", INTEGER, "the year of the latest"))
            .primaryKey("state_a", "state_b", "domain");
    for (Relation r : relations) {
      Optional<PartialDate> first = r.firstDate();
      Optional<PartialDate> last =
          r.facts().stream().flatMap(f -> f.date().stream()).max(Comparator.naturalOrder());
      table.row(
          r.pair().first().alpha3(), r.pair().second().alpha3(), r.domain().name(),
          (long) r.facts().size(),
          r.facts().stream().map(ids).collect(ImmutableList.toImmutableList()),
          date(first), date(last), year(first), year(last));
    }
    return table.build();
  }

  /**
   * Returns the evidence table of {@code facts}: one row per piece of evidence.
   *
   * @throws NullPointerException if {@code facts} or one of them is null
   */
  public static DataTable evidence(Iterable<? extends Fact> facts) {
    return evidence(checkNotNull(facts, "facts"), Fact::id);
  }

  private static DataTable evidence(Iterable<? extends Fact> facts, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("evidence", "one row per passage a fact was read from")
            .column(required("fact_id", TEXT, "the fact"))
            .column(required("document_id", TEXT, "the document it was read from"))
            .column(required("span_start", INTEGER, "where the words start, a character offset into the document's cleaned text"))
            .column(required("span_end", INTEGER, "where they end, exclusive"))
            .column(required("sentence", TEXT, "the sentence around them"))
            .column(required("rule", TEXT, "the rule that read the fact, such as TransferRule"))
            .column(required("confidence", DOUBLE, "the rule's confidence, between 0 and 1"))
            .foreignKey("fact_id", "facts", "fact_id")
            .foreignKey("document_id", "documents", "document_id");
    for (Fact fact : facts) {
      String id = ids.apply(fact);
      for (Evidence e : fact.evidence()) {
        table.row(id, e.documentId(), (long) e.span().start(), (long) e.span().end(), e.sentence(), e.rule(), e.confidence());
      }
    }
    return table.build();
  }

  /**
   * Returns the lifecycle table of {@code records}: for each agreement's or transfer's record,
   * each step it reached and each passage that reports it. A transfer delivered in parts has one
   * step per part, numbered in lifecycle order.
   *
   * @throws NullPointerException if {@code records} or one of them is null
   */
  public static DataTable lifecycle(Iterable<? extends FactRecord<?>> records) {
    return lifecycle(checkNotNull(records, "records"), Fact::id);
  }

  private static DataTable lifecycle(Iterable<? extends FactRecord<?>> records, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("lifecycle", "one row per passage that reports a step of a record's lifecycle")
            .column(required("record_id", TEXT, "the record: the fact id of the agreement or transfer its mentions make"))
            .column(required("step", INTEGER, "the step's rank in the record's lifecycle, from 1, in status then date order"))
            .column(required("status", TEXT, "the status reached, such as SIGNED, RATIFIED or DELIVERED"))
            .column(optional("date", TEXT, "when it was reached, the best-supported date, partial ISO-8601"))
            .column(optional("year", INTEGER, "the year of that date"))
            .column(optional("quantity", INTEGER, "for a transfer, how many the step concerns (a delivery in parts)"))
            .column(required("document_id", TEXT, "the document that reports the step"))
            .column(required("span_start", INTEGER, "where the words start, a character offset into the document's cleaned text"))
            .column(required("span_end", INTEGER, "where they end, exclusive"))
            .column(required("sentence", TEXT, "the sentence around them"))
            .foreignKey("record_id", "facts", "fact_id")
            .foreignKey("document_id", "documents", "document_id");
    for (FactRecord<?> record : records) {
      String id = ids.apply(record.fact());
      long rank = 0;
      for (StatusStep step : record.lifecycle()) {
        rank++;
        Long quantity = step.quantity().isPresent() ? (Long) (long) step.quantity().getAsInt() : null;
        for (Evidence e : step.evidence()) {
          table.row(
              id, rank, step.status().name(), date(step.date()), year(step.date()), quantity,
              e.documentId(), (long) e.span().start(), (long) e.span().end(), e.sentence());
        }
      }
    }
    return table.build();
  }

  /**
   * Returns the disagreements table of {@code records}: for each attribute a record's documents
   * give different values of, one row per value, the best-supported first.
   *
   * @throws NullPointerException if {@code records} or one of them is null
   */
  public static DataTable disagreements(Iterable<? extends FactRecord<?>> records) {
    return disagreements(checkNotNull(records, "records"), Fact::id);
  }

  private static DataTable disagreements(Iterable<? extends FactRecord<?>> records, Function<Fact, String> ids) {
    DataTable.Builder table =
        DataTable.builder("disagreements", "one row per value of an attribute that the documents of one record give differently")
            .column(required("record_id", TEXT, "the record: the fact id its mentions make"))
            .column(required("attribute", TEXT, "KIND, DATE, DURATION, NAME, LOCATION, START, END, SYSTEM, CATEGORY or QUANTITY"))
            .column(optional("step", TEXT, "the lifecycle status a date or quantity is about, such as SIGNED"))
            .column(required("rank", INTEGER, "the value's rank by support, from 1: most documents, then most evidence"))
            .column(required("value", TEXT, "the value as the model prints it: 2024-05, 24, TREATY"))
            .column(required("documents", TEXT_LIST, "the ids of the documents that give it"))
            .foreignKey("record_id", "facts", "fact_id");
    for (FactRecord<?> record : records) {
      String id = ids.apply(record.fact());
      for (Disagreement d : record.disagreements()) {
        long rank = 0;
        for (Claim claim : d.claims()) {
          rank++;
          table.row(
              id, d.attribute().name(), d.step().map(Enum::name).orElse(null), rank, claim.value(),
              ImmutableList.copyOf(claim.documents()));
        }
      }
    }
    return table.build();
  }

  // ---- values as cells

  private static String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse(null);
  }

  private static Long year(Optional<PartialDate> date) {
    return date.map(d -> (long) d.year()).orElse(null);
  }

  private static String code(Optional<Country> country) {
    return country.map(Country::alpha3).orElse(null);
  }

  private static String kind(Actor actor) {
    return actor instanceof State ? "STATE" : actor instanceof Person ? "PERSON" : "ORGANIZATION";
  }

  private static ImmutableList<String> codes(Iterable<Country> states) {
    return StreamSupport.stream(states.spliterator(), false).map(Country::alpha3).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> organizations(Iterable<Organization> organizations) {
    return StreamSupport.stream(organizations.spliterator(), false).map(Organization::name).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> names(Iterable<? extends Enum<?>> values) {
    return StreamSupport.stream(values.spliterator(), false).map(Enum::name).collect(ImmutableList.toImmutableList());
  }
}
