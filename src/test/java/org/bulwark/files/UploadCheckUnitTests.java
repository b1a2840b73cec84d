package org.bulwark.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UploadCheckUnitTests {

    private static final long LIMIT = 64 * 1024;

    private final UploadCheck everything = UploadCheck.of(EnumSet.allOf(FileKind.class), LIMIT);
    private final UploadCheck documents = UploadCheck.of(EnumSet.of(FileKind.PDF, FileKind.PNG), LIMIT);

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void aFileWhoseContentIsOfTheKindItsNameClaimsIsAcceptedWithTheKindsOwnContentType(FileKind kind) {
        byte[] content = FileSamples.of(kind);

        UploadVerdict verdict =
                everything.check("file." + kind.extensions().get(0), "application/octet-stream", content);

        assertThat(verdict).isInstanceOfSatisfying(AcceptedFile.class, accepted -> {
            assertThat(accepted.kind()).isEqualTo(kind);
            assertThat(accepted.contentType()).isEqualTo(kind.contentType());
            assertThat(accepted.size()).isEqualTo(content.length);
            assertThat(accepted.fileName())
                    .isEqualTo("file." + kind.extensions().get(0));
        });
        assertThat(verdict.accepted()).isTrue();
    }

    @Test
    void plainTextAndCsvAreAcceptedWithTheirTextTypes() {
        assertThat(everything.check("notes.txt", "text/plain", FileSamples.of(FileKind.PLAIN_TEXT)))
                .isInstanceOfSatisfying(
                        AcceptedFile.class,
                        file -> assertThat(file.contentType()).isEqualTo("text/plain"));
        assertThat(everything.check("sites.csv", "application/vnd.ms-excel", FileSamples.of(FileKind.CSV)))
                .as("browsers on Windows declare CSV as a spreadsheet")
                .isInstanceOfSatisfying(
                        AcceptedFile.class,
                        file -> assertThat(file.contentType()).isEqualTo("text/csv"));
    }

    @Test
    void aProgramRenamedAsPdfIsADisguisedFile() {
        assertRejected(
                everything.check("invoice.pdf", "application/pdf", FileSamples.windowsProgram()),
                Rejection.CONTENT_MISMATCH);
        assertRejected(
                everything.check("invoice.exe.pdf", "application/pdf", FileSamples.windowsProgram()),
                Rejection.CONTENT_MISMATCH);
        assertRejected(
                everything.check("notes.txt", "text/plain", FileSamples.windowsProgram()), Rejection.CONTENT_MISMATCH);
    }

    @Test
    void anHtmlPageRenamedAsImageOrTextIsADisguisedFile() {
        assertRejected(everything.check("photo.png", "image/png", FileSamples.htmlPage()), Rejection.CONTENT_MISMATCH);
        assertRejected(everything.check("notes.txt", "text/plain", FileSamples.htmlPage()), Rejection.CONTENT_MISMATCH);
        assertRejected(everything.check("sites.csv", "text/csv", FileSamples.htmlPage()), Rejection.CONTENT_MISMATCH);
        assertRejected(
                everything.check(
                        "logo.txt",
                        "text/plain",
                        FileSamples.utf8("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")),
                Rejection.CONTENT_MISMATCH);
    }

    @Test
    void aFileOfOneAcceptedKindNamedAsAnotherIsADisguisedFile() {
        assertRejected(
                everything.check("plan.png", "image/png", FileSamples.of(FileKind.PDF)), Rejection.CONTENT_MISMATCH);
        assertRejected(
                everything.check("plan.docx", null, FileSamples.of(FileKind.OPEN_DOCUMENT_TEXT)),
                Rejection.CONTENT_MISMATCH);
        assertRejected(
                everything.check("plan.ods", null, FileSamples.of(FileKind.OPEN_DOCUMENT_TEXT)),
                Rejection.CONTENT_MISMATCH);
        assertRejected(
                everything.check("plan.docx", null, FileSamples.zip("evil.js", "alert(1)")),
                Rejection.CONTENT_MISMATCH);
        assertRejected(
                everything.check("data.csv", "text/csv", FileSamples.of(FileKind.PNG)), Rejection.CONTENT_MISMATCH);
    }

    @Test
    void aRealFileDeclaredAsMarkupOrScriptGivesItselfAway() {
        byte[] png = FileSamples.of(FileKind.PNG);

        assertRejected(documents.check("photo.png", "text/html; charset=utf-8", png), Rejection.CONTENT_MISMATCH);
        assertRejected(documents.check("photo.png", "IMAGE/SVG+XML", png), Rejection.CONTENT_MISMATCH);
        assertThat(documents.check("photo.png", null, png).accepted()).isTrue();
        assertThat(documents.check("photo.png", "", png).accepted()).isTrue();
        assertThat(documents.check("photo.png", "application/pdf", png).accepted())
                .as("a wrong but inert declaration is not trusted either way")
                .isTrue();
    }

    @Test
    void anExtensionOutsideTheChecksKindsIsNotAccepted() {
        RejectedFile rejected = assertRejected(
                documents.check("notes.txt", "text/plain", FileSamples.of(FileKind.PLAIN_TEXT)),
                Rejection.EXTENSION_NOT_ACCEPTED);
        assertThat(rejected.acceptedExtensions()).isEqualTo("pdf, png");
        assertThat(rejected.message()).contains("notes.txt", "pdf, png");

        assertRejected(
                documents.check("setup.exe", null, FileSamples.windowsProgram()), Rejection.EXTENSION_NOT_ACCEPTED);
        assertRejected(documents.check("README", null, FileSamples.of(FileKind.PDF)), Rejection.EXTENSION_NOT_ACCEPTED);
        assertRejected(documents.check(null, null, FileSamples.of(FileKind.PDF)), Rejection.EXTENSION_NOT_ACCEPTED);
    }

    @Test
    void aFileOverTheLimitIsTooLargeAndOneAtTheLimitIsNot() {
        byte[] atLimit = Arrays.copyOf(FileSamples.of(FileKind.PDF), (int) LIMIT);
        byte[] overLimit = Arrays.copyOf(FileSamples.of(FileKind.PDF), (int) LIMIT + 1);

        assertThat(documents.check("plan.pdf", "application/pdf", atLimit).accepted())
                .isTrue();
        RejectedFile rejected =
                assertRejected(documents.check("plan.pdf", "application/pdf", overLimit), Rejection.TOO_LARGE);
        assertThat(rejected.size()).isEqualTo(LIMIT + 1);
        assertThat(rejected.maxBytes()).isEqualTo(LIMIT);
        assertThat(rejected.message()).contains("0.1 MB");
    }

    @Test
    void sizeIsCheckedBeforeTheNameSoThatHugeFilesAreNeverParsed() {
        byte[] huge = Arrays.copyOf(FileSamples.windowsProgram(), (int) LIMIT + 1);

        assertRejected(documents.check("setup.exe", null, huge), Rejection.TOO_LARGE);
    }

    @Test
    void anEmptyFileIsRefusedWhateverItsName() {
        assertRejected(everything.check("plan.pdf", "application/pdf", new byte[0]), Rejection.EMPTY);
        assertRejected(everything.check("notes.txt", "text/plain", new byte[0]), Rejection.EMPTY);
        assertRejected(everything.check("setup.exe", null, new byte[0]), Rejection.EMPTY);
    }

    @Test
    void theCheckKeepsItsOwnCopyOfTheKindsAndRefusesNonsense() {
        Set<FileKind> kinds = EnumSet.of(FileKind.PDF);
        UploadCheck check = UploadCheck.of(kinds, 10);
        kinds.add(FileKind.PNG);

        assertThat(check.kinds()).containsExactly(FileKind.PDF);
        assertThatIllegalArgumentException().isThrownBy(() -> UploadCheck.of(Set.of(), 10));
        assertThatIllegalArgumentException().isThrownBy(() -> UploadCheck.of(Set.of(FileKind.PDF), 0));
    }

    private static RejectedFile assertRejected(UploadVerdict verdict, Rejection reason) {
        assertThat(verdict).isInstanceOf(RejectedFile.class);
        assertThat(verdict.accepted()).isFalse();
        RejectedFile rejected = (RejectedFile) verdict;
        assertThat(rejected.reason()).isEqualTo(reason);
        return rejected;
    }
}
