package org.bulwark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCityExportUnitTests {

    @Test
    void exportHasAHeaderAndOneLinePerSite() throws IOException {
        StringWriter out = new StringWriter();

        DemoCityExport.write(new DemoCity(), 450, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(451);
        assertThat(lines.get(0)).isEqualTo(DemoCityExport.HEADER);
        assertThat(out.toString())
                .contains("\r\n")
                .contains("Port Alder Arena,")
                .contains(",Alder Live Venues Ltd,");
    }

    @Test
    void fieldsWithCommasOrQuotesAreQuoted() {
        assertThat(DemoCityExport.field("12 Quay Street, Harbourside")).isEqualTo("\"12 Quay Street, Harbourside\"");
        assertThat(DemoCityExport.field("The \"Anchor\"")).isEqualTo("\"The \"\"Anchor\"\"\"");
        assertThat(DemoCityExport.field("Harbour Hall")).isEqualTo("Harbour Hall");
    }
}
