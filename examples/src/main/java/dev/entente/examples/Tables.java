package dev.entente.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Table.Align;
import dev.entente.identity.Disagreement;
import dev.entente.identity.FactRecord;
import dev.entente.identity.StatusStep;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Fact;
import dev.entente.model.FactKind;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import dev.entente.model.Relation;
import dev.entente.model.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lays relations, facts and counts out as aligned {@link Table}s, for the command line and for
 * JShell notebooks, where a list of records would print as one long line.
 *
 * <pre>{@code
 * System.out.println(Tables.of(corpus.relations().list()));
 * // PAIR     DOMAIN      FACTS  YEARS
 * // CHN-RUS  MILITARY        8  2018 2022
 * System.out.println(Tables.ofFacts(corpus.armsTransfers().from(RUSSIA).list()));
 * System.out.println(Tables.ofCounts("PAIR", "RELATIONS", corpus.relations().countByPair()));
 * }</pre>
 *
 * <p>States print as alpha-3 codes, several separated by a space ({@code CHN IND RUS}); dates as
 * partial ISO-8601 text; unknown values as empty cells. Long text (subjects, quotes) is cut at 60
 * characters; {@link #summary(Fact)} gives it whole.
 */
public final class Tables {

  private static final int TEXT_WIDTH = 60;
  private static final int NAME_WIDTH = 40;
  private static final int DOMAINS_WIDTH = 40;

  private Tables() {}

  /**
   * Returns a table of relations: one row per relation with its pair, domain, number of facts and
   * the years of its dated facts.
   *
   * @throws NullPointerException if {@code relations} or one of them is null
   */
  public static Table of(Iterable<Relation> relations) {
    checkNotNull(relations, "relations");
    Table.Builder table =
        Table.builder()
            .column("pair")
            .column("domain")
            .column("facts", Align.RIGHT)
            .column("years");
    for (Relation relation : relations) {
      table.row(
          relation.pair().toString(),
          relation.domain().name(),
          String.valueOf(relation.facts().size()),
          relation.years().stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }
    return table.build();
  }

  /**
   * Returns a table of facts. When every fact is of one kind, the table has that kind's columns,
   * as {@link #ofAgreements}, {@link #ofExercises}, {@link #ofTransfers} and {@link #ofStatements}
   * give them; otherwise (or when there is no fact) it has the columns common to every fact: id,
   * kind, states, domains, date and {@linkplain #summary(Fact) summary}.
   *
   * @throws NullPointerException if {@code facts} or one of them is null
   */
  public static Table ofFacts(Iterable<? extends Fact> facts) {
    checkNotNull(facts, "facts");
    ImmutableList<Fact> list = ImmutableList.copyOf(facts);
    Optional<FactKind> kind = soleKind(list);
    if (kind.isEmpty()) {
      return ofMixedFacts(list);
    }
    return switch (kind.get()) {
      case AGREEMENT -> ofAgreements(list.stream().map(Agreement.class::cast).toList());
      case EXERCISE -> ofExercises(list.stream().map(JointExercise.class::cast).toList());
      case TRANSFER -> ofTransfers(list.stream().map(ArmsTransfer.class::cast).toList());
      case STATEMENT -> ofStatements(list.stream().map(Statement.class::cast).toList());
    };
  }

  /**
   * Returns a table of agreements: id, parties (states, then organizations), kind, domains,
   * status, date and subject.
   *
   * @throws NullPointerException if {@code agreements} or one of them is null
   */
  public static Table ofAgreements(Iterable<Agreement> agreements) {
    checkNotNull(agreements, "agreements");
    Table.Builder table =
        Table.builder()
            .column("id")
            .column("parties")
            .column("kind")
            .column("domains", Align.LEFT, DOMAINS_WIDTH)
            .column("status")
            .column("date")
            .column("subject", Align.LEFT, TEXT_WIDTH);
    for (Agreement agreement : agreements) {
      table.row(
          agreement.id(),
          parties(agreement.parties(), agreement.organizations()),
          agreement.kind().name(),
          names(agreement.domains()),
          agreement.status().name(),
          date(agreement.date()),
          agreement.subject().orElse(""));
    }
    return table.build();
  }

  /**
   * Returns a table of joint exercises: id, name, participants (states, then organizations),
   * location, start and end.
   *
   * @throws NullPointerException if {@code exercises} or one of them is null
   */
  public static Table ofExercises(Iterable<JointExercise> exercises) {
    checkNotNull(exercises, "exercises");
    Table.Builder table =
        Table.builder()
            .column("id")
            .column("name", Align.LEFT, NAME_WIDTH)
            .column("participants")
            .column("location", Align.LEFT, NAME_WIDTH)
            .column("start")
            .column("end");
    for (JointExercise exercise : exercises) {
      table.row(
          exercise.id(),
          exercise.name().orElse(""),
          parties(exercise.participants(), exercise.organizations()),
          exercise.location().orElse(""),
          date(exercise.start()),
          date(exercise.end()));
    }
    return table.build();
  }

  /**
   * Returns a table of arms transfers: id, supplier, recipient, system, category, quantity, status
   * and date.
   *
   * @throws NullPointerException if {@code transfers} or one of them is null
   */
  public static Table ofTransfers(Iterable<ArmsTransfer> transfers) {
    checkNotNull(transfers, "transfers");
    Table.Builder table =
        Table.builder()
            .column("id")
            .column("supplier")
            .column("recipient")
            .column("system", Align.LEFT, NAME_WIDTH)
            .column("category")
            .column("quantity", Align.RIGHT)
            .column("status")
            .column("date");
    for (ArmsTransfer transfer : transfers) {
      table.row(
          transfer.id(),
          transfer.supplier().alpha3(),
          transfer.recipient().alpha3(),
          transfer.system().orElse(""),
          transfer.category().map(Enum::name).orElse(""),
          transfer.quantity().isPresent() ? String.valueOf(transfer.quantity().getAsInt()) : "",
          transfer.status().name(),
          date(transfer.date()));
    }
    return table.build();
  }

  /**
   * Returns a table of the lifecycles of records, such as those of {@code
   * corpus.agreements().records()}: one row per step, with the record's id, the status reached,
   * when, how many (a transfer delivered in parts) and the documents that report it. Records of
   * exercises and statements have no lifecycle and give no row.
   *
   * @throws NullPointerException if {@code records} or one of them is null
   */
  public static Table ofLifecycles(Iterable<? extends FactRecord<?>> records) {
    checkNotNull(records, "records");
    Table.Builder table =
        Table.builder()
            .column("id")
            .column("status")
            .column("date")
            .column("quantity", Align.RIGHT)
            .column("documents", Align.LEFT, NAME_WIDTH);
    for (FactRecord<?> record : records) {
      for (StatusStep step : record.lifecycle()) {
        table.row(
            record.id(),
            step.status().name(),
            date(step.date()),
            step.quantity().isPresent() ? String.valueOf(step.quantity().getAsInt()) : "",
            String.join(" ", step.documents()));
      }
    }
    return table.build();
  }

  /**
   * Returns a table of what the documents of records disagree on: one row per value, with the
   * record's id, the attribute, the lifecycle step it is about, the value and the documents that
   * give it, the best-supported value of each attribute first.
   *
   * @throws NullPointerException if {@code records} or one of them is null
   */
  public static Table ofDisagreements(Iterable<? extends FactRecord<?>> records) {
    checkNotNull(records, "records");
    Table.Builder table =
        Table.builder()
            .column("id")
            .column("attribute")
            .column("step")
            .column("value", Align.LEFT, NAME_WIDTH)
            .column("documents", Align.LEFT, NAME_WIDTH);
    for (FactRecord<?> record : records) {
      for (Disagreement disagreement : record.disagreements()) {
        for (Disagreement.Claim claim : disagreement.claims()) {
          table.row(
              record.id(),
              disagreement.attribute().name(),
              disagreement.step().map(Enum::name).orElse(""),
              claim.value(),
              String.join(" ", claim.documents()));
        }
      }
    }
    return table.build();
  }

  /**
   * Returns a table of statements: id, speaker, the speaker's state, the states spoken about,
   * domains, date and quote.
   *
   * @throws NullPointerException if {@code statements} or one of them is null
   */
  public static Table ofStatements(Iterable<Statement> statements) {
    checkNotNull(statements, "statements");
    Table.Builder table =
        Table.builder()
            .column("id")
            .column("speaker", Align.LEFT, NAME_WIDTH)
            .column("state")
            .column("about")
            .column("domains", Align.LEFT, DOMAINS_WIDTH)
            .column("date")
            .column("quote", Align.LEFT, TEXT_WIDTH);
    for (Statement statement : statements) {
      table.row(
          statement.id(),
          statement.speaker().name(),
          statement.speaker().country().map(Country::alpha3).orElse(""),
          codes(statement.about()),
          names(statement.domains()),
          date(statement.date()),
          statement.quote());
    }
    return table.build();
  }

  /**
   * Returns a two-column table of counts, one row per entry in the map's order, such as the maps
   * of {@link dev.entente.query.RelationQuery#countByPair()} or {@code countByDomain()}. A
   * {@link Country} key prints as its alpha-3 code, as everywhere in tables; other keys print with
   * {@code toString()}.
   *
   * @throws NullPointerException if an argument, a key or a count is null
   * @throws IllegalArgumentException if a header is blank
   */
  public static Table ofCounts(
      String keyHeader, String countHeader, Map<?, ? extends Number> counts) {
    checkNotNull(counts, "counts");
    Table.Builder table = Table.builder().column(keyHeader).column(countHeader, Align.RIGHT);
    counts.forEach(
        (key, count) ->
            table.row(
                checkNotNull(key, "a key is null") instanceof Country country
                    ? country.alpha3()
                    : key.toString(),
                checkNotNull(count, "the count of %s is null", key).toString()));
    return table.build();
  }

  /**
   * Returns a one-line summary of a fact, what it says besides its states, domains, status and
   * date, such as {@code CONTRACT: contrat pour la production de fusils d'assaut} for an
   * agreement, {@code RUS -> IND: AK-203 (SMALL_ARMS) x600} for a transfer, {@code Mission de paix
   * 2018 at Centre, 2018-09 to 2018} for an exercise, or {@code Vladimir Poutine (RUS): ...} and
   * the quote for a statement. Text is given whole.
   *
   * @throws NullPointerException if {@code fact} is null
   */
  public static String summary(Fact fact) {
    checkNotNull(fact, "fact");
    if (fact instanceof Agreement agreement) {
      return agreement.kind()
          + agreement.subject().map(s -> ": " + s).orElse("")
          + agreement.duration().map(d -> " (" + d + ")").orElse("");
    } else if (fact instanceof JointExercise exercise) {
      String when =
          exercise.start().map(s -> s + exercise.end().map(e -> " to " + e).orElse("")).orElse("");
      return exercise.name().orElse("unnamed exercise")
          + exercise.location().map(l -> " at " + l).orElse("")
          + (when.isEmpty() ? "" : ", " + when)
          + exercise.forces().map(f -> ", " + f).orElse("");
    } else if (fact instanceof ArmsTransfer transfer) {
      return transfer.supplier().alpha3()
          + " -> "
          + transfer.recipient().alpha3()
          + ": "
          + transfer.system().orElse("unnamed system")
          + transfer.category().map(c -> " (" + c + ")").orElse("")
          + (transfer.quantity().isPresent() ? " x" + transfer.quantity().getAsInt() : "");
    } else if (fact instanceof Statement statement) {
      return speaker(statement.speaker()) + ": " + statement.quote();
    }
    throw new AssertionError("unknown fact type " + fact.getClass().getName());
  }

  /**
   * Returns a table of every fact of every reading, one row per fact and document (a fact two
   * documents report has two rows): document, kind, id, states, domains, status (of an agreement
   * or a transfer), date and {@linkplain #summary(Fact) summary}. Rows come in document order,
   * then in {@link Reading#facts()} order. The command line writes this table as CSV.
   *
   * @throws NullPointerException if {@code readings} or one of them is null
   */
  public static Table ofReadings(Iterable<Reading> readings) {
    checkNotNull(readings, "readings");
    Table.Builder table =
        Table.builder()
            .column("document")
            .column("kind")
            .column("id")
            .column("states")
            .column("domains", Align.LEFT, DOMAINS_WIDTH)
            .column("status")
            .column("date")
            .column("summary", Align.LEFT, TEXT_WIDTH);
    for (Reading reading : readings) {
      for (Fact fact : reading.facts()) {
        table.row(
            reading.id(),
            fact.factKind().name(),
            fact.id(),
            codes(fact.states()),
            names(fact.domains()),
            status(fact),
            date(fact.date()),
            summary(fact));
      }
    }
    return table.build();
  }

  private static String status(Fact fact) {
    if (fact instanceof Agreement agreement) {
      return agreement.status().name();
    } else if (fact instanceof ArmsTransfer transfer) {
      return transfer.status().name();
    }
    return "";
  }

  private static Table ofMixedFacts(ImmutableList<Fact> facts) {
    Table.Builder table =
        Table.builder()
            .column("id")
            .column("kind")
            .column("states")
            .column("domains", Align.LEFT, DOMAINS_WIDTH)
            .column("date")
            .column("summary", Align.LEFT, TEXT_WIDTH);
    for (Fact fact : facts) {
      table.row(
          fact.id(),
          fact.factKind().name(),
          codes(fact.states()),
          names(fact.domains()),
          date(fact.date()),
          summary(fact));
    }
    return table.build();
  }

  private static Optional<FactKind> soleKind(ImmutableList<Fact> facts) {
    if (facts.isEmpty()) {
      return Optional.empty();
    }
    FactKind kind = checkNotNull(facts.get(0), "a fact is null").factKind();
    for (Fact fact : facts) {
      if (checkNotNull(fact, "a fact is null").factKind() != kind) {
        return Optional.empty();
      }
    }
    return Optional.of(kind);
  }

  private static String speaker(Actor actor) {
    return actor.name() + actor.country().map(c -> " (" + c.alpha3() + ")").orElse("");
  }

  private static String codes(Iterable<Country> states) {
    return StreamSupport.stream(states.spliterator(), false)
        .map(Country::alpha3)
        .collect(Collectors.joining(" "));
  }

  /** Returns the states' codes, then the organizations' acronyms (or names): {@code IND UE}. */
  private static String parties(Iterable<Country> states, Iterable<Organization> organizations) {
    return Stream.concat(
            StreamSupport.stream(states.spliterator(), false).map(Country::alpha3),
            StreamSupport.stream(organizations.spliterator(), false).map(Organization::label))
        .collect(Collectors.joining(" "));
  }

  private static String names(Iterable<? extends Enum<?>> values) {
    return StreamSupport.stream(values.spliterator(), false)
        .map(Enum::name)
        .collect(Collectors.joining(" "));
  }

  private static String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse("");
  }
}
