package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One hand-written French test case: a short text and what a careful reader must get out of it,
 * as written in the files under {@code dev/entente/parse/cases/}.
 *
 * @param file the file it comes from
 * @param id its id, unique across files
 * @param text the article text
 * @param expectations one line per expectation, fields separated by {@code |}
 */
record FrenchCase(String file, String id, String text, ImmutableList<String> expectations) {

  static final ImmutableList<String> FILES =
      ImmutableList.of(
          "actors.txt", "agreements.txt", "dates.txt", "exercises.txt", "mixed.txt", "negatives.txt",
          "statements.txt", "transfers.txt",
          // paragraphs for the clause layer: roles by grammar, speech, exercises, names, headers
          "roles.txt", "transfers-grammar.txt", "organizations.txt", "speech.txt", "exercises-grammar.txt",
          "names.txt", "headers.txt");

  /** Reads every case of every file; a malformed file fails with its name and line. */
  static ImmutableList<FrenchCase> all() throws IOException {
    ImmutableList.Builder<FrenchCase> all = ImmutableList.builder();
    for (String file : FILES) {
      URL url = Resources.getResource("dev/entente/parse/cases/" + file);
      all.addAll(parse(file, Resources.readLines(url, StandardCharsets.UTF_8)));
    }
    return all.build();
  }

  static List<FrenchCase> parse(String file, List<String> lines) {
    List<FrenchCase> cases = new ArrayList<>();
    String id = null;
    StringBuilder text = new StringBuilder();
    List<String> expectations = new ArrayList<>();
    boolean inText = false;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.startsWith("#") && id == null) {
        continue;
      }
      if (line.startsWith("== ")) {
        if (id != null) {
          cases.add(new FrenchCase(file, id, text.toString().strip(), ImmutableList.copyOf(expectations)));
        }
        id = line.substring(3).strip();
        text.setLength(0);
        expectations.clear();
        inText = true;
      } else if (line.equals("--") && inText) {
        inText = false;
      } else if (inText) {
        text.append(line).append('\n');
      } else if (!line.isBlank() && !line.startsWith("#")) {
        if (id == null) {
          throw new IllegalStateException(file + ", line " + (n + 1) + ": expectation before any case");
        }
        expectations.add(line.strip());
      }
    }
    if (id != null) {
      cases.add(new FrenchCase(file, id, text.toString().strip(), ImmutableList.copyOf(expectations)));
    }
    return cases;
  }

  @Override
  public String toString() {
    return file + ":" + id;
  }
}
