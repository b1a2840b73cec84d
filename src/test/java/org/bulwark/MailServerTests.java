package org.bulwark;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Integration tests whose application sends e-mail to one real SMTP server. The tests extending it share one
 * application context, so the suite holds one more database pool rather than one per test class.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class MailServerTests {

    /** Started once for every test that extends this class, and left running until the test JVM ends. */
    protected static final MailServer MAIL = MailServer.started();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::port);
        registry.add("bulwark.notify.base-url", () -> "https://bulwark.example/");
    }
}
