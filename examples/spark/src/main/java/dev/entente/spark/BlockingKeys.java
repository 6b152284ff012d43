package dev.entente.spark;

import com.google.common.collect.ImmutableSet;
import dev.entente.identity.FactRecord;
import dev.entente.identity.FactResolver;
import dev.entente.model.Fact;
import dev.entente.model.Reading;
import dev.entente.query.Corpus;

/**
 * The keys under which the resolver compares facts across documents ({@link
 * FactResolver#blockingKeys}, each fact's id among them): two documents that share none hold no
 * fact that the resolver could merge, so their facts can be resolved apart.
 *
 * <p>A merged fact can have keys that none of its mentions has (the parties of one mention with
 * the subject word of another), so the keys of a document include those of its facts resolved
 * within it, and the job checks the keys of the records it resolved (see {@link #ofRecords}).
 */
final class BlockingKeys {

  private BlockingKeys() {}

  /** Returns the keys of the facts of {@code reading} and of the records they make together. */
  static ImmutableSet<String> ofReading(Reading reading) {
    FactResolver resolver = FactResolver.standard();
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    for (Fact fact : reading.facts()) {
      keys.addAll(resolver.blockingKeys(fact));
    }
    for (FactRecord<? extends Fact> record : resolver.resolve(reading.facts())) {
      keys.addAll(resolver.blockingKeys(record.fact()));
    }
    return keys.build();
  }

  /** Returns the keys of the merged facts of the records of {@code corpus}. */
  static ImmutableSet<String> ofRecords(Corpus corpus) {
    FactResolver resolver = FactResolver.standard();
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    for (FactRecord<? extends Fact> record : corpus.records()) {
      keys.addAll(resolver.blockingKeys(record.fact()));
    }
    return keys.build();
  }
}
