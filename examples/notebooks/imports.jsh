// Startup script of examples/jshell.sh: the imports an analyst needs, and `corpus`, the seed corpus,
// so that this works right away:
//   corpus.relations().between(RUSSIA, CHINA).inDomain(MILITARY).list()
// The class path (examples/target/entente.jar) is set by jshell.sh.
import java.nio.file.*;
import java.time.Year;
import java.util.stream.*;
import dev.entente.model.*;
import dev.entente.query.*;
import dev.entente.json.*;
import dev.entente.parse.*;
import dev.entente.seeds.*;
import dev.entente.examples.*;
import dev.entente.table.*;
import dev.entente.duckdb.*;
import dev.entente.graph.*;
import static dev.entente.model.Country.*;
import static dev.entente.model.Domain.*;
import static dev.entente.model.AgreementKind.*;
import static dev.entente.model.AgreementStatus.*;
import static dev.entente.model.SystemCategory.*;
// TransferStatus shares NEGOTIATING with AgreementStatus: its other constants are imported by name;
// write TransferStatus.NEGOTIATING (or AgreementStatus.NEGOTIATING) in full.
import static dev.entente.model.TransferStatus.REQUESTED;
import static dev.entente.model.TransferStatus.ORDERED;
import static dev.entente.model.TransferStatus.LICENSED_PRODUCTION;
import static dev.entente.model.TransferStatus.DELIVERED;
var corpus = Seeds.corpus();
