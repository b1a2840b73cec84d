package org.bulwark.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bulwark.Chromium;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.Partners;
import org.bulwark.reporting.ReportDraft.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst escalates a hotel's report with articulable facts and, with one more click, lands on a bulletin draft
 * that tells the behaviour and the facts and nothing of the hotel or the person who reported.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class EscalationToBulletinBrowserTests {

    private static final String PASSWORD = "browser-test-password";
    private static final String FACTS =
            "He came back three nights running and noted when the night porter left the desk.";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Readers readers;

    @Autowired
    Reports reports;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAnalystEscalatesAReportAndDraftsABulletinFromIt(WebDriver browser) throws IOException {
        UUID hotel = partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE,
                "Lantern Hotel " + run,
                Set.of("hotels-restaurants"),
                "Browser Region",
                null,
                null,
                null,
                null));
        partners.approve(hotel);
        UUID operator = person("porter", Role.OPERATOR, hotel);
        UUID police = partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE,
                "Police " + run,
                Set.of("transport"),
                "Browser Region",
                null,
                null,
                null,
                null));
        partners.approve(police);
        person("analyst", Role.ANALYST, police);
        Report report = reports.submit(
                readers.reader(operator, Role.OPERATOR),
                new ReportDraft(
                        Instant.now().minus(Duration.ofHours(5)),
                        53.3101,
                        0.2533,
                        null,
                        "hotels-restaurants",
                        null,
                        "A man asked porter-" + run + " twice when the delivery bay is unlocked at night.",
                        List.of(new Person("Grey hooded jacket", "Walked the service corridor without a key")),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        "en"),
                List.of());

        signIn(browser, "analyst-" + run);
        browser.get(url("/reports/" + report.id()));
        new Select(browser.findElement(By.id("transition"))).selectByValue("ESCALATE");
        new Select(browser.findElement(By.id("decision-category"))).selectByValue("eliciting-information");
        browser.findElement(By.id("decision-text")).sendKeys(FACTS);
        Chromium.clickInView(browser, browser.findElement(By.id("decide")));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-taken")));
        Chromium.screenshot(browser, "report-escalated");

        Chromium.clickInView(browser, browser.findElement(By.id("draft-bulletin")));
        waitFor(browser).until(ExpectedConditions.urlMatches(".*/bulletins/[0-9a-f-]{36}/edit$"));
        String body = browser.findElement(By.id("body")).getAttribute("value");
        assertThat(body)
                .contains(FACTS, "delivery bay is unlocked", "Walked the service corridor without a key")
                .doesNotContain("porter-" + run, "Lantern Hotel");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isNotBlank();
        Chromium.screenshot(browser, "bulletin-drafted-from-report");

        browser.get(url("/reports/" + report.id()));
        assertThat(browser.findElement(By.cssSelector("#report-history .bulletin-link"))
                        .getAttribute("href"))
                .contains("/bulletins/");
    }

    private void signIn(WebDriver browser, String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    private UUID person(String name, Role role, UUID organisation) {
        String username = name + "-" + run;
        UUID account =
                accounts.register(new NewAccount(username, username, username + "@browser.example", role, PASSWORD));
        partners.addMember(
                organisation, new MemberDetails(username, null, username + "@browser.example", null, role, account));
        return account;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
