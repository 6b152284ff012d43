/env --class-path examples/target/entente.jar
// Write the seed corpus as JSON Lines and read it back. Run from the repository root once the jar
// is built (mvn -q -pl examples -am package):
//   jshell examples/notebooks/export-json.jsh      or   examples/jshell.sh <this file>
// The file goes to examples/target/seeds.jsonl; the command line does the same with
//   java -jar examples/target/entente.jar extract > seeds.jsonl
import java.nio.file.*;
import dev.entente.json.*;
import dev.entente.model.*;
import dev.entente.seeds.*;

var readings = Seeds.readings();
var file = Path.of("examples/target/seeds.jsonl");
CorpusJson.writeLines(readings, file);
System.out.println("wrote " + Files.readAllLines(file).size() + " lines to " + file);

// One object per article and line: the document, its actors, facts, relations and diagnostics.
var first = Files.readAllLines(file).get(0);
System.out.println(first.substring(0, 96) + " ...");

// Reading back is strict and lossless.
var back = CorpusJson.readLines(file);
System.out.println("read back: " + back.size() + " readings, equal: " + back.equals(readings));
back.forEach(r -> System.out.println("  " + r));

// A malformed line is refused with its line number and the path of the field.
try {
    CorpusJson.read("{\"document\": {\"id\": \"x\"}, \"colour\": 1}");
} catch (CorpusJsonException e) {
    System.out.println("refused: " + e.getMessage());
}
/exit
