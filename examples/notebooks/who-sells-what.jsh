/env --class-path examples/target/entente.jar
// Who sells what to whom in the seed articles. Run from the repository root once the jar is built
// (mvn -q -pl examples -am package):
//   jshell examples/notebooks/who-sells-what.jsh      or   examples/jshell.sh <this file>
import java.util.*;
import java.util.stream.*;
import dev.entente.model.*;
import dev.entente.query.*;
import dev.entente.seeds.*;
import dev.entente.examples.*;
import static dev.entente.model.Country.*;
import static dev.entente.model.SystemCategory.*;

var corpus = Seeds.corpus();

// Every arms transfer: supplier, recipient, system, category, quantity, status.
System.out.println(Tables.ofTransfers(corpus.armsTransfers().list()));

// Directed queries: from(supplier).to(recipient).
System.out.println("RUS -> IND: " + corpus.armsTransfers().from(RUSSIA).to(INDIA).list());
System.out.println("IND -> RUS: " + corpus.armsTransfers().from(INDIA).to(RUSSIA).list());

// What Russia supplies, recipient by recipient. (In a script, a line that is a whole statement
// runs as is: continue a chain by ending the line with its dot, not by starting the next with it.)
Map<Country, List<String>> byRecipient = corpus.armsTransfers().from(RUSSIA).stream().
    collect(Collectors.groupingBy(ArmsTransfer::recipient, TreeMap::new,
        Collectors.mapping(t -> t.system().orElse("?") + " (" + t.status() + ")", Collectors.toList())));
byRecipient.forEach((recipient, systems) ->
    System.out.println("RUS -> " + recipient.alpha3() + ": " + String.join(", ", systems)));

// Narrow by category, or by system name (case, accents, spaces and hyphens ignored).
System.out.println(Tables.ofTransfers(corpus.armsTransfers().ofCategory(AIR_DEFENCE).list()));
System.out.println("ofSystem(\"s400\"): " + corpus.armsTransfers().ofSystem("s400").list());

// How many transfers each supplier makes.
Map<Country, Long> bySupplier = corpus.armsTransfers().stream().
    collect(Collectors.groupingBy(ArmsTransfer::supplier, TreeMap::new, Collectors.counting()));
System.out.println(Tables.ofCounts("supplier", "transfers", bySupplier));
/exit
