package dev.entente.examples;

import dev.entente.parse.FileProblem;
import dev.entente.parse.ParsedFiles;
import dev.entente.parse.Parser;
import dev.entente.query.Corpus;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a folder of your own French articles, one {@code .txt} file each (its name without {@code
 * .txt} is its id), reports the files that could not be read, and shows what was read from the
 * others: the relations between states, then every fact.
 *
 * <pre>
 * java -cp examples/target/entente.jar dev.entente.examples.ReadYourOwnFolder \
 *     examples/notebooks/sample-articles
 * </pre>
 */
public final class ReadYourOwnFolder {

  private ReadYourOwnFolder() {}

  /**
   * Reads the folder {@code args[0]} and prints its problems, relations and facts.
   *
   * @throws IOException if the folder does not exist or cannot be listed
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ReadYourOwnFolder FOLDER   (a folder of French articles, .txt)");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    ParsedFiles parsed = Parser.defaultFrench().parseFiles(folder);
    Corpus corpus = parsed.corpus();

    System.out.println(
        "Read " + corpus.size() + " of " + parsed.filesSeen() + " files in " + folder + ".");
    if (parsed.problems().isEmpty()) {
      System.out.println("No problem.");
    }
    for (FileProblem problem : parsed.problems()) {
      System.out.println(
          (problem.kind().isFatal() ? "Left out: " : "Read, but: ") + problem.message());
    }
    System.out.println();
    System.out.println(corpus.relations().count() + " relations:");
    System.out.println(Tables.of(corpus.relations().list()));
    System.out.println();
    System.out.println(corpus.facts().size() + " facts:");
    System.out.println(Tables.ofReadings(corpus.readings()));
  }
}
