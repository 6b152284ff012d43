package dev.entente.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Tables;
import dev.entente.examples.cli.QueryOption.Reader;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.query.AgreementQuery;
import dev.entente.query.Corpus;
import dev.entente.query.CorpusQuery;
import dev.entente.query.ExerciseQuery;
import dev.entente.query.StatementQuery;
import dev.entente.query.TransferQuery;
import dev.entente.table.CorpusTables;
import java.lang.reflect.Array;
import java.time.Year;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The kinds of {@code entente query}, as one table: a row per kind (its word, summary, help and
 * table of results) with the options it takes, in the order they are read, applied and listed. The
 * options every kind of query shares ({@code --between}, {@code --involving}, {@code --domain},
 * {@code --year}, {@code --organization}) are defined once below and named by each row that takes
 * them; the others are the row's own. Adding a kind of query is adding a row; adding a narrowing method is adding an option
 * to the rows that want it.
 */
final class QueryKinds {

  private static final Reader<Country> STATE = Arguments::country;
  private static final Reader<Country[]> STATES =
      (arguments, name) -> arguments.countries(name).map(states -> states.toArray(new Country[0]));
  private static final Reader<CountryPair> PAIR = Arguments::pair;
  private static final Reader<Year> YEAR = Arguments::year;

  /** Returns the kinds of query, in the order {@code entente query --help} lists them. */
  static ImmutableList<Command> all() {
    return ImmutableList.of(relations(), agreements(), transfers(), exercises(), statements());
  }

  private QueryKinds() {}

  private static Command relations() {
    return new QueryKindCommand<>(
        "relations",
        "links between two states in one domain, with their number of facts and years",
        """
        Prints the relations between states: one row per pair of states and domain, with the
        number of facts (agreements, exercises, transfers, statements) that link them and the
        years of the dated ones. STATE is an ISO 3166-1 alpha-3 code (RUS, CHN, IND); DOMAIN is
        one of MILITARY, SECURITY, NUCLEAR, ENERGY, ECONOMIC, DIPLOMATIC, HUMANITARIAN,
        CULTURAL, SCIENTIFIC.""",
        """
        entente query relations --between RUS CHN --domain MILITARY
        entente query relations --involving IRN --year 2024 articles/""",
        Corpus::relations,
        Tables::of,
        CorpusTables::relations,
        ImmutableList.of(
            between("the relations of this pair, in either order"),
            involving("the relations of any of these states"),
            domain(),
            year("made of the facts dated in this year"),
            organization("made of the facts of this organization")));
  }

  private static Command agreements() {
    return new QueryKindCommand<>(
        "agreements",
        "treaties, contracts, memoranda, accords and arrangements between states",
        """
        Prints the agreements: id, parties, kind, domains, status, date and subject.
        STATUS is one of PROPOSED, NEGOTIATING, AGREED, SIGNED, RATIFIED, IN_FORCE, SUSPENDED, TERMINATED;
        KIND is one of TREATY, CONTRACT, MEMORANDUM, ACCORD, ARRANGEMENT.""",
        """
        entente query agreements --party IRN --status SIGNED
        entente query agreements --party RUS,IND --kind CONTRACT""",
        Corpus::agreements,
        Tables::ofAgreements,
        CorpusTables::agreements,
        ImmutableList.of(
            QueryOption.of(
                "--party",
                "STATE,...",
                "to which every one of these states is a party",
                STATES,
                AgreementQuery::withParty),
            QueryOption.of(
                "--status",
                "STATUS,...",
                "at any of these statuses, such as SIGNED",
                constants(AgreementStatus.class, "agreement status"),
                AgreementQuery::withStatus),
            QueryOption.of(
                "--kind",
                "KIND,...",
                "of any of these kinds, such as TREATY or CONTRACT",
                constants(AgreementKind.class, "agreement kind"),
                AgreementQuery::ofKind),
            domain(),
            year("dated in this year"),
            organization("to which this organization is a party")));
  }

  private static Command transfers() {
    return new QueryKindCommand<>(
        "transfers",
        "arms transfers from a supplier to a recipient",
        """
        Prints the arms transfers: id, supplier, recipient, system, category, quantity, status
        and date. STATUS is one of REQUESTED, NEGOTIATING, ORDERED, LICENSED_PRODUCTION,
        DELIVERED; CATEGORY one of FIGHTER_AIRCRAFT, OTHER_AIRCRAFT, HELICOPTER, DRONE,
        AIR_DEFENCE, MISSILE, ARMOURED_VEHICLE, ARTILLERY, SMALL_ARMS, WARSHIP, SUBMARINE,
        ENGINE, OTHER. --system ignores case, accents, spaces and hyphens.""",
        """
        entente query transfers --from RUS --to IND
        entente query transfers --to IRN --category AIR_DEFENCE""",
        Corpus::armsTransfers,
        Tables::ofTransfers,
        CorpusTables::transfers,
        ImmutableList.of(
            QueryOption.of(
                "--from", "STATE", "supplied by this state", STATE, TransferQuery::from),
            QueryOption.of("--to", "STATE", "received by this state", STATE, TransferQuery::to),
            QueryOption.of(
                "--status",
                "STATUS,...",
                "at any of these statuses, such as DELIVERED",
                constants(TransferStatus.class, "transfer status"),
                TransferQuery::withStatus),
            QueryOption.of(
                "--category",
                "CATEGORY,...",
                "of any of these categories, such as AIR_DEFENCE",
                constants(SystemCategory.class, "system category"),
                TransferQuery::ofCategory),
            QueryOption.of(
                "--system",
                "TEXT",
                "whose system's name contains TEXT, such as s400",
                text(
                    t -> t.codePoints().anyMatch(Character::isLetterOrDigit),
                    t -> String.format("--system needs a letter or digit, got \"%s\"", t)),
                TransferQuery::ofSystem),
            year("dated in this year")));
  }

