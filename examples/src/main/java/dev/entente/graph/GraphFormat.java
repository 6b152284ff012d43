package dev.entente.graph;

import java.util.Locale;

/** The file formats {@link RelationGraph} writes. */
public enum GraphFormat {
  /** GraphML, which Gephi, Cytoscape and yEd open; attributes are typed keys. */
  GRAPHML("graphml"),
  /** GEXF 1.2, Gephi's own format; edges are undirected. */
  GEXF("gexf"),
  /** Graphviz's DOT language, for {@code dot}, {@code neato} and Gephi's DOT import. */
  DOT("dot");

  private final String extension;

  GraphFormat(String extension) {
    this.extension = extension;
  }

  /** Returns the usual file extension, without the dot: {@code graphml}, {@code gexf}, {@code dot}. */
  public String extension() {
    return extension;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
