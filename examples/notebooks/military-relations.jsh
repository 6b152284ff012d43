/env --class-path examples/target/entente.jar
// The seeds' military relations. Run from the repository root once the jar is built
// (mvn -q -pl examples -am package):
//   jshell examples/notebooks/military-relations.jsh      or   examples/jshell.sh <this file>
import dev.entente.model.*;
import dev.entente.query.*;
import dev.entente.seeds.*;
import dev.entente.examples.*;
import static dev.entente.model.Country.*;
import static dev.entente.model.Domain.*;

// The five seed articles, read once and kept for the whole session.
var corpus = Seeds.corpus();
System.out.println(corpus);

// Every military relation: pair of states, number of facts linking them, years of those facts.
System.out.println(Tables.of(corpus.relations().inDomain(MILITARY).list()));

// Russia and China. A query is a value: it prints the calls that built it, never the data.
var rusChn = corpus.relations().between(RUSSIA, CHINA).inDomain(MILITARY);
System.out.println(rusChn);
System.out.println(rusChn.list());

// What that relation rests on: each fact, and the sentence it was read from.
String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
}
for (Fact fact : rusChn.first().orElseThrow().facts()) {
    System.out.println(fact.factKind() + "  " + cut(Tables.summary(fact), 80));
    Evidence evidence = fact.evidence().get(0);
    System.out.println("    read in " + evidence.documentId() + ": \"" + cut(evidence.sentence(), 90) + "\"");
}

// The five pairs linked in the most domains, military or not.
corpus.relations().countByPair().entrySet().stream().limit(5).
    forEach(e -> System.out.println(e.getKey() + " linked in " + e.getValue() + " domains"));

// Russia's military partners, as a graph: each edge's value is the set of domains.
var graph = corpus.relations().inDomain(MILITARY).involving(RUSSIA).graph();
System.out.println("Russia's military partners: " + graph.adjacentNodes(RUSSIA));
/exit
