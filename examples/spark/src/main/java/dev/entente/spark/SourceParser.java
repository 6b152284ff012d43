package dev.entente.spark;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterators;
import dev.entente.json.ArticleJson;
import dev.entente.json.CorpusJson;
import dev.entente.json.CorpusJsonException;
import dev.entente.model.Reading;
import dev.entente.parse.Article;
import dev.entente.parse.FileProblem;
import dev.entente.parse.ParsedFiles;
import dev.entente.parse.Parser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Parses a partition of {@linkplain ArticleSources sources} with the {@linkplain ExecutorParser
 * parser of the executor's JVM} into rows of {@link #SCHEMA}: per document its id, its reading as
 * a JSON line ({@link CorpusJson}, lossless) and its {@linkplain BlockingKeys blocking keys}; per
 * source that could not be read, or JSON line that is bad, a problem naming it. Streams: one
 * source at a time is held.
 */
final class SourceParser implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** A document (id, reading, keys) or a problem. */
  static final StructType SCHEMA =
      new StructType()
          .add("document_id", DataTypes.StringType, true)
          .add("reading", DataTypes.StringType, true)
          .add("keys", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("problem", DataTypes.StringType, true);

  @Override
  public Iterator<Row> call(Iterator<Row> sources) {
    Parser parser = ExecutorParser.get();
    return Iterators.concat(Iterators.transform(sources, source -> parse(parser, source).iterator()));
  }

  private static ImmutableList<Row> parse(Parser parser, Row source) {
    String name = source.getString(0);
    return source.isNullAt(1) ? parseLine(parser, name, source.getString(2)) : parseFile(parser, name, source.getAs(1));
  }

  private static ImmutableList<Row> parseFile(Parser parser, String name, byte[] content) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    ParsedFiles parsed;
    try {
      parsed = parser.parseStream(new ByteArrayInputStream(content), Article.idOf(Path.of(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bytes of " + name, e); // bytes in memory: never
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    parsed.corpus().readings().forEach(reading -> rows.add(document(reading)));
    for (FileProblem problem : parsed.problems()) {
      rows.add(problem(problem + " (" + name + ")"));
    }
    return rows.build();
  }

  private static ImmutableList<Row> parseLine(Parser parser, String name, String line) {
    if (line.isBlank()) {
      return ImmutableList.of();
    }
    ArticleJson.Lines lines = ArticleJson.read(line);
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (ArticleJson.Line article : lines.articles()) {
      rows.add(document(parser.parse(Article.of(article.document(), article.text()))));
    }
    for (CorpusJsonException error : lines.errors()) {
      // one line at a time: its number in the file is not known, its field and reason are
      rows.add(problem("BAD_LINE " + name + ": " + (error.field().isEmpty() ? "" : error.field() + ": ")
          + error.reason()));
    }
    return rows.build();
  }

  private static Row document(Reading reading) {
    return RowFactory.create(
        reading.id(), CorpusJson.write(reading), BlockingKeys.ofReading(reading).toArray(String[]::new), null);
  }

  private static Row problem(String text) {
    return RowFactory.create(null, null, new String[0], text);
  }
}
