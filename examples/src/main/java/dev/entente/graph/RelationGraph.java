package dev.entente.graph;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.PartialDate;
import dev.entente.model.Relation;
import dev.entente.query.Corpus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.Multigraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The relation graph of a corpus: each state that some relation links is a node (id its alpha-3
 * code, label its French name), and each relation an undirected edge between its two states,
 * one per pair and domain, with the number of facts behind it and the first and last years of
 * the dated ones. Written as GraphML, GEXF or DOT with JGraphT's exporters, for Gephi, Cytoscape
 * and Graphviz. Immutable.
 *
 * <pre>{@code
 * RelationGraph graph = RelationGraph.of(corpus);
 * graph.write(GraphFormat.GEXF, Path.of("relations.gexf"));   // Gephi: File > Open
 * }</pre>
 *
 * <p>Attributes: a node has {@code label} and {@code code}; an edge has {@code domain}, {@code
 * facts}, {@code weight} (the number of facts, which Gephi sizes edges by) and, when some fact is
 * dated, {@code first_year} and {@code last_year}; in GEXF and DOT its {@code label} is the domain.
 */
public final class RelationGraph {

  /**
   * One edge: the relation of {@code pair} in {@code domain}.
   *
   * @param pair the two states
   * @param domain the domain
   * @param facts how many facts link them in it
   * @param firstYear the year of the earliest dated fact
   * @param lastYear the year of the latest dated fact
   */
  public record Edge(CountryPair pair, Domain domain, int facts, Optional<Integer> firstYear, Optional<Integer> lastYear) {
    /** Returns the edge's id in the files: {@code CHN-RUS-MILITARY}. */
    public String id() {
      return pair + "-" + domain.name();
    }
  }

  private final ImmutableSet<Country> states;
  private final ImmutableList<Edge> edges;

  private RelationGraph(ImmutableSet<Country> states, ImmutableList<Edge> edges) {
    this.states = states;
    this.edges = edges;
  }

  /**
   * Returns the graph of {@code corpus}'s relations.
   *
   * @throws NullPointerException if {@code corpus} is null
   */
  public static RelationGraph of(Corpus corpus) {
    checkNotNull(corpus, "corpus");
    return of(corpus.relations().list());
  }

  /**
   * Returns the graph of {@code relations}, such as those a query found.
   *
   * @throws NullPointerException if {@code relations} or one of them is null
   */
  public static RelationGraph of(Iterable<Relation> relations) {
    checkNotNull(relations, "relations");
    TreeSet<Country> states = new TreeSet<>(Comparator.comparing(Country::alpha3));
    ImmutableList.Builder<Edge> edges = ImmutableList.builder();
    for (Relation relation : relations) {
      states.add(relation.pair().first());
      states.add(relation.pair().second());
      Optional<Integer> first = relation.firstDate().map(PartialDate::year);
      Optional<Integer> last =
          relation.facts().stream()
              .flatMap(f -> f.date().stream())
              .max(Comparator.naturalOrder())
              .map(PartialDate::year);
      edges.add(new Edge(relation.pair(), relation.domain(), relation.facts().size(), first, last));
    }
    return new RelationGraph(ImmutableSet.copyOf(states), edges.build());
  }

  /** Returns the nodes: the states the relations link, in alpha-3 order. */
  public ImmutableSet<Country> states() {
    return states;
  }

  /** Returns the edges, one per relation, in the relations' order. */
  public ImmutableList<Edge> edges() {
    return edges;
  }

  /**
   * Writes the graph in {@code format} to {@code file}, in UTF-8.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written
   */
  public void write(GraphFormat format, Path file) throws IOException {
    checkNotNull(format, "format");
    checkNotNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(format, out);
    }
  }

  /**
   * Writes the graph in {@code format} to {@code out}; does not close it.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} cannot be written
   */
  public void write(GraphFormat format, Writer out) throws IOException {
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    Graph<Country, Edge> graph = new Multigraph<>(null, null, true);
    states.forEach(graph::addVertex);
    for (Edge edge : edges) {
      graph.addEdge(edge.pair().first(), edge.pair().second(), edge);
      graph.setEdgeWeight(edge, edge.facts()); // Gephi sizes edges by weight
    }
    try {
      switch (format) {
        case GRAPHML -> graphMl().exportGraph(graph, out);
        case GEXF -> gexf().exportGraph(graph, out);
        case DOT -> dot().exportGraph(graph, out);
      }
    } catch (ExportException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot write the graph as " + format + ": " + e.getMessage(), e);
    }
    out.flush();
  }

  /** Returns the graph written in {@code format}. */
  public String toString(GraphFormat format) {
    StringWriter text = new StringWriter();
    try {
      write(format, text);
    } catch (IOException e) { // a StringWriter does no I/O
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "RelationGraph[" + states.size() + " states, " + edges.size() + " relations]";
  }

  private static Map<String, Attribute> nodeAttributes(Country state) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("label", DefaultAttribute.createAttribute(state.frenchName()));
    attributes.put("code", DefaultAttribute.createAttribute(state.alpha3()));
    return attributes;
  }

  private static Map<String, Attribute> edgeAttributes(Edge edge) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("label", DefaultAttribute.createAttribute(edge.domain().name()));
    attributes.put("domain", DefaultAttribute.createAttribute(edge.domain().name()));
    attributes.put("facts", DefaultAttribute.createAttribute(edge.facts()));
    edge.firstYear().ifPresent(y -> attributes.put("first_year", DefaultAttribute.createAttribute(y)));
    edge.lastYear().ifPresent(y -> attributes.put("last_year", DefaultAttribute.createAttribute(y)));
    return attributes;
  }

  private static GraphMLExporter<Country, Edge> graphMl() {
    GraphMLExporter<Country, Edge> exporter = new GraphMLExporter<>(Country::alpha3);
    exporter.setEdgeIdProvider(Edge::id);
    exporter.setVertexAttributeProvider(RelationGraph::nodeAttributes);
    exporter.setEdgeAttributeProvider(RelationGraph::edgeAttributes); // GraphML keys by name: "label" is the node's
    exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute("code", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute("domain", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    exporter.registerAttribute("facts", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    exporter.setExportEdgeWeights(true);
    exporter.registerAttribute("first_year", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    exporter.registerAttribute("last_year", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    return exporter;
  }

  private static GEXFExporter<Country, Edge> gexf() {
    GEXFExporter<Country, Edge> exporter = new GEXFExporter<>(Country::alpha3, Edge::id);
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    exporter.setCreator("Entente");
    exporter.setDescription("relations between states read from French defence news");
    exporter.setVertexAttributeProvider(RelationGraph::nodeAttributes);
    exporter.setEdgeAttributeProvider(RelationGraph::edgeAttributes);
    exporter.registerAttribute("code", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    exporter.registerAttribute("domain", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
    exporter.registerAttribute("facts", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    exporter.registerAttribute("first_year", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    exporter.registerAttribute("last_year", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    return exporter;
  }

  private static DOTExporter<Country, Edge> dot() {
    DOTExporter<Country, Edge> exporter = new DOTExporter<>(Country::alpha3);
    exporter.setGraphIdProvider(() -> "relations");
    exporter.setVertexAttributeProvider(RelationGraph::nodeAttributes);
    exporter.setEdgeAttributeProvider(
        edge -> {
          Map<String, Attribute> attributes = edgeAttributes(edge);
          attributes.put("weight", DefaultAttribute.createAttribute(edge.facts()));
          return attributes;
        });
    return exporter;
  }
}