  private static Command exercises() {
    return new QueryKindCommand<>(
        "exercises",
        "joint military exercises and patrols",
        """
        Prints the joint exercises: id, name, participants, location, start and end.
        An exercise whose dates the article does not give has no year: --year leaves it out.""",
        """
        entente query exercises --involving PAK --year 2017
        entente query exercises --named "mission de paix\"""",
        Corpus::exercises,
        Tables::ofExercises,
        CorpusTables::exercises,
        ImmutableList.of(
            involving("in which any of these states takes part"),
            QueryOption.of(
                "--named",
                "TEXT",
                "whose name contains TEXT, ignoring case and accents",
                text(t -> !t.isBlank(), t -> "--named needs some text, such as \"vostok\""),
                ExerciseQuery::named),
            year("starting in this year"),
            organization("in which this organization takes part")));
  }

  private static Command statements() {
    return new QueryKindCommand<>(
        "statements",
        "what states, their people and their institutions said, and about whom",
        """
        Prints the statements: id, speaker, the speaker's state, the states spoken about,
        domains, date and the quote (cut at 60 characters; 'entente extract' gives it whole).""",
        """
        entente query statements --by RUS
        entente query statements --speaker poutine --about CHN""",
        Corpus::statements,
        Tables::ofStatements,
        CorpusTables::statements,
        ImmutableList.of(
            QueryOption.of(
                "--by",
                "STATE",
                "said by this state, one of its people or institutions",
                STATE,
                StatementQuery::by),
            QueryOption.of(
                "--about", "STATE,...", "about any of these states", STATES, StatementQuery::about),
            QueryOption.of(
                "--speaker",
                "NAME",
                "said by this speaker: full name or surname",
                text(t -> !t.isBlank(), t -> "--speaker needs a name, such as poutine"),
                StatementQuery::bySpeaker),
            domain(),
            year("dated in this year"),
            organization("said by this organization")));
  }

  // ---- the options every kind of query may take

  private static <Q extends CorpusQuery<Q, ?>> QueryOption<Q> between(String description) {
    return QueryOption.of(
        "--between",
        "STATE STATE",
        description,
        PAIR,
        (query, pair) -> query.between(pair.first(), pair.second()));
  }

  private static <Q extends CorpusQuery<Q, ?>> QueryOption<Q> involving(String description) {
    return QueryOption.of(
        "--involving", "STATE,...", description, STATES, (query, states) -> query.involving(states));
  }

  private static <Q extends CorpusQuery<Q, ?>> QueryOption<Q> domain() {
    return QueryOption.of(
        "--domain",
        "DOMAIN,...",
        "in any of these domains, such as MILITARY",
        constants(Domain.class, "domain"),
        (query, domains) -> query.inDomain(domains));
  }

  private static <Q extends CorpusQuery<Q, ?>> QueryOption<Q> year(String description) {
    return QueryOption.of("--year", "YEAR", description, YEAR, (query, year) -> query.during(year));
  }

  /** Returns {@code --organization}; a transfer's ends are states, so its row leaves it out. */
  private static <Q extends CorpusQuery<Q, ?>> QueryOption<Q> organization(String description) {
    return QueryOption.of(
        "--organization",
        "NAME",
        description + " (name, acronym or alias)",
        text(n -> !n.isBlank(), n -> "--organization needs a name or acronym, such as OCS"),
        (query, name) -> query.involvingOrganization(name));
  }

  // ---- readers of values

  /** Returns the reader of a comma-separated list of {@code type}'s constants. */
  private static <E extends Enum<E>> Reader<E[]> constants(Class<E> type, String noun) {
    @SuppressWarnings("unchecked") // an array of E, made for the list's toArray
    E[] empty = (E[]) Array.newInstance(type, 0);
    return (arguments, name) ->
        arguments.enumValues(name, type, noun).map(values -> values.toArray(empty));
  }

  /**
   * Returns the reader of a text that must be {@code usable}; {@code problem} gives the message
   * for a text that is not.
   */
  private static Reader<String> text(Predicate<String> usable, Function<String, String> problem) {
    return (arguments, name) -> arguments.text(name, usable, problem);
  }
}
