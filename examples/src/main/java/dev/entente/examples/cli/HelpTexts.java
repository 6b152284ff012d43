package dev.entente.examples.cli;

import dev.entente.examples.cli.Arguments.Option;
import java.util.List;
import org.apache.commons.lang3.StringUtils;

/** Pieces of help text that several commands share. */
final class HelpTexts {

  /** What a PATH operand may be. */
  static final String PATHS =
      """
      PATH is an article file (.txt in any case, UTF-8, UTF-16 with a BOM or Windows-1252), a web
      page (.html, .htm: its title, date, source and article body), a .jsonl file of articles
      ({"id", "text", "title", "published", "source", "url"} a line) or of readings written by
      'entente extract', - for standard input, or a folder whose files are read in name order
      (its subfolders too with --recursive). Without PATH, the five bundled seed articles are
      read. A PDF, an image, an office file or an archive is named as not an article and nothing
      is read from it; any other file of a folder too. A file that cannot be read (a FIFO or a
      device among them) is named on stderr and the others are still read; so is each bad line of
      a .jsonl file, whose good lines are read unless --strict is given.""";

  /** The exit codes, as every help lists them. */
  static final String EXIT_CODES =
      """
      Exit codes:
        0  success
        1  some files could not be read; the others were, and the output covers them
        2  usage error: unknown command or option, missing or malformed value
        3  nothing could be read, or an I/O error (such as a closed standard output)""";

  private HelpTexts() {}

  /**
   * Returns {@code Usage: entente SYNOPSIS}, wrapped before a {@code [} so that no line is longer
   * than 90 characters, continuation lines aligned after the command's words.
   *
   * @param command the command's words, such as {@code "query relations"}
   * @param synopsis what follows them, such as {@code "[--between STATE STATE] [PATH...]"}
   */
  static String usage(String command, String synopsis) {
    String start = "Usage: entente " + command + " ";
    String indent = " ".repeat(start.length());
    StringBuilder text = new StringBuilder(start);
    int lineLength = start.length();
    boolean first = true;
    for (String part : synopsis.split(" (?=\\[)")) {
      if (!first && lineLength + 1 + part.length() > 90) {
        text.append('\n').append(indent);
        lineLength = indent.length();
      } else if (!first) {
        text.append(' ');
        lineLength++;
      }
      text.append(part);
      lineLength += part.length();
      first = false;
    }
    return text.toString();
  }

  /** Returns the options as aligned lines under an {@code Options:} heading. */
  static String options(List<Option> options) {
    return options("Options:", options);
  }

  /** Returns the options as aligned lines under {@code heading}. */
  static String options(String heading, List<Option> options) {
    int width = options.stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
    StringBuilder text = new StringBuilder(heading);
    for (Option option : options) {
      text.append("\n  ")
          .append(StringUtils.rightPad(option.synopsis(), width))
          .append("  ")
          .append(option.description());
    }
    return text.toString();
  }
}
