package org.bulwark.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class EvidenceKindUnitTests {

    static byte[] zip(String firstEntry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(firstEntry));
            zip.write(content.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aFileIsAcceptedOnlyWhenItsContentIsOfTheKindItsNameClaims() throws IOException {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

        assertThat(EvidenceKind.byName("plan.PDF")).isEqualTo(EvidenceKind.PDF);
        assertThat(EvidenceKind.PDF.matches(pdf)).isTrue();
        assertThat(EvidenceKind.PDF.matches(png)).isFalse();
        assertThat(EvidenceKind.PNG.matches(png)).isTrue();
        assertThat(EvidenceKind.byName("script.exe")).isNull();
        assertThat(EvidenceKind.byName("no-extension")).isNull();
    }

    @Test
    void officeDocumentsAreRecognisedInsideTheirZipPackage() throws IOException {
        byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text");
        byte[] docx = zip("word/document.xml", "<w:document/>");
        byte[] otherZip = zip("readme.txt", "hello");

        assertThat(EvidenceKind.OPEN_DOCUMENT_TEXT.matches(odt)).isTrue();
        assertThat(EvidenceKind.OPEN_DOCUMENT_SPREADSHEET.matches(odt)).isFalse();
        assertThat(EvidenceKind.WORD_OPEN_XML.matches(docx)).isTrue();
        assertThat(EvidenceKind.WORD_OPEN_XML.matches(otherZip)).isFalse();
        assertThat(EvidenceKind.OPEN_DOCUMENT_TEXT.matches(otherZip)).isFalse();
    }
}
