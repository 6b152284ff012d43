package dev.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Relation;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Multigraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Writes the seeds' relation graph in each format and reads it back. */
final class RelationGraphTest {

  private static final Corpus SEEDS = Seeds.corpus();
  private static final RelationGraph GRAPH = RelationGraph.of(SEEDS);

  private static Set<String> statesOfRelations() {
    Set<String> codes = new TreeSet<>();
    for (Relation r : SEEDS.relations().list()) {
      codes.add(r.pair().first().alpha3());
      codes.add(r.pair().second().alpha3());
    }
    return codes;
  }

  /** Reads a graph back with one of JGraphT's importers, keeping each element's attributes. */
  private static final class Read {
    final Graph<String, DefaultEdge> graph = new Multigraph<>(null, DefaultEdge::new, false);
    final Map<String, Map<String, Attribute>> nodes = new HashMap<>();
    final Map<DefaultEdge, Map<String, Attribute>> edges = new HashMap<>();
  }

  @Test
  void graphMl_readBackWithJGraphT_hasEveryStateAndRelation() {
    Read read = new Read();
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(false);
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((p, a) -> read.nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    importer.addEdgeAttributeConsumer((p, a) -> read.edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    importer.importGraph(read.graph, new StringReader(GRAPH.toString(GraphFormat.GRAPHML)));

    assertEquals(statesOfRelations(), new TreeSet<>(read.graph.vertexSet()));
    assertEquals(SEEDS.relations().count(), read.graph.edgeSet().size());
    assertEquals("Russie", read.nodes.get("RUS").get("label").getValue());
    long facts = SEEDS.relations().list().stream().mapToLong(r -> r.facts().size()).sum();
    assertEquals(facts, read.edges.values().stream().mapToLong(a -> Long.parseLong(a.get("facts").getValue())).sum());
    Relation first = SEEDS.relations().between(Country.CHINA, Country.RUSSIA).list().get(0);
    assertTrue(
        read.edges.entrySet().stream()
            .anyMatch(e -> read.graph.getEdgeSource(e.getKey()).equals("CHN")
                && read.graph.getEdgeTarget(e.getKey()).equals("RUS")
                && e.getValue().get("domain").getValue().equals(first.domain().name())));
  }

  @Test
  void dot_readBackWithJGraphT() {
    Read read = new Read();
    DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addEdgeAttributeConsumer((p, a) -> read.edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    importer.importGraph(read.graph, new StringReader(GRAPH.toString(GraphFormat.DOT)));

    assertEquals(statesOfRelations(), new TreeSet<>(read.graph.vertexSet()));
    assertEquals(SEEDS.relations().count(), read.graph.edgeSet().size());
    Set<String> domains = new TreeSet<>(SEEDS.relations().list().stream().map(r -> r.domain().name()).toList());
    Set<String> written = new TreeSet<>(read.edges.values().stream().map(a -> a.get("domain").getValue()).toList());
    assertEquals(domains, written);
  }

  @Test
  void gexf_isGexfAsGephiReadsIt() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(GRAPH.toString(GraphFormat.GEXF))));
    Element root = xml.getDocumentElement();
    assertEquals("gexf", root.getLocalName());
    Element graph = (Element) root.getElementsByTagNameNS("*", "graph").item(0);
    assertEquals("undirected", graph.getAttribute("defaultedgetype"));
    NodeList nodes = root.getElementsByTagNameNS("*", "node");
    Set<String> ids = new TreeSet<>();
    Map<String, String> labels = new HashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      ids.add(node.getAttribute("id"));
      labels.put(node.getAttribute("id"), node.getAttribute("label"));
    }
    assertEquals(statesOfRelations(), ids);
    assertEquals("Chine", labels.get("CHN"));
    NodeList edges = root.getElementsByTagNameNS("*", "edge");
    assertEquals(SEEDS.relations().count(), edges.getLength());
    long weights = 0;
    for (int i = 0; i < edges.getLength(); i++) {
      weights += (long) Double.parseDouble(((Element) edges.item(i)).getAttribute("weight"));
    }
    assertEquals(SEEDS.relations().list().stream().mapToLong(r -> r.facts().size()).sum(), weights);
  }
}
