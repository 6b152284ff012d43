package dev.entente.query;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;

/**
 * Indexes a corpus's arms transfers by direction: by supplier, by recipient, and by route (supplier
 * and recipient), so that {@code from(a).to(b)} reads exactly its transfers. Positions are those of
 * the transfers' {@link FactTable}, ascending.
 */
final class TransferRoutes {

  private static final int COUNTRIES = Country.values().length;
  private static final ImmutableIntArray NONE = ImmutableIntArray.of();

  private final ImmutableIntArray[] bySupplier; // by Country.ordinal(); never null
  private final ImmutableIntArray[] byRecipient; // by Country.ordinal(); never null
  private final ImmutableIntArray[] byRoute; // by supplier * COUNTRIES + recipient; null if none

  private TransferRoutes(
      ImmutableIntArray[] bySupplier,
      ImmutableIntArray[] byRecipient,
      ImmutableIntArray[] byRoute) {
    this.bySupplier = bySupplier;
    this.byRecipient = byRecipient;
    this.byRoute = byRoute;
  }

  /** Returns the routes of {@code transfers}, which must be in corpus order. */
  static TransferRoutes of(ImmutableList<ArmsTransfer> transfers) {
    ImmutableIntArray.Builder[] suppliers = new ImmutableIntArray.Builder[COUNTRIES];
    ImmutableIntArray.Builder[] recipients = new ImmutableIntArray.Builder[COUNTRIES];
    ImmutableIntArray.Builder[] routes = new ImmutableIntArray.Builder[COUNTRIES * COUNTRIES];
    for (int i = 0; i < transfers.size(); i++) {
      ArmsTransfer transfer = transfers.get(i);
      int supplier = transfer.supplier().ordinal();
      int recipient = transfer.recipient().ordinal();
      add(suppliers, supplier, i);
      add(recipients, recipient, i);
      add(routes, supplier * COUNTRIES + recipient, i);
    }
    ImmutableIntArray[] byRoute = new ImmutableIntArray[routes.length];
    for (int r = 0; r < routes.length; r++) {
      byRoute[r] = routes[r] == null ? null : routes[r].build().trimmed();
    }
    return new TransferRoutes(build(suppliers), build(recipients), byRoute);
  }

  private static void add(ImmutableIntArray.Builder[] builders, int slot, int position) {
    if (builders[slot] == null) {
      builders[slot] = ImmutableIntArray.builder(4);
    }
    builders[slot].add(position);
  }

  private static ImmutableIntArray[] build(ImmutableIntArray.Builder[] builders) {
    ImmutableIntArray[] built = new ImmutableIntArray[builders.length];
    for (int i = 0; i < builders.length; i++) {
      built[i] = builders[i] == null ? NONE : builders[i].build().trimmed();
    }
    return built;
  }

  /** Returns the positions of the transfers {@code supplier} supplies. */
  ImmutableIntArray from(Country supplier) {
    return bySupplier[supplier.ordinal()];
  }

  /** Returns the positions of the transfers {@code recipient} receives. */
  ImmutableIntArray to(Country recipient) {
    return byRecipient[recipient.ordinal()];
  }

  /** Returns the positions of the transfers from {@code supplier} to {@code recipient}. */
  ImmutableIntArray route(Country supplier, Country recipient) {
    ImmutableIntArray route = byRoute[supplier.ordinal() * COUNTRIES + recipient.ordinal()];
    return route == null ? NONE : route;
  }
}
