package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.entente.json.ArticleJson;
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
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Reads article files: one file, or every file of a directory (with {@code recursive}, of its
 * subdirectories too), in name order. Articles are {@code .txt} files (any case: {@code B.TXT}
 * too), HTML pages ({@code .html}, {@code .htm}, {@code .xhtml}, read by {@link HtmlArticles}) and
 * JSON Lines of articles ({@code .jsonl}, read by {@link ArticleJson}). An article's id is its file
 * name without the extension (the whole name when nothing else is left, as for a file named {@code
 * .txt}), in a subdirectory its path from the directory given ({@code 2024/05/index}), read from
 * the names' bytes so that it is the same under any locale (see {@link FileNames}); the articles of
 * a {@code .jsonl} file have the ids of their lines.
 *
 * <p>Any other file of a directory, and any file named whose content is not text (a PDF, an image,
 * an office file, an archive: told by its name or its first bytes), is reported by name as {@link
 * FileProblem.Kind#NOT_AN_ARTICLE} and nothing is parsed from it. A file named with another
 * extension, or none, is read as text, or as HTML when it starts like a web page.
 *
 * <p>Only regular files are articles: a FIFO, a device ({@code /dev/zero} behind a link named
 * {@code z.txt}), a socket or a link that leads nowhere is reported by name and never opened, so
 * it can neither block the run nor feed it without end. A file is read up to the size limit and no
 * further, whatever size the file system claims.
 *
 * <p>Text must be UTF-8, or UTF-16 with a byte order mark. A UTF-8 file with a few bad bytes (a
 * truncated copy) is read as UTF-8, each bad sequence replaced by U+FFFD, and reported with their
 * offsets; a file that is not UTF-8 at all but decodes as Windows-1252 (common in French feeds, and
 * a superset of Latin-1) is read as such and reported. A file that is empty, binary, larger than
 * the limit, unreadable or in no known encoding is reported and left out; every other file is
 * still read. Nothing is dropped silently: every file seen gives articles or a fatal problem.
 */
final class ArticleFiles {

  /** The articles read and the problems met. */
  record Loaded(ImmutableList<Article> articles, ImmutableList<FileProblem> problems, int filesSeen) {}

  /** A file to read and the id its article gets; {@code listed} if found in a directory. */
  private record Found(Path file, String id, boolean listed) {}

  /** What a file holds, as its name says. */
  private enum Shape { TEXT, HTML, JSON_LINES, OTHER }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How many offsets of bad UTF-8 a message lists. */
  private static final int OFFSETS_SHOWN = 10;

  /** Extensions of files that are surely not articles, and what they are. */
  private static final ImmutableMap<String, String> NOT_ARTICLES =
      ImmutableMap.<String, String>builder()
          .put("pdf", "a PDF document")
          .put("png", "an image").put("jpg", "an image").put("jpeg", "an image")
          .put("gif", "an image").put("webp", "an image").put("bmp", "an image")
          .put("tif", "an image").put("tiff", "an image").put("svg", "an image")
          .put("ico", "an image").put("heic", "an image")
          .put("doc", "an office document").put("docx", "an office document")
          .put("odt", "an office document").put("rtf", "an office document")
          .put("xls", "a spreadsheet").put("xlsx", "a spreadsheet").put("ods", "a spreadsheet")
          .put("ppt", "a presentation").put("pptx", "a presentation").put("odp", "a presentation")
          .put("zip", "an archive").put("gz", "an archive").put("tgz", "an archive")
          .put("bz2", "an archive").put("xz", "an archive").put("7z", "an archive")
          .put("rar", "an archive").put("tar", "an archive").put("jar", "an archive")
          .put("epub", "an e-book")
          .put("mp3", "a sound file").put("wav", "a sound file").put("ogg", "a sound file")
          .put("mp4", "a video").put("mkv", "a video").put("webm", "a video").put("mov", "a video")
          .put("exe", "a program").put("so", "a library").put("class", "a Java class file")
          .buildOrThrow();

  private ArticleFiles() {}

  static Loaded read(Iterable<Path> paths, long maxBytes) throws IOException {
    return read(paths, maxBytes, false);
  }

  /**
   * Reads the files {@code paths} name: files, and the files of directories (of their
   * subdirectories too if {@code recursive}).
   *
   * @throws NoSuchFileException if a path does not exist
   * @throws IOException if a directory cannot be listed
   */
  static Loaded read(Iterable<Path> paths, long maxBytes, boolean recursive) throws IOException {
    List<Found> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = recursive ? Files.walk(path) : Files.list(path)) {
          listing.filter(p -> !Files.isDirectory(p))
              .sorted()
              .forEach(p -> files.add(new Found(p, idOf(path, p), true)));
        }
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        // a link that leads nowhere is a file seen, and reported as such
        files.add(new Found(path, idOf(null, path), false));
      } else {
        throw new NoSuchFileException(path.toString(), null, "no such file or directory");
      }
    }
    ImmutableList.Builder<Article> articles = ImmutableList.builder();
    ImmutableList.Builder<FileProblem> problems = ImmutableList.builder();
    Map<String, Path> ids = new HashMap<>();
    for (Found found : files) {
      List<Article> got = new ArrayList<>();
      readOne(found.file(), found.id(), found.listed(), maxBytes, got, problems);
      for (Article article : got) {
        Path other = ids.putIfAbsent(article.id(), found.file());
        if (other != null) {
          problems.add(
              problem(
                  found.file(),
                  FileProblem.Kind.DUPLICATE_ID,
                  -1,
                  "its id \"" + article.id() + "\" is already the id of " + FileNames.shown(other)
                      + "; ids are file names without their extension, so rename one of the two"));
        } else {
          articles.add(article);
        }
      }
    }
    return new Loaded(articles.build(), problems.build(), files.size());
  }

  /**
   * Reads one file as {@code name} says, whether or not it was found in a directory: the articles
   * it holds and its problems.
   */
  static Loaded readFile(Path file, String id, long maxBytes) {
    List<Article> got = new ArrayList<>();
    ImmutableList.Builder<FileProblem> problems = ImmutableList.builder();
    readOne(file, id, false, maxBytes, got, problems);
    return new Loaded(ImmutableList.copyOf(got), problems.build(), 1);
  }

  /**
   * Reads the bytes of {@code in}, up to the limit, as one file named {@code name}: its kind is
   * told from the content (JSON Lines of articles, a web page, or text).
   */
  static Loaded readStream(InputStream in, String name, long maxBytes) throws IOException {
    Path shown = Path.of(name);
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    List<Article> got = new ArrayList<>();
    ImmutableList.Builder<FileProblem> problems = ImmutableList.builder();
    if (bytes.length > maxBytes) {
      problems.add(problem(shown, FileProblem.Kind.TOO_LARGE, -1, "more than the limit of " + maxBytes + " bytes"));
    } else {
      String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).stripLeading();
      Shape shape = start.startsWith("{") && ArticleJson.isArticleLine(start.lines().findFirst().orElse(""))
          ? Shape.JSON_LINES
          : Shape.TEXT;
      decode(shown, name, shape, bytes, got, problems);
    }
    return new Loaded(ImmutableList.copyOf(got), problems.build(), 1);
  }

  /** Returns the id of {@code file}: its name without extension, its path below {@code root}. */
  static String idOf(Path root, Path file) {
    String name = FileNames.name(file);
    String id = stripExtension(name);
    if (id.isBlank()) {
      id = name; // ".txt" has no base name: keep the whole name rather than call it a duplicate
    }
    if (root != null && file.getParent() != null && !file.getParent().equals(root)) {
      List<String> parts = new ArrayList<>();
      for (Path p = file.getParent(); p != null && !p.equals(root); p = p.getParent()) {
        parts.add(0, FileNames.name(p));
      }
      parts.add(id);
      id = String.join("/", parts);
    }
    return id;
  }

  private static String stripExtension(String name) {
    Shape shape = shapeOf(name);
    if (shape == Shape.OTHER) {
      return name;
    }
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static Shape shapeOf(String name) {
    String extension = extension(name);
    switch (extension) {
      case "txt":
        return Shape.TEXT;
      case "html":
      case "htm":
      case "xhtml":
        return Shape.HTML;
      case "jsonl":
        return Shape.JSON_LINES;
      default:
        return Shape.OTHER;
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static void readOne(
      Path file, String id, boolean listed, long maxBytes, List<Article> articles, ImmutableList.Builder<FileProblem> problems) {
    String name = FileNames.name(file);
    Shape shape = shapeOf(name);
    String known = NOT_ARTICLES.get(extension(name));
    if (known != null || shape == Shape.OTHER && listed) {
      problems.add(
          problem(
              file,
              FileProblem.Kind.NOT_AN_ARTICLE,
              -1,
              known != null
                  ? "not an article but " + known + " (." + extension(name) + "); nothing was read from it"
                  : "not an article: only .txt, .html, .htm and .jsonl files of a folder are read"));
      return;
    }
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
    decode(file, id, shape, bytes, articles, problems);
  }

  /** Reads the bytes of one file, as its {@code shape} says or as its first bytes show. */
  private static void decode(
      Path file, String id, Shape shape, byte[] bytes, List<Article> articles, ImmutableList.Builder<FileProblem> problems) {
    if (bytes.length == 0) {
      problems.add(problem(file, FileProblem.Kind.EMPTY, -1, "the file is empty"));
      return;
    }
    String magic = FileSignatures.describe(bytes);
    if (magic != null) {
      problems.add(
          problem(file, FileProblem.Kind.NOT_AN_ARTICLE, -1,
              "not an article but " + magic + "; nothing was read from it"));
      return;
    }
    Charset utf16 = utf16(bytes);
    if (shape == Shape.HTML || shape != Shape.JSON_LINES && looksLikeHtml(bytes, utf16)) {
      try {
        articles.add(HtmlArticles.read(id, bytes));
      } catch (IOException | RuntimeException e) {
        problems.add(problem(file, FileProblem.Kind.UNREADABLE, -1, "not a web page that can be read: " + e));
      }
      return;
    }
    String text;
    if (utf16 != null) {
      try {
        text = strict(utf16).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
      } catch (CharacterCodingException e) {
        problems.add(problem(file, FileProblem.Kind.INVALID_ENCODING, -1,
            "starts with the byte order mark of " + utf16 + " but is not " + utf16 + " text"));
        return;
      }
    } else {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          problems.add(problem(file, FileProblem.Kind.BINARY, i, "a NUL byte at offset " + i + ": binary, not text"));
          return;
        }
      }
      Utf8 utf8 = Utf8.decode(bytes);
      if (utf8.badOffsets.isEmpty()) {
        text = utf8.text;
      } else {
        long invalid = utf8.badOffsets.get(0);
        if (utf8.isMostlyUtf8()) {
          text = utf8.text;
          problems.add(problem(file, FileProblem.Kind.DECODED_WITH_REPLACEMENTS, invalid, utf8.describe()));
        } else {
          try {
            text = strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
            problems.add(problem(file, FileProblem.Kind.DECODED_AS_WINDOWS_1252, invalid,
                "not UTF-8 (first invalid byte at offset " + invalid + "), read as Windows-1252"));
          } catch (CharacterCodingException e) {
            // Java's windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D unmapped: name the first one
            long undefined = Math.min(Math.max(firstInvalid(bytes, WINDOWS_1252), 0), bytes.length - 1);
            problems.add(problem(file, FileProblem.Kind.INVALID_ENCODING, invalid,
                "neither UTF-8 (first invalid byte at offset " + invalid + ") nor Windows-1252 (byte 0x"
                    + String.format("%02X", bytes[(int) undefined] & 0xff) + " at offset " + undefined
                    + " is undefined there)"));
            return;
          }
        }
      }
      if (text.startsWith("\ufeff")) {
        text = text.substring(1); // a UTF-8 byte order mark, as Windows editors write
      }
    }
    if (shape == Shape.JSON_LINES) {
      readJsonLines(file, text, articles, problems);
      return;
    }
    articles.add(Article.of(id, text));
  }

  private static void readJsonLines(Path file, String text, List<Article> articles, ImmutableList.Builder<FileProblem> problems) {
    String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    if (first.isEmpty()) {
      problems.add(problem(file, FileProblem.Kind.EMPTY, -1, "no article in this JSON Lines file"));
      return;
    }
    if (!ArticleJson.isArticleLine(first.startsWith("\ufeff") ? first.substring(1) : first)
        && first.contains("\"document\"")) {
      problems.add(problem(file, FileProblem.Kind.NOT_AN_ARTICLE, -1,
          "JSON Lines of readings (as 'entente extract' writes them), not of articles to parse;"
              + " read it with CorpusJson.readLines"));
      return;
    }
    ArticleJson.Lines lines = ArticleJson.read(text);
    for (ArticleJson.Line line : lines.articles()) {
      articles.add(Article.of(line.document(), line.text()));
    }
    for (var error : lines.errors()) {
      problems.add(problem(file, FileProblem.Kind.BAD_LINE, -1, error.getMessage()));
    }
    if (lines.articles().isEmpty()) {
      problems.add(problem(file, FileProblem.Kind.EMPTY, -1, "no line of this JSON Lines file is an article"));
    }
  }

  /** Returns UTF-16LE or UTF-16BE if {@code bytes} start with that byte order mark, else null. */
  private static Charset utf16(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Whether the first characters are those of a web page: a doctype or an html element. */
  private static boolean looksLikeHtml(byte[] bytes, Charset utf16) {
    int skip = utf16 != null ? 2 : bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF ? 3 : 0;
    String start =
        new String(bytes, skip, Math.min(bytes.length - skip, 1024), utf16 != null ? utf16 : StandardCharsets.UTF_8)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml") && start.contains("<html");
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
      return reason.toLowerCase(Locale.ROOT).contains("symbolic link")
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

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static FileProblem problem(Path file, FileProblem.Kind kind, long offset, String message) {
    return new FileProblem(file, kind, offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset), FileNames.shown(file) + ": " + message);
  }
}
