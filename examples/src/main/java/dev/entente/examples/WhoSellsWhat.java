package dev.entente.examples;

import com.google.common.collect.ImmutableList;
import dev.entente.examples.Table.Align;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who sells what to whom in the seed articles: the arms transfers grouped by supplier and
 * recipient, then each transfer with its system, quantity and status.
 *
 * <pre>
 * java -cp examples/target/entente.jar dev.entente.examples.WhoSellsWhat
 * </pre>
 */
public final class WhoSellsWhat {

  private WhoSellsWhat() {}

  /** Prints one line per supplier and recipient, then the table of every transfer. */
  public static void main(String[] args) {
    Corpus corpus = Seeds.corpus();
    ImmutableList<ArmsTransfer> transfers = corpus.armsTransfers().list();

    // Directed: RUS -> IND is not IND -> RUS, so the key is (supplier, recipient), not a pair.
    Map<String, List<ArmsTransfer>> byRoute = new TreeMap<>();
    for (ArmsTransfer transfer : transfers) {
      String route = transfer.supplier().alpha3() + " -> " + transfer.recipient().alpha3();
      byRoute.computeIfAbsent(route, r -> new ArrayList<>()).add(transfer);
    }
    Table.Builder routes =
        Table.builder()
            .column("supplier -> recipient")
            .column("transfers", Align.RIGHT)
            .column("systems");
    byRoute.forEach(
        (route, list) ->
            routes.row(
                route,
                String.valueOf(list.size()),
                list.stream().map(WhoSellsWhat::system).collect(Collectors.joining(", "))));

    System.out.println(transfers.size() + " arms transfers in " + corpus.size() + " articles.");
    System.out.println();
    System.out.println(routes.build());
    System.out.println();
    System.out.println(Tables.ofTransfers(transfers));
    System.out.println();
    Country topSupplier =
        transfers.stream()
            .collect(Collectors.groupingBy(ArmsTransfer::supplier, Collectors.counting()))
            .entrySet()
            .stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElseThrow();
    System.out.println(
        "Main supplier: "
            + topSupplier.frenchName()
            + " ("
            + topSupplier.alpha3()
            + "), to "
            + corpus.armsTransfers().from(topSupplier).stream()
                .map(t -> CountryPair.of(t.supplier(), t.recipient()).other(topSupplier))
                .distinct()
                .map(Country::frenchName)
                .collect(Collectors.joining(", ")));
  }

  private static String system(ArmsTransfer transfer) {
    return transfer.system().orElse("unnamed system")
        + (transfer.quantity().isPresent() ? " x" + transfer.quantity().getAsInt() : "")
        + " ("
        + transfer.status()
        + ")";
  }
}
