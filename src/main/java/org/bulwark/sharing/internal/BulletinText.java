package org.bulwark.sharing.internal;

import java.util.List;
import org.springframework.stereotype.Component;

/** A bulletin's Markdown as pages show it (sanitised HTML), as e-mails and search read it, and as changes. */
@Component
public class BulletinText {

    /** Sanitised HTML: no script, no event handlers, no images; links only to web and mail addresses. */
    public String html(String markdown) {
        return MarkdownText.html(markdown);
    }

    /** The text without markup. */
    public String plain(String markdown) {
        return MarkdownText.plainText(markdown);
    }

    /** What changed between two texts, line by line, with two lines of context around each change. */
    public List<TextDiff.Line> changes(String before, String after) {
        return TextDiff.compact(before, after);
    }
}
