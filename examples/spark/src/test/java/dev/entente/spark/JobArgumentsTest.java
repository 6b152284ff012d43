package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class JobArgumentsTest {

  @Test
  void inputsOfEachFormat_inOrder() {
    JobArguments arguments =
        JobArguments.parse(ImmutableList.of("--jsonl", "feed/*.jsonl", "--text", "pages/", "--parquet", "p/",
            "--out", "tables/", "--overwrite"));

    assertEquals(List.of(ArticleInput.jsonLines("feed/*.jsonl"), ArticleInput.text("pages/"), ArticleInput.parquet("p/")),
        arguments.job().inputs());
    assertEquals("tables", arguments.job().output());
  }

  @Test
  void noOutput_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(ImmutableList.of("--text", "a/")));
    assertTrue(e.getMessage().contains("--out"), e.getMessage());
  }

  @Test
  void unknownOption_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(ImmutableList.of("--csv", "a/")));
    assertTrue(e.getMessage().contains("--csv"), e.getMessage());
  }
}
