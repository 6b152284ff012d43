package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.parse.Chunk.Marker;
import dev.entente.parse.Chunk.Nominal;
import dev.entente.parse.Chunk.Verbal;
import dev.entente.parse.Clause.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grammar of one sentence: its tagged units, its chunks and its clauses, with the lookups the
 * rules read roles through. Immutable; {@link #toString()} prints the chunks and clauses, so a
 * failing case shows where the reading went wrong.
 */
final class SentenceStructure {

  private final Sentence sentence;
  private final ImmutableList<Unit> units;
  private final ImmutableList<Chunk> chunks;
  private final ImmutableList<Clause> clauses;
  private final int[] segmentOf;
  private final int[] chunkOfToken;
  private final int[] clauseOfVerb;

  SentenceStructure(
      Sentence sentence, ImmutableList<Unit> units, ImmutableList<Chunk> chunks, ImmutableList<Clause> clauses, int[] segmentOf) {
    this.sentence = sentence;
    this.units = units;
    this.chunks = chunks;
    this.clauses = clauses;
    this.segmentOf = segmentOf.clone();
    this.chunkOfToken = new int[sentence.tokens().size()];
    java.util.Arrays.fill(chunkOfToken, -1);
    for (int c = 0; c < chunks.size(); c++) {
      for (int k = chunks.get(c).from(); k < chunks.get(c).to() && k < chunkOfToken.length; k++) {
        chunkOfToken[k] = c;
      }
    }
    this.clauseOfVerb = new int[chunks.size()];
    java.util.Arrays.fill(clauseOfVerb, -1);
    for (int k = 0; k < clauses.size(); k++) {
      clauseOfVerb[clauses.get(k).verb()] = k;
    }
  }

  Sentence sentence() {
    return sentence;
  }

  ImmutableList<Unit> units() {
    return units;
  }

  ImmutableList<Chunk> chunks() {
    return chunks;
  }

  ImmutableList<Clause> clauses() {
    return clauses;
  }

  Chunk chunk(int index) {
    return chunks.get(index);
  }

  /** Returns the noun phrase at chunk {@code index}; the index must be one. */
  Nominal nominal(int index) {
    return (Nominal) chunks.get(index);
  }

  /** Returns the verb group of a clause. */
  Verbal verbOf(Clause clause) {
    return (Verbal) chunks.get(clause.verb());
  }

  /** Returns the index of the chunk that holds token {@code token}, or -1. */
  int chunkAt(int token) {
    return token >= 0 && token < chunkOfToken.length ? chunkOfToken[token] : -1;
  }

  /** Returns the clause whose verb group is chunk {@code verb}, if it is one. */
  Optional<Clause> clauseOfVerb(int verb) {
    return verb >= 0 && verb < clauseOfVerb.length && clauseOfVerb[verb] >= 0 ? Optional.of(clauses.get(clauseOfVerb[verb])) : Optional.empty();
  }

  /**
   * Returns the clause a chunk belongs to: the clause of the nearest verb group before it in the
   * same stretch between boundaries, else the nearest after it.
   */
  Optional<Clause> clauseAround(int chunk) {
    for (int k = chunk; k >= 0; k--) {
      if (segmentOf[k] != segmentOf[chunk]) {
        continue;
      }
      if (clauseOfVerb[k] >= 0) {
        return Optional.of(clauses.get(clauseOfVerb[k]));
      }
    }
    for (int k = chunk + 1; k < chunks.size(); k++) {
      if (segmentOf[k] == segmentOf[chunk] && clauseOfVerb[k] >= 0) {
        return Optional.of(clauses.get(clauseOfVerb[k]));
      }
    }
    return Optional.empty();
  }

  /** Returns whether two chunks lie in the same stretch between clause boundaries. */
  boolean sameSegment(int a, int b) {
    return segmentOf[a] == segmentOf[b];
  }

  /**
   * Returns the complements of a noun: the noun phrases right after it with a preposition, up to
   * the next verb group, bare noun phrase, comma or boundary; "la livraison par la Russie à l'Inde
   * de quatre S-400" gives {@code par}, {@code à}, {@code de}. Phrases joined by "et" with the same
   * preposition are complements too ("de 12 Su-30 et de 6 Yak-130").
   */
  ImmutableList<Argument> complementsOf(int nominal) {
    List<Argument> out = new ArrayList<>();
    List<Token> t = sentence.tokens();
    for (int k = nominal + 1; k < chunks.size() && segmentOf[k] == segmentOf[nominal]; k++) {
      Chunk c = chunks.get(k);
      if (c instanceof Nominal n && !n.isBare()) {
        out.add(new Argument(n.marker(), k, false));
        continue;
      }
      if (c instanceof Nominal n && n.isBare() && k > 0 && chunks.get(k - 1) instanceof Marker m
          && (m.tag() == Tag.COORD || isComma(t, m) && n.quantity().orElse(0) > 1 && quantified(out.get(out.size() - 1).chunk()))
          && !out.isEmpty()) {
        out.add(new Argument(out.get(out.size() - 1).marker(), k, false)); // "de quatre S-400 et six Su-35"
        continue;
      }
      if (c instanceof Marker m && (m.tag() == Tag.COORD && (t.get(m.from()).is("et") || t.get(m.from()).is("ainsi"))
          || m.tag() == Tag.ADV || m.tag() == Tag.GLUE)) {
        continue;
      }
      if (c instanceof Marker m && isComma(t, m) && !out.isEmpty() && k + 1 < chunks.size()
          && chunks.get(k + 1) instanceof Nominal next && (next.marker().equals(out.get(out.size() - 1).marker())
          || next.isBare() && next.quantity().orElse(0) > 1 && quantified(out.get(out.size() - 1).chunk()))) {
        continue; // a list: "de Mi-35, de JF-17 ainsi que de Sukhoï", "sur 1 000 chars, 672 obusiers et 48 avions"
      }
      break;
    }
    return ImmutableList.copyOf(out);
  }

  /** Whether a phrase counts more than one: "672 obusiers", not "un lot". */
  private boolean quantified(int chunk) {
    return chunks.get(chunk) instanceof Nominal n && n.quantity().orElse(0) > 1;
  }

  private static boolean isComma(List<Token> t, Marker m) {
    return m.tag() == Tag.PUNCT && t.get(m.from()).is(",");
  }

  /** Whether chunk {@code chunk} is a comma. */
  boolean isComma(int chunk) {
    return chunk >= 0 && chunk < chunks.size() && chunks.get(chunk) instanceof Marker m && isComma(sentence.tokens(), m);
  }

  /** Whether chunk {@code chunk} joins the phrases of a list: "et", "ou", or a comma. */
  boolean isListSeparator(int chunk) {
    return chunk >= 0 && chunk < chunks.size() && chunks.get(chunk) instanceof Marker m
        && (m.tag() == Tag.COORD || isComma(sentence.tokens(), m));
  }

  /**
   * Returns the phrases in apposition to a noun phrase: ", Arun Jaitley," after "le ministre indien
   * de la Défense", or the title after a name.
   */
  ImmutableList<Integer> appositionsOf(int nominal) {
    List<Integer> out = new ArrayList<>();
    List<Token> t = sentence.tokens();
    int k = nominal + 1;
    while (k < chunks.size() && chunks.get(k) instanceof Nominal n && !n.isBare() && n.marker().equals("de")) {
      k++; // its own complements: "le ministre indien de la Défense, X"
    }
    if (k + 1 < chunks.size() && chunks.get(k) instanceof Marker m && m.tag() == Tag.PUNCT && t.get(m.from()).is(",")
        && chunks.get(k + 1) instanceof Nominal n && n.isBare()) {
      out.add(k + 1);
    }
    return ImmutableList.copyOf(out);
  }

  /** Returns whether token {@code token} lies between quotation marks. */
  boolean isQuoted(int token) {
    int c = chunkAt(token);
    if (c < 0) {
      return false;
    }
    int depth = 0;
    for (int k = 0; k < c; k++) {
      if (chunks.get(k) instanceof Marker m) {
        if (m.tag() == Tag.QUOTE_OPEN) {
          depth++;
        } else if (m.tag() == Tag.QUOTE_CLOSE && depth > 0) {
          depth--;
        }
      }
    }
    return depth > 0;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < chunks.size(); c++) {
      Chunk chunk = chunks.get(c);
      String text = sentence.textOf(chunk.from(), chunk.to());
      if (chunk instanceof Nominal n) {
        out.append("[NP").append(n.marker().isEmpty() ? "" : " " + n.marker() + ":").append(' ')
            .append(text).append(n.quantity().isPresent() ? " #" + n.quantity().getAsInt() : "").append(']');
      } else if (chunk instanceof Verbal v) {
        out.append("[VG ").append(text).append(" =").append(v.lemma()).append(' ').append(v.voice()).append(' ')
            .append(v.time()).append(v.polarity() == Chunk.Polarity.AFFIRMATIVE ? "" : " " + v.polarity())
            .append(v.chain().isEmpty() ? "" : " " + v.chain()).append(']');
      } else {
        out.append(text);
      }
      out.append(' ');
    }
    for (Clause clause : clauses) {
      out.append("\n  ").append(verbOf(clause).lemma()).append(' ').append(clause.kind())
          .append(clause.opener().isEmpty() ? "" : "(" + clause.opener() + ")").append(" subj=");
      for (int s : clause.subject()) {
        out.append('[').append(sentence.textOf(chunks.get(s).from(), chunks.get(s).to())).append(']');
      }
      out.append(' ').append(clause.subjectSource()).append(" args=");
      for (Argument a : clause.arguments()) {
        out.append('[').append(a.marker().isEmpty() ? "" : a.marker() + ":")
            .append(sentence.textOf(chunks.get(a.chunk()).from(), chunks.get(a.chunk()).to())).append(']');
      }
    }
    return out.toString();
  }
}
