package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Reads the grammar of one sentence: its units, its chunks and its clauses. Immutable and
 * thread-safe; an {@link ArticleContext} asks it only for the sentences some rule needs.
 */
final class SentenceGrammar {

  private final Tagger tagger;
  private final Chunker chunker;
  private final ClauseAnalyzer clauses;

  SentenceGrammar(Tagger tagger, Chunker chunker, ClauseAnalyzer clauses) {
    this.tagger = tagger;
    this.chunker = chunker;
    this.clauses = clauses;
  }

  /** Returns the structure of {@code sentence}, whose names are {@code mentions}. */
  SentenceStructure read(Sentence sentence, List<Mention> mentions) {
    ImmutableList<Unit> units = tagger.tag(sentence, mentions);
    return clauses.analyze(sentence, units, chunker.chunk(sentence, units));
  }
}
