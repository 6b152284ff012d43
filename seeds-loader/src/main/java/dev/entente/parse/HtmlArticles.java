package dev.entente.parse;

import dev.entente.model.PartialDate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a web page into an {@link Article} with jsoup: the metadata its head carries, and the text
 * of its article body, one line per paragraph, without what surrounds the article.
 *
 * <ul>
 *   <li>title: {@code og:title}, else {@code <title>}, else the first {@code <h1>};
 *   <li>publication date: {@code article:published_time}, {@code og:published_time} and the like,
 *       {@code itemprop="datePublished"}, JSON-LD's {@code "datePublished"}, then the first {@code
 *       <time datetime>} of the article;
 *   <li>source: {@code og:site_name}; address: {@code og:url}, else {@code <link
 *       rel="canonical">}; language: {@code <html lang>};
 *   <li>text: the {@code <article>} (the longest, if several), else {@code <main>}, else the body,
 *       without navigation, headers, footers, asides, scripts, styles, forms and buttons; the
 *       title comes first when the body does not start with it.
 * </ul>
 *
 * The charset is the page's (byte order mark, {@code <meta charset>}), UTF-8 by default.
 */
final class HtmlArticles {

  private static final String REMOVED =
      "nav, header, footer, aside, script, style, noscript, template, form, button, iframe, svg,"
          + " canvas, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true],"
          + " [hidden]";

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "br",
          "hr", "address", "caption");

  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");

  private HtmlArticles() {}

  /** Returns the article of the page {@code bytes}, with id {@code id}. */
  static Article read(String id, byte[] bytes) throws IOException {
    Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    Optional<String> title =
        meta(page, "meta[property=og:title]")
            .or(() -> nonBlank(page.title()))
            .or(() -> nonBlank(page.select("h1").text()));
    Optional<PartialDate> published = published(page);
    Optional<String> source = meta(page, "meta[property=og:site_name]");
    Optional<URI> url =
        meta(page, "meta[property=og:url]")
            .or(() -> nonBlank(page.select("link[rel=canonical]").attr("href")))
            .flatMap(HtmlArticles::uri);
    Optional<String> language = nonBlank(page.select("html").attr("lang"));

    Element body = body(page);
    body.select(REMOVED).remove();
    String text = text(body);
    if (title.isPresent() && !text.startsWith(title.get())) {
      text = title.get() + "\n\n" + text;
    }
    Article.Builder article = Article.builder(id, text);
    title.ifPresent(article::title);
    published.ifPresent(article::published);
    source.ifPresent(article::source);
    url.ifPresent(article::url);
    language.ifPresent(article::language);
    return article.build();
  }

  private static Element body(Document page) {
    Elements articles = page.select("article");
    Element best = null;
    for (Element article : articles) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    if (best == null) {
      best = page.selectFirst("main, [role=main]");
    }
    return (best == null ? page.body() : best).clone();
  }

  private static Optional<PartialDate> published(Document page) {
    for (String query :
        new String[] {
          "meta[property=article:published_time]",
          "meta[property=og:published_time]",
          "meta[property=og:article:published_time]",
          "meta[name=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=date]",
          "meta[name=pubdate]",
          "meta[name=dc.date]",
          "meta[name=DC.date.issued]",
        }) {
      Optional<PartialDate> date = meta(page, query).flatMap(HtmlArticles::date);
      if (date.isPresent()) {
        return date;
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        Optional<PartialDate> date = date(m.group(1));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    Element time = page.selectFirst("article time[datetime], time[datetime]");
    return time == null ? Optional.empty() : date(time.attr("datetime"));
  }

  private static Optional<String> meta(Document page, String query) {
    Element meta = page.selectFirst(query);
    return meta == null ? Optional.empty() : nonBlank(meta.attr("content"));
  }

  private static Optional<String> nonBlank(String text) {
    String stripped = text == null ? "" : text.strip();
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }

  private static Optional<PartialDate> date(String text) {
    try {
      return Optional.of(PartialDate.parseTimestamp(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a page's malformed date is no date, not an error
    }
  }

  private static Optional<URI> uri(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Returns the text of {@code root}, a line per block, runs of spaces as one. */
  private static String text(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              String words = text.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " ");
              if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                words = words.stripLeading();
              }
              out.append(words);
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              newline(out);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              newline(out);
            }
          }
        },
        root);
    return out.toString().replaceAll(" +\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  private static void newline(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}
