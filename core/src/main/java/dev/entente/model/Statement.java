package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Something a person, an institution or a state said: a quote or reported speech, the states it
 * is about and its domains.
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
 * @param date when it was said
 * @param evidence where it was read; at least one
 */
public record Statement(
    Actor speaker,
    String quote,
    ImmutableSet<Country> about,
    ImmutableSet<Domain> domains,
    Optional<PartialDate> date,
    ImmutableList<Evidence> evidence)
    implements Fact {

  /**
   * Checks and copies every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the quote is blank, or there is no domain or evidence
   */
  public Statement {
    checkNotNull(speaker, "speaker");
    checkNotNull(quote, "quote");
    checkNotNull(about, "about");
    checkNotNull(domains, "domains");
    checkNotNull(date, "date");
    checkNotNull(evidence, "evidence");
    about = Sets.immutableEnumSet(about);
    domains = Sets.immutableEnumSet(domains);
    checkArgument(!quote.isBlank(), "a statement needs words, speaker %s", speaker.name());
    checkArgument(!domains.isEmpty(), "a statement needs a domain, speaker %s", speaker.name());
    checkArgument(!evidence.isEmpty(), "a statement needs evidence, speaker %s", speaker.name());
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
        .date(date.orElse(null))
        .evidence(evidence);
  }

  @Override
  public String id() {
    // the speaker's kind, name and state are three parts, each encoded on its own (see FactIds)
    return FactIds.of(
        FactKind.STATEMENT,
        speaker.getClass().getSimpleName(),
        speaker.name(),
        speaker.country(),
        quote,
        about,
        domains,
        date);
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
          speaker, quote, about, domains, Optional.ofNullable(date), evidence);
    }
  }
}
