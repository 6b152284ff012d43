/env --class-path examples/target/entente.jar
// Read a folder of your own French articles, one .txt file each. Run from the repository root once
// the jar is built (mvn -q -pl examples -am package):
//   jshell examples/notebooks/read-your-folder.jsh      or   examples/jshell.sh <this file>
// To read your own folder, change the path below.
import java.nio.file.*;
import dev.entente.model.*;
import dev.entente.query.*;
import dev.entente.parse.*;
import dev.entente.examples.*;
import static dev.entente.model.Country.*;
import static dev.entente.model.Domain.*;

// Build the parser once and reuse it: it is immutable and thread-safe.
var parser = Parser.defaultFrench();
var folder = Path.of("examples/notebooks/sample-articles");
var parsed = parser.parseFiles(folder);
System.out.println("files seen: " + parsed.filesSeen() + ", read: " + parsed.corpus().size()
    + ", problems: " + parsed.problems());

var mine = parsed.corpus();
System.out.println(Tables.of(mine.relations().list()));
System.out.println(Tables.ofTransfers(mine.armsTransfers().list()));

// Russia to Algeria, France to India: the transfers and the sentences they come from.
for (ArmsTransfer t : mine.armsTransfers().from(RUSSIA).to(ALGERIA).list()) {
    System.out.println(Tables.summary(t) + "  <-  " + t.evidence().get(0).sentence());
}
for (ArmsTransfer t : mine.armsTransfers().from(FRANCE).to(INDIA).list()) {
    System.out.println(Tables.summary(t) + "  <-  " + t.evidence().get(0).sentence());
}
System.out.println(Tables.ofExercises(mine.exercises().list()));

// A file that cannot be read is reported, named, and the others are still read.
var messy = Files.createTempDirectory("entente-notebook");
Files.copy(folder.resolve("inde-rafale.txt"), messy.resolve("inde-rafale.txt"));
Files.write(messy.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0});
var partial = parser.parseFiles(messy);
System.out.println("complete: " + partial.isComplete() + ", documents read: " + partial.corpus().size());
partial.failures().forEach(p -> System.out.println("left out: " + p.kind() + " " + p.file().getFileName()));
/exit
