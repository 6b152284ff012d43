package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.parse.Chunk.Form;
import dev.entente.parse.Chunk.Marker;
import dev.entente.parse.Chunk.Nominal;
import dev.entente.parse.Chunk.Verbal;
import dev.entente.parse.Clause.Argument;
import dev.entente.parse.Clause.Kind;
import dev.entente.parse.Clause.SubjectSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the clauses of a chunked sentence: where each clause starts and ends (at subordinating
 * conjunctions, relative pronouns, quotation marks, semicolons, colons, parentheses, and at "et"
 * or a comma that starts a new verb), and, for each verb group, its subject and complements.
 *
 * <p>The subject is the nearest bare noun phrase before the verb in its clause, past adverbs,
 * complements of nouns, dates and participles, with the phrases coordinated to it; a relative
 * clause interrupted by commas ("le ministre, qui était à Moscou, a déclaré") is skipped. With none
 * before the verb it is the antecedent of "qui", the pronoun of "a-t-il", the first bare noun
 * phrase after the verb ("« ... », a déclaré le ministre", "a annoncé à Caracas un membre de la
 * délégation"), or the subject of the clause an infinitive, a gerund or a coordinated verb depends
 * on. Complements are the noun phrases after the verb up to the next verb group, each with its
 * preposition, and the prepositional phrases fronted at the start of the clause.
 *
 * <p>Expects the chunks of {@link Chunker}. Linear in the number of chunks, but for the search of a
 * subject, which is bounded.
 */
final class ClauseAnalyzer {

  /** How many chunks a subject search looks at, each way. */
  private static final int SUBJECT_REACH = 24;
  private static final ImmutableSet<String> TIME_WORDS =
      ImmutableSet.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "semaine",
          "mois", "annee", "an", "ans", "annees", "jour", "jours", "matin", "soir", "soiree", "nuit", "midi",
          "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
          "novembre", "decembre", "printemps", "ete", "automne", "hiver", "week", "weekend", "fois", "heure",
          "heures", "decennie", "siecle", "moment", "instant", "lendemain", "veille", "temps", "passe",
          "dernier", "derniere", "prochain", "prochaine", "debut", "fin", "mi", "aujourd", "demain");

  /** A stretch of chunks between clause boundaries. */
  private static final class Segment {
    final Kind kind;
    final String opener;
    final int start;
    final int parent;
    final boolean quoted;
    final boolean afterQuote;
    /** The segment this one resumes after an aside, or -1. */
    final int continues;
    /** The noun phrase a relative pronoun refers to, or -1. */
    final int antecedent;
    boolean hasFiniteVerb;

    Segment(Kind kind, String opener, int start, int parent, boolean quoted, boolean afterQuote, int continues, int antecedent) {
      this.kind = kind;
      this.opener = opener;
      this.start = start;
      this.parent = parent;
      this.quoted = quoted;
      this.afterQuote = afterQuote;
      this.continues = continues;
      this.antecedent = antecedent;
    }
  }

  /** Whether a noun phrase lies among chunks {@code (from, to)}: a clause's subject before its verb. */
  private static boolean hasNominalSince(List<Chunk> chunks, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (chunks.get(k) instanceof Nominal) {
        return true;
      }
    }
    return false;
  }

  /** Returns the sentence's structure: its units, chunks and clauses. */
  SentenceStructure analyze(Sentence sentence, ImmutableList<Unit> units, ImmutableList<Chunk> chunks) {
    List<Token> t = sentence.tokens();
    List<Segment> segments = new ArrayList<>();
    int[] segmentOf = new int[chunks.size()];
    segments.add(new Segment(Kind.MAIN, "", 0, -1, false, false, -1, -1));
    List<Integer> quoteStack = new ArrayList<>();
    int current = 0;
    boolean skipClose = false;
    for (int c = 0; c < chunks.size(); c++) {
      Chunk chunk = chunks.get(c);
      Segment seg = segments.get(current);
      if (chunk instanceof Marker m) {
        Tag tag = m.tag();
        String word = t.get(m.from()).folded();
        boolean quotedPredicate = seg.kind == Kind.SUBORDINATE && !seg.hasFiniteVerb && hasNominalSince(chunks, seg.start, c);
        if (tag == Tag.QUOTE_OPEN && (!hasVerbBeforeClose(chunks, c) || quotedPredicate)) {
          // "qualifiée de « profonde et stratégique » par l'ambassade": a quoted phrase; "a déclaré que
          // l'achat « ne vise aucun pays »": the quotation ends the clause its subject began
          segmentOf[c] = current;
          skipClose = true;
          continue;
        } else if (tag == Tag.QUOTE_CLOSE && skipClose) {
          segmentOf[c] = current;
          skipClose = false;
          continue;
        } else if (tag == Tag.QUOTE_OPEN) {
          quoteStack.add(current);
          current = open(segments, Kind.MAIN, "", c, current, true, false, -1, -1);
        } else if (tag == Tag.QUOTE_CLOSE && !quoteStack.isEmpty()) {
          int outer = quoteStack.remove(quoteStack.size() - 1);
          Segment o = segments.get(outer);
          segmentOf[c] = current;
          current = open(segments, o.kind == Kind.MAIN ? Kind.MAIN : o.kind, "", c + 1, o.parent, o.quoted, true, -1, -1);
          continue;
        } else if (tag == Tag.SUBORD) {
          current = open(segments, Kind.SUBORDINATE, word, c, current, seg.quoted, false, -1, -1);
        } else if (tag == Tag.RELATIVE) {
          current = open(segments, Kind.RELATIVE, word, c, current, seg.quoted, false, -1, antecedent(chunks, c, seg.start));
        } else if (tag == Tag.PUNCT && (word.equals(";") || word.equals(":") || word.equals("(") || word.equals(")"))) {
          int parent = word.equals(";") ? -1 : current;
          current = open(segments, Kind.MAIN, "", c + 1, parent, seg.quoted, word.equals(":"), word.equals(")") ? resumable(segments, current) : -1, -1);
          segmentOf[c] = current;
          continue;
        } else if (tag == Tag.COORD && seg.hasFiniteVerb && startsClause(chunks, c + 1)) {
          current = open(segments, Kind.COORDINATED, word, c, current, seg.quoted, false, -1, -1);
        } else if (tag == Tag.PUNCT && word.equals(",") && c + 1 < chunks.size() && resumesInterrupted(chunks, segments, seg, c + 1)) {
          // "le ministre, qui était à Moscou, a déclaré", "Pour X, l'édition qui s'est déroulée en Chine, le
          // Pakistan a envoyé": back to the clause the aside interrupted
          Segment p = segments.get(seg.parent);
          current = open(segments, p.kind, p.opener, c + 1, p.parent, p.quoted, p.afterQuote, seg.parent, p.antecedent);
          segmentOf[c] = current;
          continue;
        } else if (tag == Tag.PUNCT && word.equals(",") && c + 1 < chunks.size() && chunks.get(c + 1) instanceof Verbal v
            && v.form() == Form.FINITE && seg.hasFiniteVerb) {
          current = open(segments, Kind.INCIDENT, "", c + 1, current, seg.quoted, false, -1, -1);
          segmentOf[c] = current;
          continue;
        }
      }
      segmentOf[c] = current;
      if (chunk instanceof Verbal v && v.form() == Form.FINITE) {
        segments.get(current).hasFiniteVerb = true;
      }
    }
    ImmutableList<Clause> clauses = clauses(t, chunks, segments, segmentOf);
    return new SentenceStructure(sentence, units, chunks, clauses, segmentOf);
  }

  /** Whether a verb group comes before the quotation that opens at chunk {@code c} closes. */
  private static boolean hasVerbBeforeClose(List<Chunk> chunks, int c) {
    for (int k = c + 1; k < chunks.size(); k++) {
      Chunk chunk = chunks.get(k);
      if (chunk instanceof Marker m && (m.tag() == Tag.QUOTE_CLOSE || m.tag() == Tag.QUOTE_OPEN)) {
        return false;
      }
      if (chunk instanceof Verbal v && v.form() == Form.FINITE) {
        return true;
      }
    }
    return true; // a quotation that runs to the sentence's end holds a clause of its own
  }

  private static int open(
      List<Segment> segments, Kind kind, String opener, int start, int parent, boolean quoted, boolean afterQuote,
      int continues, int antecedent) {
    segments.add(new Segment(kind, opener, start, parent, quoted, afterQuote, continues, antecedent));
    return segments.size() - 1;
  }

  /** After ")": the segment the parenthesis interrupted. */
  private static int resumable(List<Segment> segments, int current) {
    int parent = segments.get(current).parent;
    return parent >= 0 ? segments.get(parent).parent >= -1 ? parent : -1 : -1;
  }

  /** The noun phrase before a relative pronoun, past a comma or a closing quote: "le ministre indien, qui", "« Shaheen VII » qui". */
  private static int antecedent(List<Chunk> chunks, int relative, int from) {
    for (int k = relative - 1; k >= Math.max(from, relative - 4); k--) {
      Chunk c = chunks.get(k);
      if (c instanceof Nominal) {
        return k;
      }
      if (!(c instanceof Marker m) || m.tag() != Tag.PUNCT && m.tag() != Tag.ADV && m.tag() != Tag.QUOTE_CLOSE) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the chunks from {@code c}, after a comma, go back to the clause a relative or a
   * subordinate aside {@code seg} interrupted before its verb: a finite verb, or, once the aside has
   * its own verb, a new subject and its verb.
   */
  private static boolean resumesInterrupted(List<Chunk> chunks, List<Segment> segments, Segment seg, int c) {
    boolean aside = seg.kind == Kind.RELATIVE || seg.kind == Kind.SUBORDINATE && !seg.opener.startsWith("qu");
    if (!aside || seg.parent < 0 || segments.get(seg.parent).hasFiniteVerb) {
      return false;
    }
    Chunk next = chunks.get(c);
    return next instanceof Verbal v && v.form() == Form.FINITE
        || next instanceof Nominal && seg.hasFiniteVerb && startsClause(chunks, c);
  }

  /** Whether chunks from {@code c} start a clause: a finite verb, or bare noun phrases then one. */
  private static boolean startsClause(List<Chunk> chunks, int c) {
    int k = c;
    while (k < chunks.size() && chunks.get(k) instanceof Marker m && (m.tag() == Tag.ADV || m.tag() == Tag.PUNCT)) {
      k++;
    }
    boolean nominal = false;
    while (k < chunks.size() && k < c + 6) {
      Chunk chunk = chunks.get(k);
      if (chunk instanceof Verbal v) {
        return v.form() == Form.FINITE;
      }
      if (chunk instanceof Nominal n) {
        if (!n.isBare() && !nominal) {
          return false;
        }
        nominal = true;
      } else if (!(chunk instanceof Marker m && (m.tag() == Tag.ADV || m.tag() == Tag.GLUE
          || m.tag() == Tag.COORD && nominal && k + 1 < chunks.size() && chunks.get(k + 1) instanceof Nominal))) {
        return false; // coordinated subjects go on: "la Russie et la Chine ont convenu"
      }
      k++;
    }
    return false;
  }

  private ImmutableList<Clause> clauses(List<Token> t, List<Chunk> chunks, List<Segment> segments, int[] segmentOf) {
    List<Clause> out = new ArrayList<>();
    int[] clauseOfSegment = new int[segments.size()];
    java.util.Arrays.fill(clauseOfSegment, -1);
    int[] lastClauseOfSegment = clauseOfSegment.clone();
    for (int c = 0; c < chunks.size(); c++) {
      if (!(chunks.get(c) instanceof Verbal v)) {
        continue;
      }
      int s = segmentOf[c];
      Segment seg = segments.get(s);
      Kind kind = switch (v.form()) {
        case INFINITIVE -> Kind.INFINITIVAL;
        case PARTICIPLE -> Kind.PARTICIPIAL;
        case GERUND -> Kind.GERUNDIVE;
        default -> seg.kind;
      };
      int parent = -1;
      for (int p = seg.parent; p >= 0 && parent < 0; p = segments.get(p).parent) {
        parent = clauseOfSegment[p];
      }
      if (kind != Kind.MAIN && kind != seg.kind && clauseOfSegment[s] >= 0) {
        parent = clauseOfSegment[s]; // an infinitive or a participle depends on the clause's own verb
      }
      if (kind == Kind.INFINITIVAL && seg.kind == Kind.SUBORDINATE && ADVERBIAL_INTRODUCERS.contains(v.introducer())
          && c > 0 && isComma(t, chunks.get(c - 1)) && parent >= 0 && out.get(parent).parent() >= 0) {
        // "a estimé que la vente relevait d'un partenariat, avant d'assurer que": who estimated assures
        parent = out.get(parent).parent();
      }
      if (kind == Kind.SUBORDINATE && seg.opener.startsWith("qu") && seg.parent >= 0 && lastClauseOfSegment[seg.parent] >= 0
          && saysWhatFollows(out.get(lastClauseOfSegment[seg.parent]), chunks)) {
        // "a rejeté le texte, estimant qu'il était déséquilibré", "avant d'assurer que": what the verb just before says
        parent = lastClauseOfSegment[seg.parent];
      }
      List<Integer> subject = new ArrayList<>();
      SubjectSource source = SubjectSource.NONE;
      if (v.form() == Form.FINITE) {
        source = subjectBefore(t, chunks, segments, segmentOf, c, out, subject);
        if (source == SubjectSource.NONE && v.invertedPronoun() >= 0) {
          source = SubjectSource.INVERTED_PRONOUN;
        }
        if (source == SubjectSource.NONE && seg.kind == Kind.RELATIVE && seg.opener.equals("qui") && seg.antecedent >= 0) {
          subject.add(seg.antecedent);
          source = SubjectSource.ANTECEDENT;
        }
        if (source == SubjectSource.NONE && seg.kind == Kind.COORDINATED) {
          source = inherit(out, parent, subject);
        }
        if (source == SubjectSource.NONE) {
          source = subjectAfter(t, chunks, segmentOf, c, subject);
        }
      } else if (v.form() == Form.PARTICIPLE) {
        source = participleSubject(t, chunks, segmentOf, c, subject);
      } else if (v.form() == Form.GERUND && !t.get(v.from()).is("en") && c > 0 && chunks.get(c - 1) instanceof Nominal n
          && !n.pronoun() && !isTemporal(t, n)) {
        subject.add(headOf(t, chunks, c - 1, c)); // "un accord portant création de ...": the noun it qualifies
        source = SubjectSource.ANTECEDENT;
      } else {
        source = inherit(out, parent >= 0 ? parent : lastFinite(out), subject);
      }
      ImmutableList<Argument> arguments = arguments(t, chunks, segmentOf, c, seg.start, subject);
      out.add(new Clause(c, kind, seg.opener, ImmutableList.copyOf(subject), source, arguments, parent, seg.quoted));
      lastClauseOfSegment[s] = out.size() - 1;
      if (clauseOfSegment[s] < 0 || v.form() == Form.FINITE && !(chunks.get(out.get(clauseOfSegment[s]).verb()) instanceof Verbal w
          && w.form() == Form.FINITE)) {
        clauseOfSegment[s] = out.size() - 1;
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** Prepositions of an infinitive that says when, how or why the main clause's subject acts. */
  private static final ImmutableSet<String> ADVERBIAL_INTRODUCERS = ImmutableSet.of("avant", "apres", "après", "sans", "pour", "afin");

  /**
   * Whether a "que" clause right after {@code clause} is its complement rather than the complement
   * of the verb before it: a gerund ("estimant que") or an adverbial infinitive ("avant d'assurer
   * que", "sans préciser que").
   */
  private static boolean saysWhatFollows(Clause clause, List<Chunk> chunks) {
    return clause.kind() == Kind.GERUNDIVE
        || clause.kind() == Kind.INFINITIVAL && chunks.get(clause.verb()) instanceof Verbal v
            && ADVERBIAL_INTRODUCERS.contains(v.introducer());
  }

  private static int lastFinite(List<Clause> clauses) {
    return clauses.isEmpty() ? -1 : clauses.size() - 1;
  }

  private static SubjectSource inherit(List<Clause> clauses, int from, List<Integer> subject) {
    for (int k = from; k >= 0; k = clauses.get(k).parent() >= 0 && clauses.get(k).parent() < k ? clauses.get(k).parent() : k - 1) {
      Clause c = clauses.get(k);
      if (!c.subject().isEmpty()) {
        subject.addAll(c.subject());
        return SubjectSource.INHERITED;
      }
      if (c.subjectSource() == SubjectSource.INVERTED_PRONOUN) {
        return SubjectSource.NONE;
      }
      if (k - 1 < 0 && c.parent() < 0) {
        break;
      }
    }
    return SubjectSource.NONE;
  }

  /** The subject before verb {@code c}: the nearest bare noun phrase, with those coordinated to it. */
  private SubjectSource subjectBefore(
      List<Token> t, List<Chunk> chunks, List<Segment> segments, int[] segmentOf, int c, List<Clause> before, List<Integer> subject) {
    int s = segmentOf[c];
    int infinitival = infinitivalAsideStart(t, chunks, c);
    int k = infinitival > 0 && segmentOf[infinitival - 1] == s ? infinitival - 1 : c - 1;
    int seen = 0;
    while (seen++ < SUBJECT_REACH) {
      if (k < segments.get(s).start || k < 0) {
        int resumed = segments.get(s).continues;
        if (resumed < 0) {
          return SubjectSource.NONE;
        }
        s = resumed; // past the aside that interrupted the clause
        k = lastChunkOf(segmentOf, s, k);
        if (k < 0) {
          return SubjectSource.NONE;
        }
        continue;
      }
      if (segmentOf[k] != s) {
        k--;
        continue; // an aside inside the clause
      }
      Chunk chunk = chunks.get(k);
      if (chunk instanceof Nominal n && n.isBare() && k >= 2 && chunks.get(k - 1) instanceof Marker and && t.get(and.from()).is("et")
          && chunks.get(k - 2) instanceof Nominal marked && !marked.isBare() && !marked.marker().equals("de") && !marked.pronoun()
          && segmentOf[k - 2] == s) {
        // "entre Oman et le Royaume-Uni, s'est achevé": the second of a preposition's phrases; a noun's
        // complement does not take it ("l'agence du complexe X et l'entreprise Y ont signé")
        k -= 2;
        continue;
      }
      // "le dernier des hélicoptères" is no date: a time word with a complement of what it counts
      if (chunk instanceof Nominal n && n.isBare() && (!isTemporal(t, n) || k + 1 < c && chunks.get(k + 1) instanceof Nominal of
          && of.marker().equals("de") && !isTemporal(t, of))) {
        int aside = participialAsideStart(t, chunks, k, c);
        if (aside >= 0) {
          k = aside - 1; // "la manœuvre, baptisée Druzhba, a eu lieu": the name is the participle's
          continue;
        }
        // a comma ends a participle's phrase: "Aux termes du contrat signé à Jakarta, la Turquie livrera"
        int participle = k > 0 && isComma(t, chunks.get(k - 1)) ? -1 : participleHolding(before, k);
        if (participle >= 0 && k > 0 && chunks.get(k - 1) instanceof Marker and && t.get(and.from()).is("et")
            && isPluralVerb(t, (Verbal) chunks.get(c))) {
          // "l'agence chargée des exportations et l'entreprise publique ont signé": the two are the subject
          for (Clause p : before) {
            if (p.verb() == participle) {
              subject.addAll(p.subject());
            }
          }
          subject.add(k);
          return SubjectSource.BEFORE;
        }
        if (participle >= 0) {
          k = participle - 1; // "le traité signé le 19 juin par X et Y prévoit": X and Y are the participle's
          continue;
        }
        subject.add(k);
        coordinated(t, chunks, segmentOf, k, subject);
        return SubjectSource.BEFORE;
      }
      if (chunk instanceof Verbal v && v.form() == Form.FINITE) {
        return SubjectSource.NONE;
      }
      if (chunk instanceof Marker m && m.tag() == Tag.QUOTE_OPEN && k == c - 1 && segments.get(s).kind == Kind.SUBORDINATE) {
        k--;
        continue; // "que l'achat « ne vise aucun pays »": the quotation opens on the verb of the subject before it
      }
      if (chunk instanceof Marker m && (m.tag() == Tag.QUOTE_CLOSE || m.tag() == Tag.QUOTE_OPEN)) {
        return SubjectSource.NONE;
      }
      k--;
    }
    return SubjectSource.NONE;
  }

  /**
   * The comma that opens an aside of a noun and an infinitive that ends on the comma before verb
   * {@code c}: "L'exercice X, le premier à associer les trois armées, s'est tenu", "Le Qatar,
   * seul pays du Golfe à avoir commandé des Rafale, a signé"; -1 when there is none.
   */
  private static int infinitivalAsideStart(List<Token> t, List<Chunk> chunks, int c) {
    if (c < 5 || !isComma(t, chunks.get(c - 1))) {
      return -1;
    }
    for (int j = c - 2; j >= 3 && j >= c - 16; j--) {
      Chunk chunk = chunks.get(j);
      if (chunk instanceof Verbal v) {
        boolean infinitive = v.form() == Form.INFINITIVE && (v.introducer().equals("à") || v.introducer().equals("de"));
        return infinitive && chunks.get(j - 1) instanceof Nominal && isComma(t, chunks.get(j - 2))
            && chunks.get(j - 3) instanceof Nominal ? j - 2 : -1;
      }
      if (chunk instanceof Marker m && m.tag() != Tag.PUNCT && m.tag() != Tag.COORD && m.tag() != Tag.ADV) {
        return -1; // a quotation, a subordinate: no aside of this shape
      }
    }
    return -1;
  }

  /**
   * The comma that opens a participial aside holding noun phrase {@code k}, ", baptisée X," or
   * ", dirigé par Y,", with its closing comma before verb {@code c}; -1 when {@code k} is in none.
   */
  private static int participialAsideStart(List<Token> t, List<Chunk> chunks, int k, int c) {
    int close = k + 1;
    while (close < c && chunks.get(close) instanceof Nominal) {
      close++;
    }
    if (close >= c || !isComma(t, chunks.get(close))) {
      return -1;
    }
    for (int j = k - 1; j >= 1 && j >= k - 4; j--) {
      Chunk before = chunks.get(j);
      if (before instanceof Verbal v) {
        return v.form() == Form.PARTICIPLE && isComma(t, chunks.get(j - 1)) ? j - 1 : -1;
      }
      if (!(before instanceof Nominal || before instanceof Marker m && m.tag() == Tag.ADV)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The noun a participle or an adjectival present participle at {@code c} qualifies, from the
   * nearest noun phrase {@code k} before it: the head of its chain of complements ("le traité de
   * partenariat signé", "des avions de combat livrés"), unless only a nearer complement agrees in
   * number ("la liste des équipements fournis").
   */
  private static int headOf(List<Token> t, List<Chunk> chunks, int k, int c) {
    int head = k;
    // but not onto another preposition's phrase: in "la signature avec Washington d'un contrat portant
    // sur", the contract is not Washington's
    while (head > 0 && head > k - 4 && chunks.get(head) instanceof Nominal complement
        && (complement.marker().equals("de") || complement.marker().equals("en")) && chunks.get(head - 1) instanceof Nominal before
        && (before.marker().isEmpty() || before.marker().equals("de") || before.marker().equals("en"))) {
      head--;
    }
    if (!(chunks.get(c) instanceof Verbal v) || v.form() != Form.PARTICIPLE) {
      return head;
    }
    boolean plural = isPluralWord(t.get(v.to() - 1));
    for (int j = head; j <= k; j++) {
      if (isPluralWord(t.get(((Nominal) chunks.get(j)).head())) == plural) {
        return j;
      }
    }
    return head;
  }

  /** The verb of the participial clause that has noun phrase {@code k} among its arguments, or -1. */
  private static int participleHolding(List<Clause> clauses, int k) {
    for (int i = clauses.size() - 1; i >= 0; i--) {
      Clause p = clauses.get(i);
      if (p.verb() < k && p.kind() == Kind.PARTICIPIAL && p.arguments().stream().anyMatch(a -> a.chunk() == k && !a.fronted())) {
        return p.verb();
      }
    }
    return -1;
  }

  /** Whether a finite verb group is in the plural: "ont signé", "livreront", "sont". */
  private static boolean isPluralVerb(List<Token> t, Verbal v) {
    String first = t.get(v.from()).folded();
    for (int i = v.from(); i < v.to(); i++) {
      String w = t.get(i).folded();
      if (w.endsWith("nt") || w.equals("sont") || w.equals("ont")) {
        return true;
      }
      if (t.get(i).isWord() && !w.equals("ne") && !w.equals("n") && !w.equals("se") && !w.equals("s")) {
        return false; // the first word of the group carries the person
      }
    }
    return first.endsWith("nt");
  }

  /** Whether a word ends as French plurals do. */
  private static boolean isPluralWord(Token word) {
    String w = word.folded();
    return w.endsWith("s") || w.endsWith("x");
  }

  private static boolean isComma(List<Token> t, Chunk chunk) {
    return chunk instanceof Marker m && m.tag() == Tag.PUNCT && t.get(m.from()).is(",");
  }

  private static int lastChunkOf(int[] segmentOf, int segment, int before) {
    for (int k = before; k >= 0; k--) {
      if (segmentOf[k] == segment) {
        return k;
      }
    }
    return -1;
  }

  /** Adds to {@code subject} the bare noun phrases joined to chunk {@code k} by "et" or commas before it. */
  private static void coordinated(List<Token> t, List<Chunk> chunks, int[] segmentOf, int k, List<Integer> subject) {
    int j = k - 1;
    while (j - 1 >= 0 && segmentOf[j] == segmentOf[k]) {
      if (chunks.get(j) instanceof Marker m && (m.tag() == Tag.COORD && (t.get(m.from()).is("et") || t.get(m.from()).is("ou")
              || t.get(m.from()).is("ainsi"))
          || m.tag() == Tag.PUNCT && t.get(m.from()).is(",") && subject.size() > 1)) {
        int before = j - 1;
        if (before >= 0 && chunks.get(before) instanceof Marker comma && t.get(comma.from()).is(",") && t.get(m.from()).is("ainsi")) {
          before--; // "Une feuille de route ..., ainsi qu'un protocole ..."
        }
        while (before >= 0 && chunks.get(before) instanceof Nominal n && !n.isBare() && segmentOf[before] == segmentOf[k]) {
          before--; // "le ministre russe de la Défense et son homologue"
        }
        if (before >= 0 && chunks.get(before) instanceof Nominal n && n.isBare() && segmentOf[before] == segmentOf[k]) {
          subject.add(0, before);
          j = before - 1;
          continue;
        }
      }
      break;
    }
  }

  /** "« ... », a déclaré le ministre"; "a annoncé à Caracas un membre de la délégation". */
  private static SubjectSource subjectAfter(List<Token> t, List<Chunk> chunks, int[] segmentOf, int c, List<Integer> subject) {
    for (int k = c + 1; k < chunks.size() && k <= c + SUBJECT_REACH && segmentOf[k] == segmentOf[c]; k++) {
      Chunk chunk = chunks.get(k);
      if (chunk instanceof Verbal) {
        return SubjectSource.NONE;
      }
      if (chunk instanceof Nominal n && n.isBare() && !isTemporal(t, n)) {
        subject.add(k);
        return SubjectSource.INVERTED;
      }
      if (chunk instanceof Marker m && m.tag() != Tag.ADV && m.tag() != Tag.GLUE && m.tag() != Tag.PUNCT) {
        return SubjectSource.NONE;
      }
    }
    return SubjectSource.NONE;
  }

  /** The noun a participle qualifies: "les avions livrés", or the clause's subject after "Reçu ..., le président". */
  private static SubjectSource participleSubject(List<Token> t, List<Chunk> chunks, int[] segmentOf, int c, List<Integer> subject) {
    for (int k = c - 1; k >= 0 && k >= c - 3; k--) {
      Chunk chunk = chunks.get(k);
      if (chunk instanceof Nominal n && !isTemporal(t, n)) {
        subject.add(headOf(t, chunks, k, c));
        return SubjectSource.ANTECEDENT;
      }
      if (!(chunk instanceof Marker m && (m.tag() == Tag.ADV || m.tag() == Tag.PUNCT && t.get(m.from()).is(",")))) {
        break;
      }
    }
    if (c == 0 || chunks.get(c - 1) instanceof Marker m && m.tag() == Tag.QUOTE_OPEN) {
      // "Reçu en grande pompe, le président russe a ...": the subject after the comma
      for (int k = c + 1; k < chunks.size() && k <= c + SUBJECT_REACH; k++) {
        if (chunks.get(k) instanceof Marker m && m.tag() == Tag.PUNCT && t.get(m.from()).is(",")) {
          for (int j = k + 1; j < chunks.size() && j <= k + 4; j++) {
            if (chunks.get(j) instanceof Nominal n && n.isBare()) {
              subject.add(j);
              return SubjectSource.ANTECEDENT;
            }
          }
          break;
        }
      }
    }
    return SubjectSource.NONE;
  }

  private static ImmutableList<Argument> arguments(
      List<Token> t, List<Chunk> chunks, int[] segmentOf, int c, int segmentStart, List<Integer> subject) {
    ImmutableList.Builder<Argument> out = ImmutableList.builder();
    int firstSubject = subject.isEmpty() ? c : Math.min(c, subject.get(0));
    for (int k = segmentStart; k < firstSubject; k++) {
      // "À Moscou, ...", "Avec l'Inde, la Russie a signé": fronted complements at the clause's start
      if (segmentOf[k] == segmentOf[c] && chunks.get(k) instanceof Nominal n && !n.isBare()
          && (k == segmentStart || chunks.get(k - 1) instanceof Marker)) {
        out.add(new Argument(n.marker(), k, true));
      }
    }
    boolean participle = chunks.get(c) instanceof Verbal verb && verb.form() == Form.PARTICIPLE;
    Argument last = null;
    for (int k = c + 1; k < chunks.size() && segmentOf[k] == segmentOf[c]; k++) {
      Chunk chunk = chunks.get(k);
      if (chunk instanceof Verbal v && v.form() == Form.PARTICIPLE && !isBareParticiple(chunks, k) && !participle) {
        int close = asideClose(t, chunks, segmentOf, k);
        if (close > 0) {
          k = close; // "a fait livrer à Taïwan, par un cargo affrété au Japon, un lot de missiles": past the aside
          continue;
        }
      }
      if (chunk instanceof Verbal v && !(v.form() == Form.PARTICIPLE && isBareParticiple(chunks, k))) {
        break; // a participle used as an adjective ("des armes plus avancées telles que") does not end them
      }
      if (participle && isComma(t, chunk) && k + 1 < chunks.size() && chunks.get(k + 1) instanceof Nominal after && after.isBare()
          && !startsList(t, chunks, k)) {
        break; // ", par un cargo affrété au Japon, un lot de missiles": the participle's phrase ends at the comma
      }
      if (chunk instanceof Nominal n && !subject.contains(k)) {
        String marker = n.marker();
        boolean listed = joinedByEtOu(t, chunks, k) || k > 0 && isComma(t, chunks.get(k - 1)) && n.quantity().orElse(0) > 1
            && chunks.get(last == null ? k : last.chunk()) instanceof Nominal before && before.quantity().orElse(0) > 1;
        // before a verb, the phrase may be that verb's subject; never after "entre", which takes two
        if (n.isBare() && last != null && !last.marker().isEmpty() && listed
            && (!(k + 1 < chunks.size() && chunks.get(k + 1) instanceof Verbal) || last.marker().equals("entre"))) {
          // "organisées par le Maroc et les États-Unis", "portant sur 1 000 chars, 672 obusiers et 48 avions":
          // the preposition is shared
          marker = last.marker();
        }
        last = new Argument(marker, k, false);
        out.add(last);
      }
    }
    return out.build();
  }

  /**
   * The comma that closes the participial aside whose participle is at {@code k}, when the aside
   * opened with a comma and a noun phrase follows the closing one; -1 otherwise.
   */
  private static int asideClose(List<Token> t, List<Chunk> chunks, int[] segmentOf, int k) {
    int open = k - 1;
    while (open >= 0 && chunks.get(open) instanceof Nominal) {
      open--;
    }
    if (open < 0 || open == k - 1 || !isComma(t, chunks.get(open))) {
      return -1;
    }
    for (int j = k + 1; j + 1 < chunks.size() && j < k + 6 && segmentOf[j] == segmentOf[k]; j++) {
      if (chunks.get(j) instanceof Verbal) {
        return -1;
      }
      if (isComma(t, chunks.get(j))) {
        return chunks.get(j + 1) instanceof Nominal ? j : -1;
      }
    }
    return -1;
  }

  /** Whether "et" or "ou" joins the phrase at {@code k} to the one before it. */
  private static boolean joinedByEtOu(List<Token> t, List<Chunk> chunks, int k) {
    return k > 0 && chunks.get(k - 1) instanceof Marker m && m.tag() == Tag.COORD && (t.get(m.from()).is("et") || t.get(m.from()).is("ou"));
  }

  /** Whether the comma at {@code k} goes on with a list that "et" or "ou" closes: ", l'Inde et la Chine". */
  private static boolean startsList(List<Token> t, List<Chunk> chunks, int k) {
    int j = k + 1;
    while (j < chunks.size() && chunks.get(j) instanceof Nominal) {
      if (j + 2 < chunks.size() && chunks.get(j + 2) instanceof Nominal && chunks.get(j + 1) instanceof Marker m) {
        if (m.tag() == Tag.COORD && (t.get(m.from()).is("et") || t.get(m.from()).is("ou"))) {
          return true;
        }
        if (isComma(t, m)) {
          j += 2;
          continue;
        }
      }
      return false;
    }
    return false;
  }

  /** Whether the participle at {@code k} takes no complement of its own: no "par" or "à" phrase follows. */
  private static boolean isBareParticiple(List<Chunk> chunks, int k) {
    return !(k + 1 < chunks.size() && chunks.get(k + 1) instanceof Nominal n && !n.isBare()
        && (n.marker().equals("par") || n.marker().equals("à") || n.marker().equals("auprès de")));
  }

  /** Whether a noun phrase only says when: "lundi", "mercredi dernier", "le 3 mai", "cette semaine". */
  static boolean isTemporal(List<Token> t, Nominal n) {
    for (int k = n.head(); k < n.to(); k++) {
      Token token = t.get(k);
      if (token.isWord() && !TIME_WORDS.contains(token.folded())) {
        return false;
      }
    }
    return true;
  }
}
