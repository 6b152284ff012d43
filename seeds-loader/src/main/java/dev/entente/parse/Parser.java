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
import java.io.InputStream;
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
  private final boolean everySentence;
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
  private final SentenceGrammar grammar;
  private final PartyResolver parties;
  private final StatementRule statements;
  private final ParticipantLimiter limiter = new ParticipantLimiter();
  private final ReadingAssembler assembler = new ReadingAssembler();

  private Parser(Builder builder) {
    this.maxArticleChars = builder.maxArticleChars;
    this.everySentence = builder.everySentence;
    this.tokenizer = new Tokenizer();
    this.stripper = new BoilerplateStripper(LexiconLine.read("text/boilerplate.txt"), maxArticleChars);
    this.splitter = new SentenceSplitter(LexiconLine.read("text/abbreviations.txt"), tokenizer, MAX_SENTENCE_CHARS);
    Gazetteer gazetteer = Gazetteer.bundled(tokenizer, builder.lexicons);
    this.matcher = new GazetteerMatcher(gazetteer);
    this.persons = new PersonFinder(gazetteer, LexiconLine.read("lexicon/capitalized-non-names.txt"));
    this.calendar = new Calendar(LexiconLine.read("text/calendar.tsv"), LexiconLine.read("text/numbers.tsv"));
    this.dates = new DateFinder(calendar);
    this.words = RuleWords.bundled(tokenizer);
    VerbLexicon verbs = VerbLexicon.bundled();
    ImmutableList<LexiconLine> prenominal = LexiconLine.read("lexicon/prenominal-adjectives.txt");
    this.grammar = new SentenceGrammar(
        new Tagger(FunctionWords.bundled(tokenizer), verbs, calendar, prenominal, LexiconLine.read("lexicon/title-qualifiers.txt")),
        new Chunker(new Quantities(calendar), verbs, prenominal),
        new ClauseAnalyzer());
    this.parties = new PartyResolver(LexiconLine.read("lexicon/agent-nouns.txt"), LexiconLine.read("lexicon/titles.tsv"),
        LexiconLine.read("lexicon/impersonal-verbs.txt"), LexiconLine.read("lexicon/company-nouns.txt"));
    ImmutableMap<String, GoverningVerb> governing = GoverningVerb.bundled();
    this.agreements = new AgreementRule(governing, verbs);
    this.statements = new StatementRule(StatementRule.bundledVerbs(), LexiconLine.read("lexicon/media.txt"), verbs);
    this.transfers =
        new TransferRule(TransferFrame.bundled(), governing, LexiconLine.read("lexicon/vague-goods.txt"), gazetteer.makerPrefixes,
            LexiconLine.read("rules/deal-complements.tsv"));
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
    Optional<PartialDate> published = article.published().or(() -> dates.publication(clean, sentences, tokenizer));
    if (published.isEmpty() && !sentences.isEmpty()) {
      diagnostics.add(Diagnostic.of(Severity.INFO, DiagnosticCode.NO_PUBLICATION_DATE, "no publication date found"));
    }
    // the grammar of a sentence is read when a rule first needs it: most rules want few sentences
    ArticleContext context =
        new ArticleContext(article.id(), sentences, mentions, dates, published, words, grammar, parties, everySentence);
    ImmutableList<dev.entente.model.ArmsTransfer> armsTransfers = transfers.apply(context);
    Reading reading = assembler.assemble(
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
    return article.hasMetadata() ? reading.withDocument(article.metadataOver(reading.document())) : reading;
  }

  /** Returns the grammar the parser reads in {@code text}, one structure per sentence, for tests and debugging. */
  ImmutableList<SentenceStructure> structure(String text) {
    CleanText clean = stripper.strip(Article.of("structure", text));
    ImmutableList<Sentence> sentences = splitter.split(clean);
    ImmutableList<Mention> mentions = persons.find(sentences, matcher.match(sentences));
    ImmutableList.Builder<SentenceStructure> out = ImmutableList.builderWithExpectedSize(sentences.size());
    for (Sentence sentence : sentences) {
      out.add(grammar.read(sentence, mentions.stream().filter(m -> m.sentence() == sentence.index()).toList()));
    }
    return out.build();
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
   * Reads article files: each path is a file or a directory whose files are read in name order
   * (not its subdirectories). Text ({@code .txt}: UTF-8, UTF-16 with a byte order mark or
   * Windows-1252), web pages ({@code .html}, {@code .htm}: title, date, source and article body)
   * and JSON Lines of articles ({@code .jsonl}) are read; a PDF, an image, an office file, an
   * archive, or any other file of a directory is reported as {@link FileProblem.Kind#NOT_AN_ARTICLE}
   * and nothing is parsed from it. A file that cannot be read is reported in the result, named,
   * and the others are still read; see {@link ParsedFiles}.
   *
   * @throws NoSuchFileException if a path does not exist
   * @throws IOException if a directory cannot be listed
   */
  public ParsedFiles parseFiles(Path... paths) throws IOException {
    checkNotNull(paths, "paths");
    return parsed(ArticleFiles.read(Arrays.asList(paths), 4L * maxArticleChars, false));
  }

  /**
   * Reads article files as {@link #parseFiles} does, and the files of every subdirectory of a
   * directory too; an article below a subdirectory has its path as id ({@code 2024/05/index}).
   *
   * @throws NoSuchFileException if a path does not exist
   * @throws IOException if a directory cannot be listed
   */
  public ParsedFiles parseFilesRecursively(Path... paths) throws IOException {
    checkNotNull(paths, "paths");
    return parsed(ArticleFiles.read(Arrays.asList(paths), 4L * maxArticleChars, true));
  }

  /**
   * Reads one article file (text, HTML, or JSON Lines of articles, as {@link #parseFiles} tells
   * them) whose article gets the id {@code id}, as a command line that lists folders itself does.
   * A problem is reported in the result, never thrown.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank
   */
  public ParsedFiles parseFile(Path file, String id) {
    checkNotNull(file, "file");
    checkNotNull(id, "id");
    checkArgument(!id.isBlank(), "an article id must not be blank, got \"%s\"", id);
    return parsed(ArticleFiles.readFile(file, id, 4L * maxArticleChars));
  }

  /**
   * Reads the bytes of {@code in} (standard input, say) up to the size limit as one input named
   * {@code name}: JSON Lines of articles when its first line is one, a web page when it starts as
   * one, else the text of one article of id {@code name}. Does not close {@code in}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code in} cannot be read
   */
  public ParsedFiles parseStream(InputStream in, String name) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "an input needs a name, got \"%s\"", name);
    return parsed(ArticleFiles.readStream(in, name, 4L * maxArticleChars));
  }

  private ParsedFiles parsed(ArticleFiles.Loaded loaded) {
    return new ParsedFiles(parseAll(loaded.articles()), loaded.problems(), loaded.filesSeen());
  }

  /** Collects a parser's settings. */
  public static final class Builder {
    private int maxArticleChars = DEFAULT_MAX_ARTICLE_CHARS;
    private boolean everySentence;
    private Lexicons lexicons = Lexicons.NONE;

    private Builder() {}

    /**
     * Adds the word lists of {@code folder} to the bundled ones: each file named as a bundled list
     * and in its format ({@code weapons.tsv}, {@code known-persons.tsv}, {@code
     * organizations.tsv}, {@code titles.tsv}; see the README). A broken line fails {@link #build()}
     * with a {@link LexiconException} naming the file and the line.
     *
     * <pre>{@code
     * Parser parser = Parser.builder().lexicon(Path.of("my-lexicon")).build();
     * }</pre>
     *
     * @throws IOException if the folder or a file cannot be read
     * @throws LexiconException if the folder holds no such list, or another {@code .tsv} file
     */
    public Builder lexicon(Path folder) throws IOException {
      checkNotNull(folder, "folder");
      lexicons = lexicons.plusFolder(folder);
      return this;
    }

    /**
     * Adds weapon systems, one a line as in the bundled {@code weapons.tsv}: {@code
     * designation<TAB>CATEGORY<TAB>ORIGIN<TAB>aliases}.
     *
     * @throws IOException if the file cannot be read
     */
    public Builder weapons(Path file) throws IOException {
      lexicons = lexicons.plus(Lexicons.Kind.WEAPONS, checkNotNull(file, "file"));
      return this;
    }

    /**
     * Adds persons, one a line as in the bundled {@code known-persons.tsv}: {@code
     * name<TAB>STATE<TAB>role<TAB>aliases}.
     *
     * @throws IOException if the file cannot be read
     */
    public Builder persons(Path file) throws IOException {
      lexicons = lexicons.plus(Lexicons.Kind.PERSONS, checkNotNull(file, "file"));
      return this;
    }

    /**
     * Adds organizations, one a line as in the bundled {@code organizations.tsv}: {@code
     * name<TAB>STATE or -<TAB>acronyms<TAB>aliases}.
     *
     * @throws IOException if the file cannot be read
     */
    public Builder organizations(Path file) throws IOException {
      lexicons = lexicons.plus(Lexicons.Kind.ORGANIZATIONS, checkNotNull(file, "file"));
      return this;
    }

    /**
     * Adds titles that introduce a person, one a line as in the bundled {@code titles.tsv}: {@code
     * title<TAB>ROLE_KIND}.
     *
     * @throws IOException if the file cannot be read
     */
    public Builder titles(Path file) throws IOException {
      lexicons = lexicons.plus(Lexicons.Kind.TITLES, checkNotNull(file, "file"));
      return this;
    }

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
     * Makes every rule read the grammar of every sentence, not only of those its words make
     * relevant: slower, and for tests that check the word tests only ever spare work.
     */
    Builder everySentence() {
      this.everySentence = true;
      return this;
    }

    /**
     * Returns the parser, loading the bundled resources and the word lists added.
     *
     * @throws LexiconException if a bundled resource or an added word list has a broken line
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
