package dev.entente.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.Parser;
import dev.entente.seeds.Seeds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class BatchParserTest {

  private static final Parser PARSER = Parser.defaultFrench();

  /** The seeds, each several times under another id: 40 articles. */
  private static List<Article> articles() {
    List<Article> seeds = Seeds.articles();
    return IntStream.range(0, 40)
        .mapToObj(i -> Article.of("a" + i, seeds.get(i % seeds.size()).text()))
        .toList();
  }

  @Test
  void threeThreads_giveWhatOneThreadGives_inTheArticlesOrder() {
    List<Article> articles = articles();
    List<Reading> expected = articles.stream().map(PARSER::parse).toList();

    List<Reading> one;
    List<Reading> three;
    try (Stream<Reading> readings = BatchParser.of(PARSER).withThreads(1).parse(articles)) {
      one = readings.toList();
    }
    try (Stream<Reading> readings = BatchParser.of(PARSER).withThreads(3).parse(articles)) {
      three = readings.toList();
    }

    assertEquals(expected, one);
    assertEquals(expected, three);
  }

  @Test
  void progress_countsUpByOneToTheTotal_withTheBytesOfTheTexts() {
    List<Article> articles = articles();
    List<BatchProgress> seen = new ArrayList<>();

    try (Stream<Reading> readings = BatchParser.of(PARSER).withThreads(2).withProgress(seen::add).parse(articles)) {
      readings.forEach(reading -> {});
    }

    assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), seen.stream().map(BatchProgress::done).toList());
    long totalBytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i).bytesDone() > seen.get(i - 1).bytesDone(), "bytes went down at " + i);
      assertTrue(seen.get(i).elapsed().compareTo(seen.get(i - 1).elapsed()) >= 0, "time went back at " + i);
    }
    BatchProgress last = seen.get(seen.size() - 1);
    assertEquals(List.of(40, 40, 40L, totalBytes, totalBytes),
        List.of(last.done(), last.total(), last.documents(), last.bytesDone(), last.bytesTotal()));
    assertEquals(Duration.ZERO, last.remaining().orElseThrow());
  }

  @Test
  void utf8Length_countsAsTheEncoderDoes() {
    String text = "Défense, « œuvre » – 𝄞 x\u202f";
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, BatchParser.utf8Length(text));
  }

  @Test
  void progress_remaining_isProportionalToWhatIsLeft() {
    BatchProgress halfway = new BatchProgress(5, 10, 5, 500, 1_000, Duration.ofSeconds(4));

    assertEquals(Duration.ofSeconds(4), halfway.remaining().orElseThrow());
    assertEquals(125e-6, halfway.megabytesPerSecond(), 1e-12);
  }

  @Test
  void progress_doneAboveTotal_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new BatchProgress(11, 10, 0, 0, 0, Duration.ZERO));
    assertTrue(e.getMessage().contains("got 11"), e.getMessage());
  }
}
