package org.bulwark.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import org.bulwark.engagement.Alert;
import org.bulwark.engagement.Alerts;
import org.bulwark.interop.Cap;
import org.bulwark.interop.CapSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DemoAlertsIntegrationTests {

    @Autowired
    Alerts alerts;

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoAlertAndItsCancellationAreValidPublicCapInEnglishAndFrench() throws Exception {
        Alert alert = alerts.issue(DemoAlerts.draft(Instant.now().plus(Duration.ofHours(4))), DemoAlerts.POLICE);
        Alert cancelled = alerts.cancel(alert.id(), "Reopened.", DemoAlerts.POLICE);

        assertThat(cancelled.messages()).hasSize(2);
        assertThat(cancelled.latest().msgType()).isEqualTo(Cap.MsgType.CANCEL);
        assertThat(cancelled.latest().texts()).extracting(t -> t.language()).containsExactly("en", "fr");
        for (var message : cancelled.messages()) {
            byte[] xml = mvc.perform(get("/public/alerts/" + message.id() + ".xml"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            CapSchema.assertValid(xml);
        }
    }
}
