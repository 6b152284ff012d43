package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A transfer of weapons from one state to another: requested, negotiated, ordered, produced under
 * licence or delivered.
 *
 * <pre>{@code
 * ArmsTransfer rifles = ArmsTransfer.builder()
 *     .supplier(RUSSIA).recipient(INDIA).system("AK-203").category(SMALL_ARMS)
 *     .quantity(600).status(LICENSED_PRODUCTION).evidence(evidence)
 *     .build();
 * }</pre>
 *
 * @param supplier the state that supplies
 * @param recipient the state that receives; never the supplier
 * @param system the system's designation or description as the article writes it ("S-400",
 *     "VT-1A", "chasseurs russes")
 * @param canonicalSystem the name a weapon catalogue knows the system by, where the reader knows
 *     one and the article writes another ("MBT-2000" for "VT-1A", "Su-30" for "Sukhoi-30"):
 *     group or join on it to count one system however newsrooms write it
 * @param category the system's broad category
 * @param quantity how many, where the article says; at least one
 * @param status how far the transfer has gone
 * @param date when it reached that status
 * @param evidence where it was read; at least one
 */
public record ArmsTransfer(
    Country supplier,
    Country recipient,
    Optional<String> system,
    Optional<String> canonicalSystem,
    Optional<SystemCategory> category,
    OptionalInt quantity,
    TransferStatus status,
    Optional<PartialDate> date,
    ImmutableList<Evidence> evidence)
    implements Fact {

  private static final ImmutableSet<Domain> DOMAINS = Sets.immutableEnumSet(Domain.MILITARY);

  /**
   * Checks and copies every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the supplier is the recipient, the quantity is below one,
   *     the system or its canonical name is blank, there is a canonical name without a system, or
   *     there is no evidence
   */
  public ArmsTransfer {
    checkNotNull(supplier, "supplier");
    checkNotNull(recipient, "recipient");
    checkNotNull(system, "system");
    checkNotNull(canonicalSystem, "canonicalSystem");
    checkNotNull(category, "category");
    checkNotNull(quantity, "quantity");
    checkNotNull(status, "status");
    checkNotNull(date, "date");
    checkNotNull(evidence, "evidence");
    checkArgument(
        supplier != recipient, "a transfer's supplier cannot be its recipient, got %s", supplier);
    checkArgument(
        quantity.orElse(1) >= 1, "a transfer's quantity must be at least 1, got %s", quantity);
    checkArgument(system.map(s -> !s.isBlank()).orElse(true), "a system name must not be blank");
    checkArgument(
        canonicalSystem.map(s -> !s.isBlank()).orElse(true), "a canonical system name must not be blank");
    checkArgument(
        system.isPresent() || canonicalSystem.isEmpty(),
        "a canonical system name needs the system as written, got only %s",
        canonicalSystem);
    checkArgument(
        !evidence.isEmpty(), "a transfer needs evidence, %s to %s", supplier, recipient);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this transfer's values. */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .supplier(supplier)
            .recipient(recipient)
            .system(system.orElse(null))
            .canonicalSystem(canonicalSystem.orElse(null))
            .category(category.orElse(null))
            .status(status)
            .date(date.orElse(null))
            .evidence(evidence);
    quantity.ifPresent(builder::quantity);
    return builder;
  }

  /**
   * Returns the id; a canonical system name enters it as one more part, so a transfer without one
   * keeps the id it would have without that part.
   */
  @Override
  public String id() {
    if (canonicalSystem.isEmpty()) {
      return FactIds.of(
          FactKind.TRANSFER, supplier, recipient, system, category, quantity, status, date);
    }
    return FactIds.of(
        FactKind.TRANSFER,
        supplier,
        recipient,
        system,
        category,
        quantity,
        status,
        date,
        canonicalSystem);
  }

  /**
   * Returns the name to group this transfer's system by: the canonical name where there is one,
   * else the system as written.
   */
  public Optional<String> systemKey() {
    return canonicalSystem.isPresent() ? canonicalSystem : system;
  }

  @Override
  public FactKind factKind() {
    return FactKind.TRANSFER;
  }

  @Override
  public ImmutableSet<Country> states() {
    return Sets.immutableEnumSet(supplier, recipient);
  }

  /** Returns no organization: a transfer's supplier and recipient are states. */
  @Override
  public ImmutableSet<Organization> organizations() {
    return ImmutableSet.of();
  }

  /** Returns {@code MILITARY}: every arms transfer lies in that domain. */
  @Override
  public ImmutableSet<Domain> domains() {
    return DOMAINS;
  }

  @Override
  public ImmutableSet<CountryPair> pairs() {
    return ImmutableSet.of(CountryPair.of(supplier, recipient));
  }

  @Override
  public ArmsTransfer withEvidence(Iterable<Evidence> evidence) {
    return toBuilder().evidence(evidence).build();
  }

  @Override
  public String toString() {
    return "ArmsTransfer["
        + supplier.alpha3()
        + " -> "
        + recipient.alpha3()
        + system.map(s -> " \"" + s + "\"").orElse("")
        + canonicalSystem.map(s -> " (" + s + ")").orElse("")
        + category.map(c -> " " + c).orElse("")
        + (quantity.isPresent() ? " x" + quantity.getAsInt() : "")
        + " "
        + status
        + date.map(d -> " " + d).orElse("")
        + "]";
  }

  /** Collects the values of an {@link ArmsTransfer}; {@link #build()} checks them. */
  public static final class Builder {
    private Country supplier;
    private Country recipient;
    private String system;
    private String canonicalSystem;
    private SystemCategory category;
    private OptionalInt quantity = OptionalInt.empty();
    private TransferStatus status;
    private PartialDate date;
    private ImmutableList<Evidence> evidence = ImmutableList.of();

    private Builder() {}

    /** Sets the supplier. */
    public Builder supplier(Country supplier) {
      this.supplier = supplier;
      return this;
    }

    /** Sets the recipient. */
    public Builder recipient(Country recipient) {
      this.recipient = recipient;
      return this;
    }

    /** Sets the system; {@code null} means not named. */
    public Builder system(String system) {
      this.system = system;
      return this;
    }

    /** Sets the canonical system name; {@code null} means none other than the system as written. */
    public Builder canonicalSystem(String canonicalSystem) {
      this.canonicalSystem = canonicalSystem;
      return this;
    }

    /** Sets the category; {@code null} means unknown. */
    public Builder category(SystemCategory category) {
      this.category = category;
      return this;
    }

    /** Sets the quantity. */
    public Builder quantity(int quantity) {
      this.quantity = OptionalInt.of(quantity);
      return this;
    }

    /** Sets the quantity; empty means not stated. */
    public Builder quantity(OptionalInt quantity) {
      this.quantity = quantity;
      return this;
    }

    /** Sets the status. */
    public Builder status(TransferStatus status) {
      this.status = status;
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
     * Returns the transfer.
     *
     * @throws NullPointerException if the supplier, recipient or status was not set
     * @throws IllegalArgumentException as {@link ArmsTransfer#ArmsTransfer} does
     */
    public ArmsTransfer build() {
      return new ArmsTransfer(
          supplier,
          recipient,
          Optional.ofNullable(system),
          Optional.ofNullable(canonicalSystem),
          Optional.ofNullable(category),
          quantity,
          status,
          Optional.ofNullable(date),
          evidence);
    }
  }
}
