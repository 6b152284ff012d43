package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the README's Java snippet, QuickStart, in a folder with an articles/ folder beside it. */
final class QuickStartRunsTest {

  @Test
  void theReadmeSnippetRunsAndPrintsWhatItsCommentsSay() throws Exception {
    Path articles = Files.createDirectories(Path.of("articles"));
    Files.writeString(articles.resolve("a.txt"), "La Russie a livré des S-400 à l'Inde.", StandardCharsets.UTF_8);
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    out.print(text);
    assertTrue(text.contains("[ArmsTransfer[RUS -> IND \"S-400\" AIR_DEFENCE x4 DELIVERED 2023]]"), text);
    assertTrue(text.contains("Optional[2024-05-16]"), text);
    assertTrue(Files.size(Path.of("seeds.jsonl")) > 0);
  }
}
