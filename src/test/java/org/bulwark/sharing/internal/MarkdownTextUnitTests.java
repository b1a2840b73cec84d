package org.bulwark.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTextUnitTests {

    private static final Set<String> SAFE_TAGS = Set.of(
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
            "a");
    private static final Set<String> SAFE_ATTRIBUTES = Set.of("href", "rel", "title", "start", "align");

    /** Attacks people have used against Markdown renderers and HTML sanitisers. */
    static List<String> attacks() {
        return List.of(
                "<script>alert(1)</script>",
                "Hello <script src=\"https://evil.example/x.js\"></script> world",
                "<SCRIPT>alert(1)</SCRIPT>",
                "<scr<script>ipt>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "text <img src=x onerror=alert(1)> inline",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "![x](x\" onerror=\"alert(1))",
                "![x](javascript:alert(1))",
                "![tracking pixel](https://evil.example/pixel.gif?reader=me)",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x]( javascript:alert(1) )",
                "[x](<javascript:alert(1)>)",
                "[x](&#106;avascript:alert(1))",
                "[x](&#x6A;&#x61;vascript&#x3A;alert(1))",
                "[x](javascript&colon;alert(1))",
                "[x](java\\script:alert(1))",
                "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](file:///etc/passwd)",
                "[x](//evil.example/path)",
                "[x][ref]\n\n[ref]: javascript:alert(1)",
                "[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"&#106;avascript:alert(1)\">click</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<style>body { display: none }</style>",
                "<p style=\"background:url(javascript:alert(1))\">styled</p>",
                "<div onclick=\"alert(1)\">click me</div>",
                "<details open ontoggle=alert(1)>",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<form action=\"https://evil.example\"><input name=password></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<base href=\"https://evil.example/\">",
                "<!-- <script>alert(1)</script> -->",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "&#60;script&#62;alert(1)&#60;/script&#62;",
                "<javascript:alert(1)>",
                "<data:text/html,<script>alert(1)</script>>",
                "<vbscript:msgbox(1)>",
                "`<script>alert(1)</script>`",
                "```html\n<script>alert(1)</script>\n```",
                "    <script>alert(1)</script>",
                "[<img src=x onerror=alert(1)>](https://ok.example)",
                "**<a href=javascript:alert(1)>bold</a>**",
                "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
                "> <iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<http://ok.example/\" onmouseover=\"alert(1)>");
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void nothingThatRunsLoadsOrStylesSurvivesTheRendering(String markdown) {
        String html = MarkdownText.html(markdown);

        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<svg")
                .doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase("<object")
                .doesNotContainIgnoringCase("<embed")
                .doesNotContainIgnoringCase("<form")
                .doesNotContainIgnoringCase("<meta")
                .doesNotContainIgnoringCase("<base");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(SAFE_TAGS).as("tag in %s", html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(SAFE_ATTRIBUTES).as("attribute in %s", html).contains(attribute.getKey());
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).as(html).matches("(?i)^(https?|mailto):.*");
                }
            }
        }
        assertThat(new Cleaner(MarkdownText.SAFELIST).isValidBodyHtml(html))
                .as(html)
                .isTrue();
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        assertThat(MarkdownText.html("Hello <b onclick=\"x()\">there</b>"))
                .isEqualTo("<p>Hello &lt;b onclick=\"x()\"&gt;there&lt;/b&gt;</p>");
        assertThat(Jsoup.parseBodyFragment(MarkdownText.html("<script>alert(1)</script>"))
                        .text())
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void commonMarkdownBecomesTheMatchingHtml() {
        String html = MarkdownText.html("""
                Paragraph with *emphasis*, **strong** and `code`.\\
                After a hard break.

                - one
                - two

                3. three
                4. four

                > quoted

                ```
                if (a < b) run();
                ```

                ---
                """);

        assertThat(html)
                .contains("<p>Paragraph with <em>emphasis</em>, <strong>strong</strong> and <code>code</code>.<br>")
                .contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>")
                .contains("<ol start=\"3\">")
                .contains("<blockquote>")
                .contains("<pre><code>if (a &lt; b) run();\n</code></pre>")
                .contains("<hr>");
    }

    @Test
    void headingsMoveDownTwoLevelsSoThatABulletinNeverOutranksThePage() {
        String html = MarkdownText.html("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six");

        assertThat(html)
                .contains("<h3>One</h3>", "<h4>Two</h4>", "<h5>Three</h5>", "<h6>Four</h6>", "<h6>Five</h6>")
                .contains("<h6>Six</h6>")
                .doesNotContain("<h1", "<h2");
    }

    @Test
    void tablesKeepTheirStructureAndAlignment() {
        String html = MarkdownText.html("| Site | Level |\n|:-----|------:|\n| Arena | high |");

        assertThat(html)
                .contains("<table>", "<thead>", "<tbody>", "<th align=\"left\">Site</th>")
                .contains("<td align=\"right\">high</td>");
    }

    @Test
    void webAndMailLinksKeepTheirAddressAndGetRelAttributes() {
        String html = MarkdownText.html(
                "See [the guidance](https://gov.example/guide \"Guide\"), <http://plain.example> and <duty@police.example>.");

        assertThat(html)
                .contains("<a href=\"https://gov.example/guide\" title=\"Guide\" rel=\"noopener noreferrer nofollow\">"
                        + "the guidance</a>")
                .contains(
                        "<a href=\"http://plain.example\" rel=\"noopener noreferrer nofollow\">http://plain.example</a>")
                .contains("<a href=\"mailto:duty@police.example\" rel=\"noopener noreferrer nofollow\">"
                        + "duty@police.example</a>");
    }

    @Test
    void aRefusedLinkKeepsItsTextButIsNoLongerALink() {
        assertThat(MarkdownText.html("[click here](javascript:alert(1)) please"))
                .isEqualTo("<p>click here please</p>");
        assertThat(MarkdownText.html("[the plan](/sites/1) and [top](#top)")).isEqualTo("<p>the plan and top</p>");
    }

    @Test
    void anImageIsReplacedByItsAltText() {
        assertThat(MarkdownText.html("Before ![Evacuation *route* map](https://maps.example/route.png) after"))
                .isEqualTo("<p>Before Evacuation route map after</p>");
        assertThat(MarkdownText.html("[![logo](https://evil.example/logo.png)](https://ok.example)"))
                .isEqualTo("<p><a href=\"https://ok.example\" rel=\"noopener noreferrer nofollow\">logo</a></p>");
        assertThat(MarkdownText.html("![](https://evil.example/pixel.gif)")).isEqualTo("<p></p>");
    }

    @Test
    void nullAndBlankMarkdownGiveNothing() {
        assertThat(MarkdownText.html(null)).isEmpty();
        assertThat(MarkdownText.html("  \n ")).isEmpty();
        assertThat(MarkdownText.plainText(null)).isEmpty();
        assertThat(MarkdownText.summary(" ", 10)).isEmpty();
    }

    @Test
    void plainTextHasNoMarkupAndOneSpaceBetweenWordsAndBlocks() {
        String text = MarkdownText.plainText("""
                # Heightened   alert

                Crowds *expected* at the **arena**.
                Stewards at  gate 3.

                - keep `exits` clear
                - report ![bag icon](https://x.example/bag.png) unattended bags

                | Site | Level |
                |------|-------|
                | Arena | high |
                """);

        assertThat(text)
                .isEqualTo("Heightened alert Crowds expected at the arena. Stewards at gate 3. keep exits clear"
                        + " report bag icon unattended bags Site Level Arena high");
    }

    @Test
    void plainTextKeepsLinkAddressesSoThatMailReadersCanFollowThem() {
        assertThat(MarkdownText.plainText(
                        "Read [the guidance](https://gov.example/guide), <https://plain.example>, write to"
                                + " [the desk](mailto:desk@police.example) or <duty@police.example>."))
                .isEqualTo("Read the guidance (https://gov.example/guide), https://plain.example, write to the desk"
                        + " (desk@police.example) or duty@police.example.");
        assertThat(MarkdownText.plainText("[x](javascript:alert(1))")).isEqualTo("x");
    }

    @Test
    void plainTextShowsRawHtmlAsTheTextItIs() {
        assertThat(MarkdownText.plainText("Do not <b>panic</b> &amp; stay")).isEqualTo("Do not <b>panic</b> & stay");
    }

    @Test
    void aSummaryEndsAtAWordBoundaryWithAnEllipsisAndNeverExceedsTheLimit() {
        String markdown =
                "**Heightened alert** for the [arena](https://x.example) this weekend: stewards at every gate.";

        assertThat(MarkdownText.summary(markdown, 200))
                .isEqualTo("Heightened alert for the arena this weekend: stewards at every gate.");
        assertThat(MarkdownText.summary(markdown, 30)).isEqualTo("Heightened alert for the…");
        for (int max = 1; max < 68; max++) {
            String summary = MarkdownText.summary(markdown, max);
            assertThat(summary.length()).as("max %d: %s", max, summary).isLessThanOrEqualTo(max);
            assertThat(summary).endsWith("…");
        }
        assertThat(MarkdownText.summary("Supercalifragilistic", 8)).isEqualTo("Superca…");
        assertThat(MarkdownText.summary("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
        assertThatIllegalArgumentException().isThrownBy(() -> MarkdownText.summary("x", 0));
    }
}
