package dev.entente.parse;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.primitives.Bytes;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link ArticleFiles} decodes bytes: the exact text read, and where UTF-8 breaks. */
final class ArticleFilesTest {

  private static final String FRENCH = "« L’Inde a reçu des S-400 », a déclaré le ministère — coût : 5 € — Œuvre.";

  @TempDir Path dir;

  @Test
  void utf8_isReadAsIs_crlfIncluded_byteOrderMarkDropped() throws IOException {
    String text = FRENCH + "\r\nSuite.";
    assertEquals(text, readOne("a.txt", ("\ufeff" + text).getBytes(UTF_8)));
  }

  @Test
  void windows1252_isDecodedExactly() throws IOException {
    assertEquals(FRENCH, readOne("a.txt", FRENCH.getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void latin1_isDecodedExactly() throws IOException {
    String text = "Le ministère français a signé. Ça coûte cher à l'État : « oui ».";
    assertEquals(text, readOne("a.txt", text.getBytes(ISO_8859_1)));
  }

  @Test
  void idsAreFileNamesWithoutTxt_inNameOrder() throws IOException {
    for (String name : List.of("b.txt", "a.txt", "c.d.txt", "10.txt", "9.txt")) {
      Files.write(dir.resolve(name), "x".getBytes(UTF_8));
    }
    ArticleFiles.Loaded loaded = ArticleFiles.read(List.of(dir), 1_000);
    assertEquals(List.of("10", "9", "a", "b", "c.d"), loaded.articles().stream().map(Article::id).toList());
    assertEquals(5, loaded.filesSeen());
  }

  @Test
  void firstInvalidUtf8_pointsAtTheFirstBadByte() {
    assertEquals(-1, ArticleFiles.firstInvalidUtf8(FRENCH.getBytes(UTF_8)));
    assertEquals(-1, ArticleFiles.firstInvalidUtf8(new byte[0]));
    assertEquals(3, ArticleFiles.firstInvalidUtf8(Bytes.concat("Caf".getBytes(UTF_8), new byte[] {(byte) 0xE9})));
    assertEquals(3, ArticleFiles.firstInvalidUtf8(Bytes.concat("Caf".getBytes(UTF_8), new byte[] {(byte) 0xC3})), "cut at the end");
    assertEquals(0, ArticleFiles.firstInvalidUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF}), "overlong '/'");
    assertEquals(0, ArticleFiles.firstInvalidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "an encoded surrogate");
    assertEquals(1, ArticleFiles.firstInvalidUtf8(new byte[] {'a', (byte) 0x81}), "a lone continuation byte");
    byte[] late = Bytes.concat("é".repeat(10_000).getBytes(UTF_8), new byte[] {(byte) 0xFF});
    assertEquals(20_000, ArticleFiles.firstInvalidUtf8(late), "past the decoder's first buffer");
  }

  private String readOne(String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
    ArticleFiles.Loaded loaded = ArticleFiles.read(List.of(dir), 1_000_000);
    assertEquals(1, loaded.articles().size(), loaded.problems()::toString);
    return loaded.articles().get(0).text();
  }
}
