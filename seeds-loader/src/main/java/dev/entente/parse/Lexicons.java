package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Word lists a user adds to the bundled ones, in the bundled formats, with the file and line of
 * each entry so that a broken one is reported where it is. Immutable.
 */
final class Lexicons {

  /** A kind of word list a user may add to, and the file name it has in a lexicon folder. */
  enum Kind {
    WEAPONS("weapons.tsv"),
    PERSONS("known-persons.tsv"),
    ORGANIZATIONS("organizations.tsv"),
    TITLES("titles.tsv");

    final String fileName;

    Kind(String fileName) {
      this.fileName = fileName;
    }
  }

  static final Lexicons NONE = new Lexicons(ImmutableListMultimap.of());

  private final ImmutableListMultimap<Kind, LexiconLine> lines;

  private Lexicons(ImmutableListMultimap<Kind, LexiconLine> lines) {
    this.lines = lines;
  }

  /** Returns the lines added to the word lists of {@code kind}, in the order given. */
  ImmutableList<LexiconLine> of(Kind kind) {
    return lines.get(kind);
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  /**
   * Returns these lexicons and the lines of {@code file}, a word list of {@code kind}.
   *
   * @throws IOException if the file cannot be read
   */
  Lexicons plus(Kind kind, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "not a word list file");
    }
    List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
    ImmutableListMultimap.Builder<Kind, LexiconLine> added = ImmutableListMultimap.builder();
    added.putAll(lines);
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (i == 0 && line.startsWith("\ufeff")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        added.put(kind, new LexiconLine(file.toString(), i + 1, line.stripTrailing()));
      }
    }
    return new Lexicons(added.build());
  }

  /**
   * Returns these lexicons and the word lists of {@code folder}: each file named as a bundled list
   * ({@code weapons.tsv}, {@code known-persons.tsv}, {@code organizations.tsv}, {@code
   * titles.tsv}).
   *
   * @throws IOException if the folder or a file cannot be read
   * @throws LexiconException if the folder holds another {@code .tsv} file, or none of these
   */
  Lexicons plusFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "not a folder of word lists");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")).sorted().toList();
    }
    Lexicons result = this;
    int known = 0;
    for (Path file : files) {
      Kind kind = kindOf(file.getFileName().toString());
      if (kind == null) {
        throw new LexiconException(
            file + ": not a word list Entente knows; a lexicon folder holds " + names());
      }
      result = result.plus(kind, file);
      known++;
    }
    if (known == 0) {
      throw new LexiconException(folder + ": no word list in this folder; give one of " + names());
    }
    return result;
  }

  private static Kind kindOf(String fileName) {
    for (Kind kind : Kind.values()) {
      if (kind.fileName.equals(fileName)) {
        return kind;
      }
    }
    return null;
  }

  private static String names() {
    return String.join(", ", Stream.of(Kind.values()).map(k -> k.fileName).toList());
  }
}
