package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads article files: one {@code .txt} file, or every {@code .txt} file of a directory (not its
 * subdirectories), in name order. An article's id is its file name without {@code .txt} (the
 * whole name when nothing else is left, as for a file named {@code .txt}).
 *
 * <p>Text must be UTF-8; a file that is not, but decodes as Windows-1252 (common in French feeds,
 * and a superset of Latin-1), is read as such and reported. A file that is empty, binary, larger
 * than the limit, unreadable or in no known encoding is reported and left out; every other file is
 * still read. Nothing is dropped silently: files seen = articles + fatal problems.
 */
final class ArticleFiles {

  /** The articles read and the problems met. */
  record Loaded(ImmutableList<Article> articles, ImmutableList<FileProblem> problems, int filesSeen) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private ArticleFiles() {}

  static Loaded read(Iterable<Path> paths, long maxBytes) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          listing.filter(p -> isText(p.getFileName().toString()) && !Files.isDirectory(p))
              .sorted()
              .forEach(files::add);
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new NoSuchFileException(path.toString(), null, "no such file or directory");
      }
    }
    ImmutableList.Builder<Article> articles = ImmutableList.builder();
    ImmutableList.Builder<FileProblem> problems = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = isText(name) ? name.substring(0, name.length() - 4) : name;
      if (id.isBlank()) {
        id = name; // ".txt" has no base name: keep the whole name rather than call it a duplicate
      }
      if (!ids.add(id)) {
        problems.add(problem(file, FileProblem.Kind.DUPLICATE_ID, -1, "another file already has the id \"" + id + "\""));
        continue;
      }
      readOne(file, id, maxBytes, articles, problems);
    }
    return new Loaded(articles.build(), problems.build(), files.size());
  }

  private static void readOne(
      Path file, String id, long maxBytes, ImmutableList.Builder<Article> articles, ImmutableList.Builder<FileProblem> problems) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        problems.add(problem(file, FileProblem.Kind.TOO_LARGE, -1, size + " bytes, more than the limit of " + maxBytes));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      problems.add(problem(file, FileProblem.Kind.UNREADABLE, -1, "cannot be read: " + e));
      return;
    }
    if (bytes.length == 0) {
      problems.add(problem(file, FileProblem.Kind.EMPTY, -1, "the file is empty"));
      return;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        problems.add(problem(file, FileProblem.Kind.BINARY, i, "a NUL byte at offset " + i + ": binary, not text"));
        return;
      }
    }
    long invalid = firstInvalidUtf8(bytes);
    if (invalid < 0) {
      articles.add(Article.of(id, new String(bytes, StandardCharsets.UTF_8)));
      return;
    }
    try {
      String text = strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
      articles.add(Article.of(id, text));
      problems.add(problem(file, FileProblem.Kind.DECODED_AS_WINDOWS_1252, invalid,
          "not UTF-8 (first invalid byte at offset " + invalid + "), read as Windows-1252"));
    } catch (CharacterCodingException e) {
      // Java's windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D unmapped: name the first one
      long undefined = Math.min(Math.max(firstInvalid(bytes, WINDOWS_1252), 0), bytes.length - 1);
      problems.add(problem(file, FileProblem.Kind.INVALID_ENCODING, invalid,
          "neither UTF-8 (first invalid byte at offset " + invalid + ") nor Windows-1252 (byte 0x"
              + String.format("%02X", bytes[(int) undefined] & 0xff) + " at offset " + undefined
              + " is undefined there)"));
    }
  }

  /** Returns the offset of the first byte that breaks UTF-8, or -1 if all of it is UTF-8. */
  static long firstInvalidUtf8(byte[] bytes) {
    return firstInvalid(bytes, StandardCharsets.UTF_8);
  }

  /** Returns the offset of the first byte {@code charset} cannot decode, or -1 if it decodes all. */
  private static long firstInvalid(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = strict(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      java.nio.charset.CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
      }
      out.clear();
    }
  }

  /** Whether a file name ends with ".txt", in any case ("ARTICLE.TXT" from older systems too). */
  private static boolean isText(String name) {
    return name.regionMatches(true, name.length() - 4, ".txt", 0, 4);
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static FileProblem problem(Path file, FileProblem.Kind kind, long offset, String message) {
    return new FileProblem(file, kind, offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset), file + ": " + message);
  }
}
