package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Multimap;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Something a person, an institution or a state said: a quote or reported speech, the states it
 * is about and its domains.
 *
 * <p>A statement links its speaker's state with each state it is about, in its domains; where it
 * speaks of one state in fewer of them ("Moscow will deliver the fighters; on Iran's nuclear
 * programme, talks go on"), {@link #narrowed()} names those, so that each pair gets only the
 * domains said of it.
 *
 * <pre>{@code
 * Statement s = Statement.builder()
 *     .speaker(Person.of("Vladimir Poutine", RUSSIA)).quote("Nos relations résistent ...")
 *     .about(CHINA).domains(DIPLOMATIC).evidence(evidence)
 *     .build();
 * }</pre>
 *
 * @param speaker who spoke
 * @param quote the quoted words or the reported content
 * @param about the states the statement talks about or addresses
 * @param domains the domains it touches; at least one
 * @param narrowed for the states of {@code about} that the statement links to its speaker's
 *     state in only some of its domains, those domains; the others are linked in every domain
 * @param date when it was said
 * @param evidence where it was read; at least one
 */
public record Statement(
    Actor speaker,
    String quote,
    ImmutableSet<Country> about,
    ImmutableSet<Domain> domains,
    ImmutableSetMultimap<Country, Domain> narrowed,
    Optional<PartialDate> date,
    ImmutableList<Evidence> evidence)
    implements Fact {

  /**
   * Checks and copies every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the quote is blank, there is no domain or evidence, or
   *     {@code narrowed} names a state the statement is not about or a domain not its own
   */
  public Statement {
    checkNotNull(speaker, "speaker");
    checkNotNull(quote, "quote");
    checkNotNull(about, "about");
    checkNotNull(domains, "domains");
    checkNotNull(narrowed, "narrowed");
    checkNotNull(date, "date");
    checkNotNull(evidence, "evidence");
    about = Sets.immutableEnumSet(about);
    domains = Sets.immutableEnumSet(domains);
    narrowed = canonical(narrowed, about, domains, speaker);
    checkArgument(!quote.isBlank(), "a statement needs words, speaker %s", speaker.name());
    checkArgument(!domains.isEmpty(), "a statement needs a domain, speaker %s", speaker.name());
    checkArgument(!evidence.isEmpty(), "a statement needs evidence, speaker %s", speaker.name());
  }

  /**
   * Checks {@code narrowed} against the statement's states and domains and drops what narrows
   * nothing (a state linked in every domain), so that equal statements have equal components.
   */
  private static ImmutableSetMultimap<Country, Domain> canonical(
      ImmutableSetMultimap<Country, Domain> narrowed,
      ImmutableSet<Country> about,
      ImmutableSet<Domain> domains,
      Actor speaker) {
    ImmutableSetMultimap.Builder<Country, Domain> kept = ImmutableSetMultimap.builder();
    for (Country state : ImmutableSortedSet.copyOf(narrowed.keySet())) {
      ImmutableSet<Domain> own = Sets.immutableEnumSet(narrowed.get(state));
      checkArgument(
          about.contains(state),
          "a statement narrows the domains of a state it is not about: %s, speaker %s",
          state.alpha3(),
          speaker.name());
      checkArgument(
          domains.containsAll(own),
          "a statement links %s in domains it does not have: %s, speaker %s",
          state.alpha3(),
          own,
          speaker.name());
      if (own.size() < domains.size()) {
        kept.putAll(state, own);
      }
    }
    return kept.build();
  }

  /**
   * Returns the domains in which the statement links its speaker's state with {@code state}: its
   * own narrower set where it has one, else every domain of the statement; none for a state it is
   * not about.
   */
  public ImmutableSet<Domain> domainsWith(Country state) {
    if (!about.contains(state)) {
      return ImmutableSet.of();
    }
    ImmutableSet<Domain> own = narrowed.get(state);
    return own.isEmpty() ? domains : own;
  }

  /** Returns the domains in which the statement links {@code pair}; none for a pair it does not link. */
  @Override
  public ImmutableSet<Domain> domainsOf(CountryPair pair) {
    Optional<Country> own = speaker.country();
    if (own.isEmpty() || !pair.contains(own.get())) {
      return ImmutableSet.of();
    }
    return domainsWith(pair.other(own.get()));
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this statement's values. */
  public Builder toBuilder() {
    return new Builder()
        .speaker(speaker)
        .quote(quote)
        .about(about)
        .domains(domains)
        .narrowed(narrowed)
        .date(date.orElse(null))
        .evidence(evidence);
  }

  @Override
  public String id() {
    // the speaker's kind, name and state are three parts, each encoded on its own (see FactIds);
    // the narrowed domains are a last part only where there are some, so other ids stay the same
    Object[] parts = {
      speaker.getClass().getSimpleName(), speaker.name(), speaker.country(), quote, about, domains, date
    };
    if (narrowed.isEmpty()) {
      return FactIds.of(FactKind.STATEMENT, parts);
    }
    Object[] all = Arrays.copyOf(parts, parts.length + 1);
    all[parts.length] = narrowedLabels();
    return FactIds.of(FactKind.STATEMENT, all);
  }

  /**
   * Returns {@link #narrowed()} as labels, one per state and domain, such as {@code IRN:NUCLEAR},
   * in the order of the states, then of their domains.
   */
  public ImmutableList<String> narrowedLabels() {
    return narrowed.entries().stream()
        .map(e -> e.getKey().alpha3() + ":" + e.getValue().name())
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public FactKind factKind() {
    return FactKind.STATEMENT;
  }

  /** Returns the speaker's state and the states the statement is about. */
  @Override
  public ImmutableSet<Country> states() {
    ImmutableSet.Builder<Country> states = ImmutableSet.builder();
    speaker.country().ifPresent(states::add);
    return Sets.immutableEnumSet(states.addAll(about).build());
  }

  /** Returns the speaker, if it is an organization; else none. */
  @Override
  public ImmutableSet<Organization> organizations() {
    return speaker instanceof Organization organization
        ? ImmutableSet.of(organization)
        : ImmutableSet.of();
  }

  /** Returns the speaker's state paired with each other state the statement is about. */
  @Override
  public ImmutableSet<CountryPair> pairs() {
    Optional<Country> own = speaker.country();
    if (own.isEmpty()) {
      return ImmutableSet.of();
    }
    return about.stream()
        .filter(c -> c != own.get())
        .map(c -> CountryPair.of(own.get(), c))
        .collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public Statement withEvidence(Iterable<Evidence> evidence) {
    return toBuilder().evidence(evidence).build();
  }

  @Override
  public String toString() {
    String country = speaker.country().map(c -> " (" + c.alpha3() + ")").orElse("");
    String shortQuote = quote.length() > 60 ? quote.substring(0, 57) + "..." : quote;
    return "Statement["
        + speaker.name()
        + country
        + " about "
        + Facts.codes(about)
        + " "
        + domains
        + (narrowed.isEmpty() ? "" : " narrowed " + narrowedLabels())
        + date.map(d -> " " + d).orElse("")
        + ": \""
        + shortQuote
        + "\"]";
  }

  /** Collects the values of a {@link Statement}; {@link #build()} checks them. */
  public static final class Builder {
    private Actor speaker;
    private String quote;
    private ImmutableSet<Country> about = ImmutableSet.of();
    private ImmutableSet<Domain> domains = ImmutableSet.of();
    private ImmutableSetMultimap<Country, Domain> narrowed = ImmutableSetMultimap.of();
    private PartialDate date;
    private ImmutableList<Evidence> evidence = ImmutableList.of();

    private Builder() {}

    /** Sets the speaker. */
    public Builder speaker(Actor speaker) {
      this.speaker = speaker;
      return this;
    }

    /** Sets the quoted or reported words. */
    public Builder quote(String quote) {
      this.quote = quote;
      return this;
    }

    /** Sets the states the statement is about. */
    public Builder about(Country... about) {
      return about(Arrays.asList(about));
    }

    /** Sets the states the statement is about. */
    public Builder about(Iterable<Country> about) {
      this.about = ImmutableSet.copyOf(about);
      return this;
    }

    /** Sets the domains. */
    public Builder domains(Domain... domains) {
      return domains(Arrays.asList(domains));
    }

    /** Sets the domains. */
    public Builder domains(Iterable<Domain> domains) {
      this.domains = ImmutableSet.copyOf(domains);
      return this;
    }

    /**
     * Sets, for the states the statement links to its speaker's state in only some of its domains,
     * those domains; a state not named is linked in every domain.
     */
    public Builder narrowed(Multimap<Country, Domain> narrowed) {
      this.narrowed = ImmutableSetMultimap.copyOf(narrowed);
      return this;
    }

    /** Sets the date; {@code null} means unknown. */
    public Builder date(PartialDate date) {
      this.date = date;
      return this;
    }

    /** Sets the evidence. */
    public Builder evidence(Evidence... evidence) {
      return evidence(Arrays.asList(evidence));
    }

    /** Sets the evidence. */
    public Builder evidence(Iterable<Evidence> evidence) {
      this.evidence = ImmutableList.copyOf(evidence);
      return this;
    }

    /**
     * Returns the statement.
     *
     * @throws NullPointerException if the speaker or quote was not set
     * @throws IllegalArgumentException as {@link Statement#Statement} does
     */
    public Statement build() {
      return new Statement(
          speaker, quote, about, domains, narrowed, Optional.ofNullable(date), evidence);
    }
  }
}
