package dev.entente.identity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.identity.Disagreement.Attribute;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Evidence;
import dev.entente.model.PartialDate;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.text.FrenchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When two transfer mentions are one transfer.
 *
 * <p>Supplier and recipient must be the same, in the same direction. The systems, each by its
 * canonical name where it has one ("MBT-2000" for a "VT-1A"), else as written, must be the same
 * designation once folded without spaces or hyphens ("S-400", "S 400"), or one must contain the
 * other where the shorter is a designation with a digit ("S-400" in "S-400 Triumph"), as the gold
 * matches them; a maker's or a family's name alone never matches another. Categories, where both
 * give one, must agree.
 *
 * <p>The status is a lifecycle (requested, negotiating, ordered, delivered): a step of lower
 * status must not be dated after one of higher status, and two mentions of one status must give
 * dates that share a day, so two orders of one aircraft by one buyer in different years stay two
 * transfers. Deliveries are the exception: a transfer is often delivered in parts, each dated.
 *
 * <p>Within one article, a quantity names a lot: two mentions that state different quantities are
 * two transfers ("un premier contrat portait sur 8 avions, le second sur 12"), since an article
 * states the size of one order once and consistently. A delivery is the one exception, because it
 * is often a part of an order: a delivery of fewer than a mention of lower status states ("cinq
 * systèmes commandés", "le premier livré en 2021") is a part of that order, and two deliveries of
 * different sizes are two parts of one transfer when their dates share no day. A delivery of more
 * than was ordered is never a part of that order. Across articles quantities are not compared:
 * newsrooms often disagree on them, and the record shows each as a disagreement.
 *
 * <p>Across articles a mention must name the system, or give the same status dated to the same
 * month; within one article a transfer without a system ("ces appareils") joins the one it
 * refers back to.
 */
final class TransferIdentity implements IdentityRule<ArmsTransfer> {

  /** Returns the system's key folded without spaces or hyphens, which {@link #affinity} compares. */
  @Override
  public Object profile(ArmsTransfer transfer) {
    return transfer.systemKey().map(FrenchText::squash);
  }

  @Override
  @SuppressWarnings("unchecked") // the profile is what profile() returns
  public int affinity(ArmsTransfer a, Object pa, ArmsTransfer b, Object pb, Scope scope) {
    if (a.supplier() != b.supplier() || a.recipient() != b.recipient()) {
      return APART;
    }
    if (a.category().isPresent() && b.category().isPresent() && a.category().get() != b.category().get()) {
      return APART;
    }
    boolean bothNamed = a.system().isPresent() && b.system().isPresent();
    if (bothNamed
        && !sameSquashed(((Optional<String>) pa).get(), ((Optional<String>) pb).get())) {
      return APART;
    }
    if (!lifecycleInOrder(a, b)) {
      return APART;
    }
    if (scope == Scope.SAME_DOCUMENT && !sameLot(a, b)) {
      return APART;
    }
    boolean sameMonth = a.status() == b.status() && PartialDates.agreeToTheMonth(a.date(), b.date());
    if (scope == Scope.ACROSS_DOCUMENTS && !bothNamed && !sameMonth) {
      return APART;
    }
    return (bothNamed ? 3 : 0) + (sameMonth ? 2 : 0) + (a.status() == b.status() ? 1 : 0);
  }

  private static boolean lifecycleInOrder(ArmsTransfer a, ArmsTransfer b) {
    int order = a.status().compareTo(b.status());
    if (order == 0) {
      return a.status() == TransferStatus.DELIVERED || PartialDates.compatible(a.date(), b.date());
    }
    return order < 0
        ? PartialDates.inOrder(a.date(), b.date())
        : PartialDates.inOrder(b.date(), a.date());
  }

  /**
   * Returns whether the quantities of two mentions of one article allow one transfer: one is not
   * stated, they are equal, or one is a part of the other (see the class comment).
   */
  private static boolean sameLot(ArmsTransfer a, ArmsTransfer b) {
    if (a.quantity().isEmpty() || b.quantity().isEmpty()) {
      return true;
    }
    int qa = a.quantity().getAsInt();
    int qb = b.quantity().getAsInt();
    if (qa == qb) {
      return true;
    }
    boolean deliveredA = a.status() == TransferStatus.DELIVERED;
    boolean deliveredB = b.status() == TransferStatus.DELIVERED;
    if (deliveredA && deliveredB) { // two parts of one delivery are dated apart
      return a.date().isPresent() && b.date().isPresent() && !a.date().get().overlaps(b.date().get());
    }
    return deliveredA ? qa < qb : deliveredB && qb < qa;
  }

  /** Returns whether two system names designate one system (see the class comment). */
  static boolean sameSystem(String a, String b) {
    return sameSquashed(FrenchText.squash(a), FrenchText.squash(b));
  }

  private static boolean sameSquashed(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return longer.contains(shorter) && shorter.chars().anyMatch(Character::isDigit);
  }

  /**
   * Returns the designation a system name is looked up by: its first word with a digit
   * ("S-400 Triumph" gives {@code s400}), else the whole name folded without spaces or hyphens.
   */
  static String designation(String system) {
    for (String word : FrenchText.fold(system).split("\\s+")) {
      if (word.chars().anyMatch(Character::isDigit)) {
        return FrenchText.squash(word);
      }
    }
    return FrenchText.squash(system);
  }

  /** Returns the key of the route and designation, or of the route, status and month. */
  @Override
  public ImmutableSet<Object> blockingKeys(ArmsTransfer transfer) {
    ImmutableSet.Builder<Object> keys = ImmutableSet.builder();
    transfer
        .systemKey()
        .ifPresent(
            s -> keys.add(List.of("transfer", transfer.supplier(), transfer.recipient(), designation(s))));
    PartialDates.month(transfer.date())
        .ifPresent(
            m ->
                keys.add(
                    List.of(
                        "transfer-month",
                        transfer.supplier(),
                        transfer.recipient(),
                        transfer.status(),
                        m)));
    return keys.build();
  }

  /** Returns the key of the route. */
  @Override
  public ImmutableSet<Object> documentKeys(ArmsTransfer transfer) {
    return ImmutableSet.of(List.of(transfer.supplier(), transfer.recipient()));
  }

  @Override
  public ArmsTransfer merge(ImmutableList<ArmsTransfer> mentions) {
    Votes<String> systems = new Votes<>(s -> s, Comparator.comparingInt(String::length).reversed());
    Votes<String> canonical = new Votes<>(s -> s, Comparator.comparingInt(String::length).reversed());
    Votes<SystemCategory> categories = Votes.byText(SystemCategory::name);
    TransferStatus furthest = TransferStatus.REQUESTED;
    List<Evidence> evidence = new ArrayList<>();
    for (ArmsTransfer mention : mentions) {
      systems.add(mention.system(), mention);
      canonical.add(mention.canonicalSystem(), mention);
      categories.add(mention.category(), mention);
      if (mention.status().compareTo(furthest) > 0) {
        furthest = mention.status();
      }
      evidence.addAll(mention.evidence());
    }
    TransferStatus status = furthest;
    ArmsTransfer first = mentions.get(0);
    Optional<String> system = systems.best();
    // a canonical name that is the chosen written one says nothing more
    Optional<String> other =
        canonical.best().filter(c -> !system.map(FrenchText::squash).orElse("").equals(FrenchText.squash(c)));
    return ArmsTransfer.builder()
        .supplier(first.supplier())
        .recipient(first.recipient())
        .system(system.orElse(null))
        .canonicalSystem(other.orElse(null))
        .category(categories.best().orElse(null))
        .quantity(quantity(mentions))
        .status(status)
        .date(firstDate(mentions, status).orElse(null))
        .evidence(ImmutableSet.copyOf(evidence))
        .build();
  }

  /**
   * Returns the best-supported quantity of the order (or of the mentions below delivery), which a
   * delivery in parts does not change; else the best-supported quantity of all.
   */
  private static OptionalInt quantity(ImmutableList<ArmsTransfer> mentions) {
    Votes<Integer> ordered = quantities();
    Votes<Integer> all = quantities();
    for (ArmsTransfer mention : mentions) {
      if (mention.quantity().isPresent()) {
        all.add(mention.quantity().getAsInt(), mention);
        if (mention.status() != TransferStatus.DELIVERED) {
          ordered.add(mention.quantity().getAsInt(), mention);
        }
      }
    }
    Optional<Integer> best = ordered.best().or(all::best);
    return best.isPresent() ? OptionalInt.of(best.get()) : OptionalInt.empty();
  }

  private static Votes<Integer> quantities() {
    return new Votes<>(String::valueOf, Comparator.<Integer>reverseOrder());
  }

  /** Returns the date of the step {@code status}: for deliveries, the first part's. */
  private static Optional<PartialDate> firstDate(
      ImmutableList<ArmsTransfer> mentions, TransferStatus status) {
    List<StatusStep> steps =
        new TransferIdentity().lifecycle(mentions).stream().filter(s -> s.status() == status).toList();
    return steps.stream().flatMap(s -> s.date().stream()).findFirst();
  }

  private static Votes<PartialDate> dates(List<ArmsTransfer> mentions) {
    Votes<PartialDate> dates = new Votes<>(PartialDate::toString, PartialDates.MORE_PRECISE_FIRST);
    mentions.forEach(m -> dates.add(m.date(), m));
    return dates;
  }

  /**
   * Returns one step per status in status order, and for deliveries one step per part: mentions
   * whose dates share no day are two parts, an undated delivery joins the first part.
   */
  @Override
  public ImmutableList<StatusStep> lifecycle(ImmutableList<ArmsTransfer> mentions) {
    Map<TransferStatus, List<ArmsTransfer>> byStatus = new EnumMap<>(TransferStatus.class);
    for (ArmsTransfer mention : mentions) {
      byStatus.computeIfAbsent(mention.status(), s -> new ArrayList<>()).add(mention);
    }
    ImmutableList.Builder<StatusStep> steps = ImmutableList.builder();
    byStatus.forEach(
        (status, group) -> {
          for (List<ArmsTransfer> part : parts(status, group)) {
            List<Evidence> evidence = new ArrayList<>();
            Votes<Integer> quantities = quantities();
            for (ArmsTransfer m : part) {
              evidence.addAll(m.evidence());
              if (m.quantity().isPresent()) {
                quantities.add(m.quantity().getAsInt(), m);
              }
            }
            Optional<Integer> quantity = quantities.best();
            steps.add(
                new StatusStep(
                    status,
                    dates(part).best(),
                    quantity.isPresent() ? OptionalInt.of(quantity.get()) : OptionalInt.empty(),
                    AgreementIdentity.documents(evidence),
                    ImmutableSet.copyOf(evidence).asList()));
          }
        });
    return steps.build();
  }

  /** Returns the mentions of one status grouped into parts (one group unless delivered). */
  private static List<List<ArmsTransfer>> parts(TransferStatus status, List<ArmsTransfer> group) {
    if (status != TransferStatus.DELIVERED) {
      return List.of(group);
    }
    List<ArmsTransfer> dated =
        group.stream()
            .filter(m -> m.date().isPresent())
            .sorted(Comparator.comparing((ArmsTransfer m) -> m.date().get()))
            .toList();
    List<List<ArmsTransfer>> parts = new ArrayList<>();
    for (ArmsTransfer m : dated) {
      List<ArmsTransfer> last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      if (last != null && last.stream().allMatch(o -> o.date().get().overlaps(m.date().get()))) {
        last.add(m);
      } else {
        parts.add(new ArrayList<>(List.of(m)));
      }
    }
    List<ArmsTransfer> undated = group.stream().filter(m -> m.date().isEmpty()).toList();
    if (parts.isEmpty()) {
      parts.add(new ArrayList<>(undated));
    } else {
      parts.get(0).addAll(undated);
    }
    return parts;
  }

  @Override
  public ImmutableList<Disagreement> disagreements(ImmutableList<ArmsTransfer> mentions) {
    ImmutableList.Builder<Disagreement> found = ImmutableList.builder();
    Votes<String> systems = Votes.byText(s -> s); // by canonical name: writing one system two ways is no disagreement
    Votes<SystemCategory> categories = Votes.byText(SystemCategory::name);
    EnumSet<TransferStatus> statuses = EnumSet.noneOf(TransferStatus.class);
    for (ArmsTransfer mention : mentions) {
      systems.add(mention.systemKey(), mention);
      categories.add(mention.category(), mention);
      statuses.add(mention.status());
    }
    systems.disagreement(Attribute.SYSTEM, Optional.empty()).ifPresent(found::add);
    categories.disagreement(Attribute.CATEGORY, Optional.empty()).ifPresent(found::add);
    for (TransferStatus status : statuses) {
      List<ArmsTransfer> group = mentions.stream().filter(m -> m.status() == status).toList();
      Votes<Integer> quantities = quantities();
      group.forEach(m -> {
        if (m.quantity().isPresent()) {
          quantities.add(m.quantity().getAsInt(), m);
        }
      });
      if (status != TransferStatus.DELIVERED) { // parts of a delivery have dates of their own
        dates(group).disagreement(Attribute.DATE, Optional.of(status)).ifPresent(found::add);
      }
      quantities.disagreement(Attribute.QUANTITY, Optional.of(status)).ifPresent(found::add);
    }
    return found.build();
  }
}
