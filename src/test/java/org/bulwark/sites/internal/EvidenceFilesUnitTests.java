package org.bulwark.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bulwark.files.RejectedFile;
import org.bulwark.files.Rejection;
import org.junit.jupiter.api.Test;

class EvidenceFilesUnitTests {

    @Test
    void evidenceTakesDocumentsAndPicturesButNotTextOrSpreadsheetImports() {
        assertThat(SiteDuties.EVIDENCE_FILES.acceptedExtensions())
                .isEqualTo("pdf, png, jpg, jpeg, gif, webp, doc, docx, odt, ods, odp");
        assertThat(SiteDuties.EVIDENCE_FILES.maxBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(SiteDuties.EVIDENCE_FILES.check(
                        "notes.txt", "text/plain", "fire drill done".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        RejectedFile.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(Rejection.EXTENSION_NOT_ACCEPTED));
    }
}
