package dev.entente.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The connected components of documents linked by shared keys, in Spark SQL, by the alternating
 * large-star and small-star steps of Kiveris et al. ("Connected Components in MapReduce and
 * Beyond", 2014). The documents of each key first become a star around the least of them; then
 * each round, large-star links each node's larger neighbours to the least node around it, and
 * small-star links a node and its smaller neighbours to the least of them. Both keep the
 * components and shrink paths, so that the edges end up as one star per component around its
 * least document, in a number of rounds that grows with the logarithm of the component's size (a
 * label propagation would take one round per step of its longest path).
 *
 * <p>Edges are kept as {@code (a, b)} with {@code a > b} in Spark's order of strings; a
 * component's name is its least document id, and nothing more.
 */
final class Components {

  private static final String[] DOCUMENT = {"document_id"};

  private Components() {}

  /**
   * Returns {@code (document_id, component)} for each document of {@code documents} (a column
   * {@code document_id}), linked by {@code edges} ({@code document_id, key}).
   */
  static Dataset<Row> of(Dataset<Row> documents, Dataset<Row> edges) {
    Dataset<Row> centres = edges.groupBy("key").agg(min("document_id").as("b"));
    Dataset<Row> links =
        edges.join(centres, new String[] {"key"})
            .select(col("document_id").as("a"), col("b"))
            .filter(col("a").notEqual(col("b")))
            .distinct()
            .localCheckpoint();
    while (!isStars(links)) {
      links = smallStar(largeStar(links)).localCheckpoint();
    }
    Dataset<Row> centre = links.select(col("a").as("document_id"), col("b").as("component"));
    return documents.select("document_id").join(centre, DOCUMENT, "left")
        .select(col("document_id"), coalesce(col("component"), col("document_id")).as("component"));
  }

  /** Links each node's larger neighbours to the least of the node and its neighbours. */
  private static Dataset<Row> largeStar(Dataset<Row> links) {
    Dataset<Row> both = symmetric(links);
    Dataset<Row> least =
        both.groupBy("a").agg(min("b").as("m")).select(col("a"), least(col("a"), col("m")).as("m"));
    return both.filter(col("b").gt(col("a")))
        .join(least, new String[] {"a"})
        .select(col("b").as("a"), col("m").as("b"))
        .filter(col("a").notEqual(col("b")))
        .distinct();
  }

  /** Links a node and its smaller neighbours to the least of them. */
  private static Dataset<Row> smallStar(Dataset<Row> links) {
    Dataset<Row> smaller = links; // (a, b) with a > b: b is a smaller neighbour of a
    Dataset<Row> least = smaller.groupBy("a").agg(min("b").as("m"));
    Dataset<Row> neighbours =
        smaller.join(least, new String[] {"a"}).select(col("b").as("a"), col("m").as("b"));
    return neighbours.union(least.select(col("a"), col("m").as("b")))
        .filter(col("a").notEqual(col("b")))
        .distinct();
  }

  private static Dataset<Row> symmetric(Dataset<Row> links) {
    return links.union(links.select(col("b").as("a"), col("a").as("b")));
  }

  /** Returns whether every node links to at most one smaller node, itself linked to none. */
  private static boolean isStars(Dataset<Row> links) {
    Dataset<Row> parents = links.select(col("a").as("p"), col("b").as("grandparent"));
    boolean chained = !links.join(parents, links.col("b").equalTo(parents.col("p"))).isEmpty();
    return !chained && links.groupBy("a").count().filter(col("count").gt(1)).isEmpty();
  }
}
