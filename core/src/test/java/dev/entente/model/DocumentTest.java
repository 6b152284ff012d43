package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DocumentTest {

  @Test
  void of_hasOnlyAnId() {
    assertEquals(
        new Document("000_x", Optional.empty(), Optional.empty(), Optional.empty()), Document.of("000_x"));
  }

  @Test
  void blankId_throwsShowingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Document.of("  "));
    assertEquals("a document id must not be blank, got \"  \"", e.getMessage());
  }

  @Test
  void withers_setOneComponent() {
    Document document =
        Document.of("000_x").withTitle("Titre").withPublished(PartialDate.parse("2021-12")).withSource("TASS");
    assertEquals(
        new Document(
            "000_x", Optional.of("Titre"), Optional.of(PartialDate.parse("2021-12")), Optional.of("TASS")),
        document);
  }
}
