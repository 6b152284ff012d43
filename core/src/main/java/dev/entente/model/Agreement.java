package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/**
 * An agreement between two or more parties, states or organizations ("L'Union européenne et l'Inde
 * ont signé un partenariat"): a treaty, a contract, a memorandum, an accord or an arrangement, at
 * some stage between proposed and terminated. Only its states make relations.
 *
 * <pre>{@code
 * Agreement deal = Agreement.builder()
 *     .parties(RUSSIA, INDIA).kind(CONTRACT).domains(MILITARY)
 *     .status(SIGNED).date(PartialDate.parse("2021-12")).subject("AK-203")
 *     .evidence(evidence)
 *     .build();
 * }</pre>
 *
 * @param parties the states party to it, in alpha-3 order
 * @param organizations the organizations party to it, in {@link Organization#ORDER}; with the
 *     states, at least two parties
 * @param kind its legal form
 * @param domains the domains it covers; at least one
 * @param status how far it has gone
 * @param date when it reached that status, or when the article dates it
 * @param subject what it is about, in the article's words
 * @param duration how long it runs, where the article says ("pacte de 20 ans")
 * @param evidence where it was read; at least one
 */
public record Agreement(
    ImmutableSet<Country> parties,
    ImmutableSet<Organization> organizations,
    AgreementKind kind,
    ImmutableSet<Domain> domains,
    AgreementStatus status,
    Optional<PartialDate> date,
    Optional<String> subject,
    Optional<Period> duration,
    ImmutableList<Evidence> evidence)
    implements Fact {

  /**
   * Checks and copies every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there are fewer than two parties (states and organizations
   *     together), no domain, no evidence, or a duration that is zero or negative
   */
  public Agreement {
    checkNotNull(parties, "parties");
    checkNotNull(organizations, "organizations");
    checkNotNull(kind, "kind");
    checkNotNull(domains, "domains");
    checkNotNull(status, "status");
    checkNotNull(date, "date");
    checkNotNull(subject, "subject");
    checkNotNull(duration, "duration");
    checkNotNull(evidence, "evidence");
    parties = Sets.immutableEnumSet(parties);
    organizations = Facts.ordered(organizations);
    domains = Sets.immutableEnumSet(domains);
    Object all = Facts.parties(parties, organizations);
    checkArgument(
        parties.size() + organizations.size() >= 2,
        "an agreement needs at least two parties, got %s",
        all);
    checkArgument(!domains.isEmpty(), "an agreement needs at least one domain, parties %s", all);
    checkArgument(!evidence.isEmpty(), "an agreement needs evidence, parties %s", all);
    checkArgument(
        duration.map(d -> !d.isNegative() && !d.isZero()).orElse(true),
        "an agreement's duration must be positive, got %s",
        duration.orElse(null));
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this agreement's values. */
  public Builder toBuilder() {
    return new Builder()
        .parties(parties)
        .organizations(organizations)
        .kind(kind)
        .domains(domains)
        .status(status)
        .date(date.orElse(null))
        .subject(subject.orElse(null))
        .duration(duration.orElse(null))
        .evidence(evidence);
  }

  /**
   * {@inheritDoc} The organizations enter the id only when there are any, each by its name and
   * state, so the ids of agreements between states alone are unchanged.
   */
  @Override
  public String id() {
    return FactIds.withOrganizations(
        FactKind.AGREEMENT,
        organizations,
        parties,
        kind,
        domains,
        status,
        date,
        subject,
        duration);
  }

  @Override
  public FactKind factKind() {
    return FactKind.AGREEMENT;
  }

  @Override
  public ImmutableSet<Country> states() {
    return parties;
  }

  @Override
  public ImmutableSet<CountryPair> pairs() {
    return Facts.pairsOf(parties);
  }

  @Override
  public Agreement withEvidence(Iterable<Evidence> evidence) {
    return toBuilder().evidence(evidence).build();
  }

  /** Returns whether the agreement has been signed or gone further. */
  public boolean isSigned() {
    return status.compareTo(AgreementStatus.SIGNED) >= 0;
  }

  @Override
  public String toString() {
    return "Agreement["
        + Facts.codes(parties, organizations)
        + " "
        + kind
        + " "
        + domains
        + " "
        + status
        + date.map(d -> " " + d).orElse("")
        + subject.map(s -> " \"" + s + "\"").orElse("")
        + duration.map(d -> " " + d).orElse("")
        + "]";
  }

  /** Collects the values of an {@link Agreement}; {@link #build()} checks them. */
  public static final class Builder {
    private ImmutableSet<Country> parties = ImmutableSet.of();
    private ImmutableSet<Organization> organizations = ImmutableSet.of();
    private AgreementKind kind;
    private ImmutableSet<Domain> domains = ImmutableSet.of();
    private AgreementStatus status;
    private PartialDate date;
    private String subject;
    private Period duration;
    private ImmutableList<Evidence> evidence = ImmutableList.of();

    private Builder() {}

    /** Sets the parties. */
    public Builder parties(Country... parties) {
      return parties(Arrays.asList(parties));
    }

    /** Sets the parties. */
    public Builder parties(Iterable<Country> parties) {
      this.parties = ImmutableSet.copyOf(parties);
      return this;
    }

    /** Sets the organizations party to it; none unless set. */
    public Builder organizations(Organization... organizations) {
      return organizations(Arrays.asList(organizations));
    }

    /** Sets the organizations party to it; none unless set. */
    public Builder organizations(Iterable<Organization> organizations) {
      this.organizations = ImmutableSet.copyOf(organizations);
      return this;
    }

    /** Sets the legal form. */
    public Builder kind(AgreementKind kind) {
      this.kind = kind;
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

    /** Sets the status. */
    public Builder status(AgreementStatus status) {
      this.status = status;
      return this;
    }

    /** Sets the date; {@code null} means unknown. */
    public Builder date(PartialDate date) {
      this.date = date;
      return this;
    }

    /** Sets the subject; {@code null} means none. */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** Sets the duration; {@code null} means not stated. */
    public Builder duration(Period duration) {
      this.duration = duration;
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
     * Returns the agreement.
     *
     * @throws NullPointerException if the kind or status was not set
     * @throws IllegalArgumentException as {@link Agreement#Agreement} does
     */
    public Agreement build() {
      return new Agreement(
          parties,
          organizations,
          kind,
          domains,
          status,
          Optional.ofNullable(date),
          Optional.ofNullable(subject),
          Optional.ofNullable(duration),
          evidence);
    }
  }
}
