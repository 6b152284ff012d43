package dev.entente.examples;

import static dev.entente.model.Domain.MILITARY;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Evidence;
import dev.entente.model.Fact;
import dev.entente.model.Relation;
import dev.entente.query.Corpus;
import dev.entente.seeds.Seeds;
import java.util.Comparator;
import org.apache.commons.lang3.StringUtils;

/**
 * Which pairs of states the five seed articles link in the military domain, and what the most
 * documented link rests on: each fact with the sentence it was read from.
 *
 * <pre>
 * java -cp examples/target/entente.jar dev.entente.examples.SeedMilitaryRelations
 * </pre>
 */
public final class SeedMilitaryRelations {

  private SeedMilitaryRelations() {}

  /** Prints the seeds' military relations, then the evidence of the most documented one. */
  public static void main(String[] args) {
    Corpus corpus = Seeds.corpus();
    ImmutableList<Relation> military = corpus.relations().inDomain(MILITARY).list();
    System.out.println("The seed corpus: " + corpus);
    System.out.println(military.size() + " military relations:");
    System.out.println(Tables.of(military));

    Relation strongest =
        military.stream()
            .max(
                Comparator.<Relation>comparingInt(r -> r.facts().size())
                    .thenComparing(Relation.ORDER.reversed()))
            .orElseThrow();
    System.out.println();
    System.out.println(
        "The most documented, "
            + strongest.pair()
            + ", rests on "
            + strongest.facts().size()
            + " facts:");
    for (Fact fact : strongest.facts()) {
      Evidence evidence = fact.evidence().get(0);
      System.out.println(
          "  " + fact.factKind() + "  " + StringUtils.abbreviate(Tables.summary(fact), 90));
      System.out.println(
          "      read in "
              + evidence.documentId()
              + ": \""
              + StringUtils.abbreviate(evidence.sentence(), 100)
              + "\"");
    }
  }
}
