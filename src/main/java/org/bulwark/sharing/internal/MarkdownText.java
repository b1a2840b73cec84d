package org.bulwark.sharing.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Markdown as people write bulletins in it, turned into HTML that is safe to show inside a page, and into plain text
 * for e-mails, search and previews.
 *
 * <p>The HTML holds paragraphs, headings (moved down two levels, so that a bulletin's {@code #} is an {@code h3}
 * and never outranks the page's own headings), lists, emphasis, code, quotes, tables, rules, line breaks and links to
 * {@code http}, {@code https} and {@code mailto} addresses only, each with {@code rel="noopener noreferrer
 * nofollow"}. Raw HTML in the Markdown is shown as text, never interpreted. There are no images: fetching one would
 * tell its host who reads the bulletin and when, so an image shows as its alt text.
 */
public final class MarkdownText {

    static final String LINK_REL = "noopener noreferrer nofollow";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new WebAndMailOnly())
            .nodeRendererFactory(ImageAsAltText::new)
            .build();

    /** The second line of defence: whatever the renderer let through, only this survives. */
    static final Safelist SAFELIST = new Safelist()
            .addTags(
                    "p",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "ul",
                    "ol",
                    "li",
                    "em",
                    "strong",
                    "code",
                    "pre",
                    "blockquote",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "hr",
                    "br",
                    "a")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", LINK_REL);

    private MarkdownText() {}

    /**
     * The Markdown as sanitised HTML, ready to write unescaped into a page.
     *
     * @param markdown the text, may be null
     * @return the HTML fragment; empty for null or blank Markdown, never null
     */
    public static String html(@Nullable String markdown) {
        Document clean = sanitisedDocument(markdown);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    /**
     * The Markdown as plain text without markup, whitespace collapsed to single spaces; a link keeps its address in
     * brackets after its text when the two differ, so that an e-mail reader can still follow it. This is text, not
     * HTML: escape it when writing it into a page.
     *
     * @param markdown the text, may be null
     * @return the text; empty for null or blank Markdown, never null
     */
    public static String plainText(@Nullable String markdown) {
        return text(markdown, true);
    }

    /**
     * The start of the Markdown's plain text, for lists and previews: at most {@code maxChars} characters, cut at a
     * word boundary where one is near and ended with "…" when cut. Link addresses are left out.
     *
     * @param markdown the text, may be null
     * @param maxChars the longest summary, in characters; must be positive
     * @return the summary; empty for null or blank Markdown, never null
     */
    public static String summary(@Nullable String markdown, int maxChars) {
        Assert.isTrue(maxChars > 0, "maxChars must be positive");
        String text = text(markdown, false);
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        // A very long first word is cut rather than dropped whole.
        if (space > end / 2) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    private static Document sanitisedDocument(@Nullable String markdown) {
        String rendered = markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(rendered);
        for (Element heading : dirty.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + 2));
        }
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        // An anchor whose address was refused keeps its text but is no longer a link.
        clean.select("a:not([href])").unwrap();
        return clean;
    }

    private static String text(@Nullable String markdown, boolean withAddresses) {
        Document document = sanitisedDocument(markdown);
        if (withAddresses) {
            for (Element link : document.select("a[href]")) {
                String href = link.attr("href");
                String address = href.regionMatches(true, 0, "mailto:", 0, 7) ? href.substring(7) : href;
                if (!link.text().strip().equals(address)) {
                    link.appendText(" (" + address + ")");
                }
            }
        }
        return document.body().text().strip();
    }

    /** Refuses every address but web and mail ones, before jsoup checks again. */
    private static final class WebAndMailOnly implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            int colon = url.indexOf(':');
            if (colon < 0) {
                return "";
            }
            String scheme = url.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            return LINK_SCHEMES.contains(scheme) ? url.strip() : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }

    /** Writes an image as its alt text, so that no address is ever fetched by the reader's browser. */
    private static final class ImageAsAltText implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        ImageAsAltText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    alt.append(code.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak softLineBreak) {
                    alt.append(' ');
                }

                @Override
                public void visit(HardLineBreak hardLineBreak) {
                    alt.append(' ');
                }
            });
            context.getWriter().text(alt.toString());
        }
    }
}
