package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Reads article files: one file, or every {@code .txt} file of a directory (any case: {@code
 * B.TXT} too; not its subdirectories), in name order. An article's id is its file name without
 * {@code .txt} (the whole name when nothing else is left, as for a file named {@code .txt}), read
 * from the name's bytes so that it is the same under any locale (see {@link FileNames}).
 *
 * <p>Only regular files are articles: a FIFO, a device ({@code /dev/zero} behind a link named
 * {@code z.txt}), a socket or a link that leads nowhere is reported by name and never opened, so
 * it can neither block the run nor feed it without end. A file is read up to the size limit and no
 * further, whatever size the file system claims.
 *
 * <p>Text must be UTF-8. A UTF-8 file with a few bad bytes (a truncated copy) is read as UTF-8,
 * each bad sequence replaced by U+FFFD, and reported with their offsets; a file that is not UTF-8
 * at all but decodes as Windows-1252 (common in French feeds, and a superset of Latin-1) is read
 * as such and reported. A file that is empty, binary, larger than the limit, unreadable or in no
 * known encoding is reported and left out; every other file is still read. Nothing is dropped
 * silently: files seen = articles + fatal problems.
 */
final class ArticleFiles {

  /** The articles read and the problems met. */
  record Loaded(ImmutableList<Article> articles, ImmutableList<FileProblem> problems, int filesSeen) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How many offsets of bad UTF-8 a message lists. */
  private static final int OFFSETS_SHOWN = 10;

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
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        files.add(path); // a link that leads nowhere is a file seen, and reported as such
      } else {
        throw new NoSuchFileException(path.toString(), null, "no such file or directory");
      }
    }
    ImmutableList.Builder<Article> articles = ImmutableList.builder();
    ImmutableList.Builder<FileProblem> problems = ImmutableList.builder();
    Map<String, Path> ids = new HashMap<>();
    for (Path file : files) {
      String name = FileNames.name(file);
      String id = isText(name) ? name.substring(0, name.length() - 4) : name;
      if (id.isBlank()) {
        id = name; // ".txt" has no base name: keep the whole name rather than call it a duplicate
      }
      Path other = ids.putIfAbsent(id, file);
      if (other != null) {
        problems.add(
            problem(
                file,
                FileProblem.Kind.DUPLICATE_ID,
                -1,
                "its id \"" + id + "\" is already the id of " + FileNames.shown(other)
                    + "; ids are file names without .txt, so rename one of the two"));
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
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (FileSystemException e) {
        if (Files.isSymbolicLink(file)) {
          problems.add(problem(file, FileProblem.Kind.UNREADABLE, -1, brokenLink(file)));
          return;
        }
        throw e;
      }
      if (!attributes.isRegularFile()) {
        problems.add(
            problem(
                file,
                FileProblem.Kind.NOT_A_REGULAR_FILE,
                -1,
                "not a regular file but " + kindOf(file) + "; only regular files are read, so it"
                    + " was not opened"));
        return;
      }
      if (attributes.size() > maxBytes) {
        problems.add(problem(file, FileProblem.Kind.TOO_LARGE, -1, attributes.size() + " bytes, more than the limit of " + maxBytes));
        return;
      }
      try (InputStream in = Files.newInputStream(file)) {
        // read no further than the limit, whatever the size said (a file that grows, /proc)
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        problems.add(problem(file, FileProblem.Kind.TOO_LARGE, -1, "more than the limit of " + maxBytes + " bytes"));
        return;
      }
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
    Utf8 utf8 = Utf8.decode(bytes);
    if (utf8.badOffsets.isEmpty()) {
      articles.add(Article.of(id, utf8.text));
      return;
    }
    long invalid = utf8.badOffsets.get(0);
    if (utf8.isMostlyUtf8()) {
      articles.add(Article.of(id, utf8.text));
      problems.add(problem(file, FileProblem.Kind.DECODED_WITH_REPLACEMENTS, invalid, utf8.describe()));
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

  /**
   * UTF-8 decoded with each bad sequence replaced by U+FFFD, the offsets of the bad sequences, and
   * how many characters beyond ASCII decoded well: the evidence that a file is UTF-8.
   */
  private record Utf8(String text, List<Long> badOffsets, long goodNonAscii, boolean cutAtTheEnd) {

    static Utf8 decode(byte[] bytes) {
      CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length + 1);
      List<Long> bad = new ArrayList<>();
      boolean cut = false;
      while (true) {
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
          int at = in.position();
          bad.add((long) at);
          cut = at + result.length() == bytes.length && isCutSequence(bytes, at);
          in.position(at + result.length());
          out.put('\uFFFD');
        } else {
          decoder.flush(out);
          break;
        }
      }
      String text = out.flip().toString();
      long good = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 0x80 && c != '\uFFFD' && !Character.isLowSurrogate(c)) {
          good++;
        }
      }
      return new Utf8(text, bad, good, cut);
    }

    /**
     * Whether the file is UTF-8 with a few bad bytes rather than another encoding: its only flaw
     * is a sequence cut at the end (a truncated copy), or more characters beyond ASCII decode well
     * than badly. Windows-1252 French text has no well-formed sequence, or one by chance.
     */
    boolean isMostlyUtf8() {
      return badOffsets.size() == 1 && cutAtTheEnd || goodNonAscii > badOffsets.size();
    }

    String describe() {
      StringBuilder offsets = new StringBuilder();
      for (int i = 0; i < Math.min(OFFSETS_SHOWN, badOffsets.size()); i++) {
        offsets.append(i == 0 ? "" : ", ").append(badOffsets.get(i));
      }
      if (badOffsets.size() > OFFSETS_SHOWN) {
        offsets.append(" and ").append(badOffsets.size() - OFFSETS_SHOWN).append(" more");
      }
      return "UTF-8 with "
          + (badOffsets.size() == 1 ? "1 bad byte sequence" : badOffsets.size() + " bad byte sequences")
          + " (at byte offset" + (badOffsets.size() == 1 ? " " : "s ") + offsets
          + (cutAtTheEnd ? "; the last is cut short at the end, as in a truncated copy" : "")
          + "), read as UTF-8 with U+FFFD in place of each";
    }
  }

  /** Whether the bytes from {@code at} to the end are the start of a UTF-8 sequence, cut short. */
  private static boolean isCutSequence(byte[] bytes, int at) {
    int lead = bytes[at] & 0xff;
    int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
    if (length == 0 || bytes.length - at >= length) {
      return false;
    }
    for (int i = at + 1; i < bytes.length; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Says what a link that cannot be followed does: loop, or lead to nothing. */
  private static String brokenLink(Path link) {
    try {
      link.toRealPath();
      return "a symbolic link that cannot be followed";
    } catch (NoSuchFileException e) {
      String target;
      try {
        target = String.valueOf(Files.readSymbolicLink(link));
      } catch (IOException | UnsupportedOperationException f) {
        target = "its target";
      }
      return "a broken symbolic link: " + target + " does not exist";
    } catch (FileSystemException e) {
      String reason = String.valueOf(e.getReason());
      return reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic link")
          ? "a loop of symbolic links: following them never reaches a file (" + reason + ")"
          : "a symbolic link that cannot be followed: " + reason;
    } catch (IOException e) {
      return "a symbolic link that cannot be followed: " + e;
    }
  }

  /** Names what a file that is not regular is: a FIFO, a device, a socket or a folder. */
  private static String kindOf(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      switch (mode & 0170000) {
        case 0010000:
          return "a FIFO (named pipe)";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        case 0140000:
          return "a socket";
        case 0040000:
          return "a folder";
        default:
          return "a special file";
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException | SecurityException e) {
      return "a special file";
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
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
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
  static boolean isText(String name) {
    return name.regionMatches(true, name.length() - 4, ".txt", 0, 4);
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static FileProblem problem(Path file, FileProblem.Kind kind, long offset, String message) {
    return new FileProblem(file, kind, offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset), FileNames.shown(file) + ": " + message);
  }
}
