package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A military exercise or joint patrol held by two or more participants together: states, and
 * organizations such as a military alliance. Only its states make relations.
 *
 * <pre>{@code
 * JointExercise vostok = JointExercise.builder()
 *     .name("Vostok 2022").participants(RUSSIA, CHINA, INDIA)
 *     .start(PartialDate.parse("2022-09-01")).evidence(evidence)
 *     .build();
 * }</pre>
 *
 * @param name its name, where the article gives one ("Mission de paix 2018")
 * @param participants the participating states, in alpha-3 order
 * @param organizations the participating organizations, in {@link Organization#ORDER}; with the
 *     states, at least two participants
 * @param domains its domains; {@code MILITARY} unless the builder is told otherwise
 * @param location where it takes place, in the article's words
 * @param start when it starts
 * @param end when it ends; never before {@code start}
 * @param forces the forces taking part, in the article's words ("forces navales")
 * @param evidence where it was read; at least one
 */
public record JointExercise(
    Optional<String> name,
    ImmutableSet<Country> participants,
    ImmutableSet<Organization> organizations,
    ImmutableSet<Domain> domains,
    Optional<String> location,
    Optional<PartialDate> start,
    Optional<PartialDate> end,
    Optional<String> forces,
    ImmutableList<Evidence> evidence)
    implements Fact {

  /**
   * Checks and copies every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there are fewer than two participants (states and
   *     organizations together), no domain, no evidence, a blank name, or an end before the start
   */
  public JointExercise {
    checkNotNull(name, "name");
    checkNotNull(participants, "participants");
    checkNotNull(organizations, "organizations");
    checkNotNull(domains, "domains");
    checkNotNull(location, "location");
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkNotNull(forces, "forces");
    checkNotNull(evidence, "evidence");
    participants = Sets.immutableEnumSet(participants);
    organizations = Facts.ordered(organizations);
    domains = Sets.immutableEnumSet(domains);
    Object all = Facts.parties(participants, organizations);
    checkArgument(
        participants.size() + organizations.size() >= 2,
        "a joint exercise needs at least two participants, got %s",
        all);
    checkArgument(!domains.isEmpty(), "a joint exercise needs at least one domain");
    checkArgument(!evidence.isEmpty(), "a joint exercise needs evidence, participants %s", all);
    checkArgument(name.map(n -> !n.isBlank()).orElse(true), "an exercise name must not be blank");
    if (start.isPresent() && end.isPresent()) {
      checkArgument(
          !end.get().lastDay().isBefore(start.get().firstDay()),
          "an exercise cannot end (%s) before it starts (%s)",
          end.get(),
          start.get());
    }
  }

  /** Returns an empty builder whose domains default to {@code MILITARY}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this exercise's values. */
  public Builder toBuilder() {
    return new Builder()
        .name(name.orElse(null))
        .participants(participants)
        .organizations(organizations)
        .domains(domains)
        .location(location.orElse(null))
        .start(start.orElse(null))
        .end(end.orElse(null))
        .forces(forces.orElse(null))
        .evidence(evidence);
  }

  /**
   * {@inheritDoc} The organizations enter the id only when there are any, each by its name and
   * state, so the ids of exercises of states alone are unchanged.
   */
  @Override
  public String id() {
    return FactIds.withOrganizations(
        FactKind.EXERCISE,
        organizations,
        name,
        participants,
        domains,
        location,
        start,
        end,
        forces);
  }

  @Override
  public FactKind factKind() {
    return FactKind.EXERCISE;
  }

  @Override
  public ImmutableSet<Country> states() {
    return participants;
  }

  @Override
  public Optional<PartialDate> date() {
    return start;
  }

  @Override
  public ImmutableSet<CountryPair> pairs() {
    return Facts.pairsOf(participants);
  }

  @Override
  public JointExercise withEvidence(Iterable<Evidence> evidence) {
    return toBuilder().evidence(evidence).build();
  }

  @Override
  public String toString() {
    return "JointExercise["
        + name.map(n -> "\"" + n + "\" ").orElse("")
        + Facts.codes(participants, organizations)
        + " "
        + domains
        + location.map(l -> " at " + l).orElse("")
        + start.map(s -> " from " + s).orElse("")
        + end.map(e -> " to " + e).orElse("")
        + forces.map(f -> " forces \"" + f + "\"").orElse("")
        + "]";
  }

  /** Collects the values of a {@link JointExercise}; {@link #build()} checks them. */
  public static final class Builder {
    private String name;
    private ImmutableSet<Country> participants = ImmutableSet.of();
    private ImmutableSet<Organization> organizations = ImmutableSet.of();
    private ImmutableSet<Domain> domains = ImmutableSet.of(Domain.MILITARY);
    private String location;
    private PartialDate start;
    private PartialDate end;
    private String forces;
    private ImmutableList<Evidence> evidence = ImmutableList.of();

    private Builder() {}

    /** Sets the name; {@code null} means unnamed. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the participants. */
    public Builder participants(Country... participants) {
      return participants(Arrays.asList(participants));
    }

    /** Sets the participants. */
    public Builder participants(Iterable<Country> participants) {
      this.participants = ImmutableSet.copyOf(participants);
      return this;
    }

    /** Sets the participating organizations; none unless set. */
    public Builder organizations(Organization... organizations) {
      return organizations(Arrays.asList(organizations));
    }

    /** Sets the participating organizations; none unless set. */
    public Builder organizations(Iterable<Organization> organizations) {
      this.organizations = ImmutableSet.copyOf(organizations);
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

    /** Sets the location; {@code null} means unknown. */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /** Sets the start; {@code null} means unknown. */
    public Builder start(PartialDate start) {
      this.start = start;
      return this;
    }

    /** Sets the end; {@code null} means unknown. */
    public Builder end(PartialDate end) {
      this.end = end;
      return this;
    }

    /** Sets the forces; {@code null} means not stated. */
    public Builder forces(String forces) {
      this.forces = forces;
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
     * Returns the exercise.
     *
     * @throws IllegalArgumentException as {@link JointExercise#JointExercise} does
     */
    public JointExercise build() {
      return new JointExercise(
          Optional.ofNullable(name),
          participants,
          organizations,
          domains,
          Optional.ofNullable(location),
          Optional.ofNullable(start),
          Optional.ofNullable(end),
          Optional.ofNullable(forces),
          evidence);
    }
  }
}
