package org.bulwark.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FileKindUnitTests {

    private static final EnumSet<FileKind> TEXT = EnumSet.of(FileKind.PLAIN_TEXT, FileKind.CSV);

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void aFileOfAKindMatchesThatKindAndNoOtherButItsTextSibling(FileKind kind) {
        byte[] sample = FileSamples.of(kind);

        assertThat(kind.matches(sample)).isTrue();
        for (FileKind other : FileKind.values()) {
            boolean sibling = TEXT.contains(kind) && TEXT.contains(other);
            if (other != kind && !sibling) {
                assertThat(other.matches(sample))
                        .as("%s content as %s", kind, other)
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void theKindIsFoundByEachOfItsExtensionsInAnyCase(FileKind kind) {
        for (String extension : kind.extensions()) {
            assertThat(FileKind.byName("plan." + extension)).isEqualTo(kind);
            assertThat(FileKind.byName("C:/Users/me/PLAN." + extension.toUpperCase()))
                    .isEqualTo(kind);
        }
    }

    @Test
    void aNameWithoutAKnownExtensionHasNoKind() {
        assertThat(FileKind.byName("script.exe")).isNull();
        assertThat(FileKind.byName("plan.pdf.exe")).isNull();
        assertThat(FileKind.byName("no-extension")).isNull();
        assertThat(FileKind.byName("trailing-dot.")).isNull();
        assertThat(FileKind.byName("")).isNull();
        assertThat(FileKind.byName(null)).isNull();
    }

    @Test
    void officeDocumentsAreRecognisedInsideTheirZipPackage() {
        byte[] odt = FileSamples.openDocument("application/vnd.oasis.opendocument.text");
        byte[] docx = FileSamples.zip("word/document.xml", "<w:document/>");
        byte[] otherZip = FileSamples.zip("readme.txt", "hello");
        byte[] mimetypeNotFirst =
                FileSamples.zip("content.xml", "<x/>", "mimetype", "application/vnd.oasis.opendocument.text");
        byte[] brokenZip = FileSamples.bytes('P', 'K', 3, 4, 0x14, 0, 0, 0);

        assertThat(FileKind.OPEN_DOCUMENT_TEXT.matches(odt)).isTrue();
        assertThat(FileKind.OPEN_DOCUMENT_SPREADSHEET.matches(odt)).isFalse();
        assertThat(FileKind.WORD_OPEN_XML.matches(docx)).isTrue();
        assertThat(FileKind.WORD_OPEN_XML.matches(otherZip)).isFalse();
        assertThat(FileKind.OPEN_DOCUMENT_TEXT.matches(otherZip)).isFalse();
        assertThat(FileKind.OPEN_DOCUMENT_TEXT.matches(mimetypeNotFirst)).isFalse();
        assertThat(FileKind.WORD_OPEN_XML.matches(brokenZip)).isFalse();
        assertThat(FileKind.OPEN_DOCUMENT_TEXT.matches(brokenZip)).isFalse();
    }

    @Test
    void textMustBeUtf8WithoutNulBytes() {
        assertThat(FileKind.PLAIN_TEXT.matches(FileSamples.utf8("plain ASCII"))).isTrue();
        assertThat(FileKind.PLAIN_TEXT.matches(FileSamples.utf8("\uFEFFwith a byte order mark")))
                .isTrue();
        assertThat(FileKind.PLAIN_TEXT.matches(FileSamples.utf8("r\u00e9sum\u00e9 \u2014 \u65e5\u672c \uD83D\uDE00")))
                .isTrue();
        assertThat(FileKind.PLAIN_TEXT.matches(FileSamples.latin1("r\u00e9sum\u00e9 in Latin-1")))
                .isFalse();
        assertThat(FileKind.CSV.matches(FileSamples.utf8("a,b\u0000,c"))).isFalse();
        assertThat(FileKind.CSV.matches(FileSamples.bytes('a', ',', 0xC3)))
                .as("cut in a character")
                .isFalse();
        assertThat(FileKind.CSV.matches(FileSamples.bytes(0xC0, 0xAF)))
                .as("overlong encoding")
                .isFalse();
        assertThat(FileKind.CSV.matches(FileSamples.bytes(0xED, 0xA0, 0x80)))
                .as("encoded surrogate")
                .isFalse();
    }

    @Test
    void textThatOpensLikeMarkupIsNotText() {
        for (String markup : List.of(
                "<!DOCTYPE html><p>hi",
                "  \n<html>",
                "\uFEFF<script>alert(1)</script>",
                "<SVG onload=alert(1)>",
                "<?xml version=\"1.0\"?><svg/>",
                "<!-- comment -->",
                "<a href=x>",
                "<body\tonload=alert(1)>",
                "<iframe src=//evil>")) {
            assertThat(FileKind.PLAIN_TEXT.matches(FileSamples.utf8(markup)))
                    .as(markup)
                    .isFalse();
        }
        for (String text : List.of("<3 to the volunteers", "<bold claim>", "a < b", "x <html> later")) {
            assertThat(FileKind.PLAIN_TEXT.matches(FileSamples.utf8(text)))
                    .as(text)
                    .isTrue();
        }
    }

    @Test
    void extensionsOfListsTheGivenKindsInDeclarationOrder() {
        assertThat(FileKind.extensionsOf(EnumSet.of(FileKind.CSV, FileKind.JPEG, FileKind.PDF)))
                .isEqualTo("pdf, jpg, jpeg, csv");
    }
}
