/**
 * The relation graph of a corpus, states as nodes and relations as edges, as GraphML, GEXF or DOT
 * for Gephi, Cytoscape and Graphviz: {@link dev.entente.graph.RelationGraph}.
 */
package dev.entente.graph;
