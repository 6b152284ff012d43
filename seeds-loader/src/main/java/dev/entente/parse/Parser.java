package dev.entente.parse;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import dev.entente.model.Severity;
import dev.entente.query.Corpus;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads French news articles about states' defence and strategic cooperation into
 * {@link Reading}s: the states, persons and organizations they name, the agreements, joint
 * exercises, arms transfers and statements they report, each with its evidence.
 *
 * <p>Immutable and thread-safe: build it once and reuse it. Any string is accepted; an empty or
 * unrelated article gives an empty reading, and doubts become {@link Diagnostic}s, never exceptions.
 * Articles longer than {@link Builder#maxArticleChars(int)} are read up to that length and say so
 * in a diagnostic.
 *
 * <pre>{@code
 * Parser parser = Parser.defaultFrench();
 * Reading reading = parser.parse(Article.of("a1", "La Russie a livré des S-400 à l'Inde."));
 * reading.armsTransfers();   // [ArmsTransfer[RUS -> IND "S-400" AIR_DEFENCE DELIVERED]]
 * }</pre>
 */
public final class Parser {

  /** The default size limit of one article: 2,000,000 characters. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;
  private static final int MAX_SENTENCE_CHARS = 2_000;

  private final int maxArticleChars;
  private final Tokenizer tokenizer;
  private final BoilerplateStripper stripper;
  private final SentenceSplitter splitter;
  private final GazetteerMatcher matcher;
  private final PersonFinder persons;
  private final DateFinder dates;
  private final Calendar calendar;
  private final RuleWords words;
  private final AgreementRule agreements;
  private final ExerciseRule exercises = new ExerciseRule();
  private final TransferRule transfers;
  private final Tagger tagger;
  private final Chunker chunker;
  private final ClauseAnalyzer clauses = new ClauseAnalyzer();
  private final PartyResolver parties;
  private final StatementRule statements =
      new StatementRule(StatementRule.bundledVerbs(), LexiconLine.read("lexicon/media.txt"));
  private final ParticipantLimiter limiter = new ParticipantLimiter();
  private final ReadingAssembler assembler = new ReadingAssembler();

  private Parser(Builder builder) {
    this.maxArticleChars = builder.maxArticleChars;
    this.tokenizer = new Tokenizer();
    this.stripper = new BoilerplateStripper(LexiconLine.read("text/boilerplate.txt"), maxArticleChars);
    this.splitter = new SentenceSplitter(LexiconLine.read("text/abbreviations.txt"), tokenizer, MAX_SENTENCE_CHARS);
    Gazetteer gazetteer = Gazetteer.bundled(tokenizer);
    this.matcher = new GazetteerMatcher(gazetteer);
    this.persons = new PersonFinder(gazetteer, LexiconLine.read("lexicon/capitalized-non-names.txt"));
    this.calendar = new Calendar(LexiconLine.read("text/calendar.tsv"), LexiconLine.read("text/numbers.tsv"));
    this.dates = new DateFinder(calendar);
    this.words = RuleWords.bundled(tokenizer);
    VerbLexicon verbs = VerbLexicon.bundled();
    this.tagger = new Tagger(FunctionWords.bundled(tokenizer), verbs, calendar,
        LexiconLine.read("lexicon/prenominal-adjectives.txt"), LexiconLine.read("lexicon/title-qualifiers.txt"));
    this.chunker = new Chunker(new Quantities(calendar), verbs);
    this.parties = new PartyResolver(LexiconLine.read("lexicon/agent-nouns.txt"), LexiconLine.read("lexicon/titles.tsv"),
        LexiconLine.read("lexicon/impersonal-verbs.txt"));
    ImmutableMap<String, GoverningVerb> governing = GoverningVerb.bundled();
    this.agreements = new AgreementRule(governing);
    this.transfers =
        new TransferRule(TransferFrame.bundled(), governing, LexiconLine.read("lexicon/vague-goods.txt"), gazetteer.makerPrefixes);
  }

  /**
   * Returns a parser with the bundled French gazetteers and rules and the default limits.
   *
   * @throws LexiconException if a bundled resource is broken
   */
  public static Parser defaultFrench() {
    return builder().build();
  }

  /** Returns a builder of a parser with the bundled resources and configurable limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the largest number of characters of one article this parser reads. */
  public int maxArticleChars() {
    return maxArticleChars;
  }

  /**
   * Reads one article.
   *
   * @throws NullPointerException if {@code article} is null
   */
  public Reading parse(Article article) {
    checkNotNull(article, "article");
    List<Diagnostic> diagnostics = new ArrayList<>();
    CleanText clean = stripper.strip(article);
    if (clean.truncated()) {
      diagnostics.add(
          Diagnostic.of(
              Severity.WARNING,
              DiagnosticCode.TEXT_TRUNCATED,
              "the article has " + article.text().length() + " characters; only the first "
                  + clean.charsRead() + " were read"));
    }
    if (clean.replacedCharacters()) {
      diagnostics.add(
          Diagnostic.of(
              Severity.INFO,
              DiagnosticCode.INVALID_CHARACTERS_REPLACED,
              "control characters or unpaired surrogates were replaced by spaces"));
    }
    if (clean.normalized()) {
      diagnostics.add(
          Diagnostic.of(
              Severity.INFO,
              DiagnosticCode.TEXT_NORMALIZED,
              "the text was not in Unicode NFC (decomposed accents, say) and was read normalized;"
                  + " evidence spans point into the normalized text"));
    }
    ImmutableList<Sentence> sentences = splitter.split(clean);
    if (sentences.isEmpty()) {
      diagnostics.add(Diagnostic.of(Severity.INFO, DiagnosticCode.EMPTY_TEXT, "no text once boilerplate is removed"));
    }
    for (Sentence s : sentences) {
      if (s.text().length() >= MAX_SENTENCE_CHARS) {
        diagnostics.add(
            Diagnostic.at(Severity.INFO, DiagnosticCode.SENTENCE_TOO_LONG, s.span(),
                "a sentence longer than " + MAX_SENTENCE_CHARS + " characters was cut"));
      }
    }
    ImmutableList<Mention> mentions = persons.find(sentences, matcher.match(sentences));
    Optional<PartialDate> published = dates.publication(clean, sentences, tokenizer);
    if (published.isEmpty() && !sentences.isEmpty()) {
      diagnostics.add(Diagnostic.of(Severity.INFO, DiagnosticCode.NO_PUBLICATION_DATE, "no publication date found"));
    }
    ImmutableList<SentenceStructure> structures = structures(sentences, mentions);
    ArticleContext context =
        new ArticleContext(article.id(), sentences, mentions, dates, published, words, structures, parties);
    ImmutableList<dev.entente.model.ArmsTransfer> armsTransfers = transfers.apply(context);
    return assembler.assemble(
        clean,
        published,
        mentions,
        limiter.limit(agreements.apply(context, armsTransfers), mentions, diagnostics),
        limiter.limit(exercises.apply(context), mentions, diagnostics),
        armsTransfers,
        statements.apply(context),
        diagnostics,
        // an agency named by the dateline or a "Source :" line is named by the article, if it has one
        sentences.isEmpty()
            ? ImmutableList.of()
            : clean.source().map(source -> matcher.organizationsIn(source, tokenizer)).orElse(ImmutableList.of()));
  }

  /** Reads the grammar of each sentence: its units, chunks and clauses. */
  private ImmutableList<SentenceStructure> structures(ImmutableList<Sentence> sentences, ImmutableList<Mention> mentions) {
    List<List<Mention>> bySentence = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (Mention m : mentions) {
      bySentence.get(m.sentence()).add(m);
    }
    ImmutableList.Builder<SentenceStructure> out = ImmutableList.builderWithExpectedSize(sentences.size());
    for (Sentence sentence : sentences) {
      ImmutableList<Unit> units = tagger.tag(sentence, bySentence.get(sentence.index()));
      out.add(clauses.analyze(sentence, units, chunker.chunk(sentence, units)));
    }
    return out.build();
  }

  /** Returns the grammar the parser reads in {@code text}, one structure per sentence, for tests and debugging. */
  ImmutableList<SentenceStructure> structure(String text) {
    CleanText clean = stripper.strip(Article.of("structure", text));
    ImmutableList<Sentence> sentences = splitter.split(clean);
    return structures(sentences, persons.find(sentences, matcher.match(sentences)));
  }

  /** Returns the cleaned text of {@code article}, the text that evidence spans point into. */
  CleanText clean(Article article) {
    return stripper.strip(article);
  }

  /**
   * Reads one article given by its id and text.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank
   */
  public Reading parse(String id, String text) {
    return parse(Article.of(id, text));
  }

  /**
   * Reads several articles into a corpus; the same articles always give an equal corpus.
   *
   * @throws NullPointerException if {@code articles} or one of them is null
   * @throws IllegalArgumentException if two articles have the same id
   */
  public Corpus parseAll(Iterable<Article> articles) {
    checkNotNull(articles, "articles");
    List<Reading> readings = new ArrayList<>();
    for (Article article : articles) {
      readings.add(parse(article));
    }
    return Corpus.of(readings);
  }

  /**
   * Reads article files: each path is a {@code .txt} file or a directory whose {@code .txt} files
   * are read in name order. A file that cannot be read is reported in the result, named, and the
   * others are still read; see {@link ParsedFiles}.
   *
   * @throws NoSuchFileException if a path does not exist
   * @throws IOException if a directory cannot be listed
   */
  public ParsedFiles parseFiles(Path... paths) throws IOException {
    checkNotNull(paths, "paths");
    ArticleFiles.Loaded loaded = ArticleFiles.read(Arrays.asList(paths), 4L * maxArticleChars);
    return new ParsedFiles(parseAll(loaded.articles()), loaded.problems(), loaded.filesSeen());
  }

  /** Collects a parser's settings. */
  public static final class Builder {
    private int maxArticleChars = DEFAULT_MAX_ARTICLE_CHARS;

    private Builder() {}

    /**
     * Sets the largest number of characters of one article that is read; the rest is dropped and
     * reported in a {@link DiagnosticCode#TEXT_TRUNCATED} diagnostic.
     *
     * @throws IllegalArgumentException if {@code maxChars} is below 1,000
     */
    public Builder maxArticleChars(int maxChars) {
      checkArgument(maxChars >= 1_000, "the article size limit must be at least 1000 characters, got %s", maxChars);
      this.maxArticleChars = maxChars;
      return this;
    }

    /**
     * Returns the parser, loading the bundled resources.
     *
     * @throws LexiconException if a bundled resource is broken
     */
    public Parser build() {
      return new Parser(this);
    }
  }

  @Override
  public String toString() {
    return "Parser[French, maxArticleChars=" + maxArticleChars + "]";
  }

}
