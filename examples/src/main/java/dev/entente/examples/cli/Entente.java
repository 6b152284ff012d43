package dev.entente.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;

/**
 * The {@code entente} command line: reads French news articles about states' defence cooperation
 * and writes what it read (JSON Lines, JSON, CSV), answers queries, or counts.
 *
 * <pre>{@code
 * java -jar examples/target/entente.jar extract > seeds.jsonl
 * java -jar examples/target/entente.jar query relations --between RUS CHN --domain MILITARY
 * java -jar examples/target/entente.jar stats articles/
 * }</pre>
 *
 * <p>Standard output carries results only; problems and progress go to standard error, in UTF-8.
 * The exit code is 0 on success, 1 when some files could not be read but others were, 2 on a usage
 * error and 3 when nothing could be read or writing failed; {@code --help} lists them.
 */
public final class Entente {

  private static final String PROPERTIES =
      "META-INF/maven/dev.entente/entente-examples/pom.properties";

  private final ImmutableList<Command> commands =
      ImmutableList.of(new ExtractCommand(), new QueryCommand(), new StatsCommand(), new ExportCommand());

  private Entente() {}

  /**
   * Runs the command line and exits with its {@linkplain #run exit code}. Output is UTF-8,
   * whatever the platform's default.
   */
  public static void main(String[] args) {
    PrintStream out = utf8(FileDescriptor.out);
    PrintStream err = utf8(FileDescriptor.err);
    int code;
    try {
      code = run(args, System.in, out, err, stderrIsTerminal());
    } catch (RuntimeException | Error e) {
      out.flush();
      err.println("entente: internal error; please report it with this trace:");
      e.printStackTrace(err);
      code = ExitCode.FAILURE.value();
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line {@code args}, writing results to {@code out} and problems to {@code err},
   * and returns the exit code: 0 success, 1 some files failed but others were read, 2 usage error,
   * 3 nothing could be read or an I/O error. Progress shows on {@code err} only when asked with
   * {@code --progress}, since {@code err} is taken not to be a terminal.
   *
   * <pre>{@code
   * int code = Entente.run(new String[] {"stats"}, System.out, System.err);
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, InputStream.nullInputStream(), out, err, false);
  }

  /**
   * Runs the command line {@code args} as {@link #run(String[], PrintStream, PrintStream)} does,
   * the path {@code -} reading {@code in}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, false);
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {
    checkNotNull(args, "args");
    Output output = new Output(in, out, err, errIsTerminal);
    ExitCode code;
    try {
      code = new Entente().dispatch(Arrays.asList(args), output);
    } catch (UsageException e) {
      output.problem(e.getMessage());
      String command = e.command().isEmpty() ? "entente" : "entente " + e.command();
      err.println("Run '" + command + " --help' for usage.");
      code = ExitCode.USAGE;
    } catch (UncheckedIOException e) {
      output.problem("I/O error: " + e.getCause().getMessage());
      code = ExitCode.FAILURE;
    }
    out.flush();
    if (out.checkError()) {
      output.problem("cannot write to standard output");
      code = ExitCode.FAILURE;
    }
    err.flush();
    return code.value();
  }

  private ExitCode dispatch(List<String> args, Output output) throws UsageException {
    if (args.isEmpty()) {
      throw new UsageException("", "no command given; give one of " + commandWords());
    }
    String first = args.get(0);
    if (first.equals("--help") || first.equals("-h")) {
      output.out().println(help());
      return ExitCode.SUCCESS;
    }
    if (first.equals("help")) {
      return help(args.subList(1, args.size()), output);
    }
    if (first.equals("--version")) {
      output.out().println("entente " + version());
      return ExitCode.SUCCESS;
    }
    Command command = command(first);
    List<String> rest = args.subList(1, args.size());
    if (!command.hasKinds() && Arguments.asksForHelp(rest)) {
      output.out().println(command.help());
      return ExitCode.SUCCESS;
    }
    return command.run(rest, output);
  }

  /** {@code entente help [COMMAND [KIND]]}: the help of the tool or of one command. */
  private ExitCode help(List<String> words, Output output) throws UsageException {
    if (words.isEmpty()) {
      output.out().println(help());
      return ExitCode.SUCCESS;
    }
    Command command = command(words.get(0));
    if (words.size() > 1 && command instanceof QueryCommand query) {
      for (Command kind : query.kinds()) {
        if (kind.name().equals("query " + words.get(1))) {
          output.out().println(kind.help());
          return ExitCode.SUCCESS;
        }
      }
      throw new UsageException("query", "unknown kind of query \"" + words.get(1) + "\"");
    }
    output.out().println(command.help());
    return ExitCode.SUCCESS;
  }

  private Command command(String word) throws UsageException {
    if (word.startsWith("-")) {
      throw new UsageException(
          "",
          String.format(
              "unknown option \"%s\"; the tool's options are --help and --version, and commands"
                  + " come first: %s",
              word,
              commandWords()));
    }
    for (Command command : commands) {
      if (command.name().equals(word)) {
        return command;
      }
    }
    throw new UsageException(
        "", String.format("unknown command \"%s\"; give one of %s", word, commandWords()));
  }

  private String commandWords() {
    return commands.stream().map(Command::name).collect(Collectors.joining(", "));
  }

  private String help() {
    StringBuilder list = new StringBuilder("Commands:");
    for (Command command : commands) {
      list.append("\n  ").append(StringUtils.rightPad(command.name(), 9)).append(command.summary());
    }
    return String.join(
        "\n\n",
        "entente "
            + version()
            + "\n"
            + """
            Reads French news articles about states' defence cooperation into facts (agreements,
            joint exercises, arms transfers, statements) and the relations between states they
            show, then writes them out, answers queries or counts them.""",
        """
        Usage:
          entente extract [PATH...] [--format jsonl|json] | --format csv --out DIR [--bom]
          entente query relations|agreements|transfers|exercises|statements [OPTIONS] [PATH...]
                        [--format table|csv|json|jsonl]
          entente stats [PATH...]
          entente export [PATH...] [--duckdb FILE] [--parquet DIR] [--graph graphml|gexf|dot]
          entente COMMAND --help
          entente --help | --version""",
        list.toString(),
        HelpTexts.PATHS,
        HelpTexts.options("Options of every command that reads PATHs:", CorpusReader.OPTIONS),
        """
        Examples:
          entente extract > seeds.jsonl
          entente query relations --between RUS CHN --domain MILITARY
          entente query agreements --party IRN --status SIGNED
          entente query transfers --from RUS --to IND
          entente query exercises --involving PAK --year 2017
          entente query statements --by RUS
          entente stats my-articles/
          entente extract pages/ --recursive --format csv --out tables/
          entente export my-articles/ --duckdb entente.duckdb --graph gexf --out relations.gexf""",
        HelpTexts.EXIT_CODES);
  }

  /** Returns the version the jar was built as, or a note that it is not run from the jar. */
  static String version() {
    try (InputStream in = Entente.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version;
        }
      }
    } catch (IOException e) {
      // Fall through: a version is nice to have, not worth failing for.
    }
    return "(development build, not run from the jar)";
  }

  private static PrintStream utf8(FileDescriptor descriptor) {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(descriptor), 1 << 16),
        false,
        StandardCharsets.UTF_8);
  }

  /**
   * Returns whether standard error is a terminal. Java 17 cannot ask that directly, so on Linux
   * this reads where {@code /proc/self/fd/2} points; elsewhere it falls back on {@link
   * System#console()}, which is there when standard input and output are terminals.
   */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
