package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.bulwark.Chromium;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator draws an incident's cordon on the map in a real browser and finds it drawn on the incident page, and
 * keeps a major event's stakeholders.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class IncidentsBrowserTests {

    private static final String PASSWORD = "browser-test-password";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    MajorEvents events;

    @Autowired
    Sites sites;

    @Test
    void coordinatorDeclaresAnIncidentByClickingTheCentreOfItsCordon(WebDriver browser) throws IOException {
        String username = "coordinator-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(
                new NewAccount(username, "Casey Coordinator", username + "@test.example", Role.COORDINATOR, PASSWORD));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        String place = "Browser square " + UUID.randomUUID().toString().substring(0, 8);

        browser.get(url("/incidents/new"));
        browser.findElement(By.id("place")).sendKeys(place);
        // datetime-local fields take keys in the browser's own locale order; set the value the form sends instead
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('occurredAt').value = '2026-05-01T10:15';"
                        + "document.getElementById('validFrom').value = '2026-05-01T10:20';");
        browser.findElement(By.id("radius")).clear();
        browser.findElement(By.id("radius")).sendKeys("300");
        browser.findElement(By.id("incident-map")).click();

        waitFor(browser)
                .until(d -> !d.findElement(By.id("latitude"))
                        .getDomProperty("value")
                        .isEmpty());
        assertThat(browser.findElements(By.cssSelector("#incident-map path.leaflet-interactive")))
                .hasSize(1);
        Chromium.screenshot(browser, "incident-form-drawn");
        Chromium.clickInView(browser, browser.findElement(By.id("declare")));

        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("incident-title")));
        assertThat(browser.findElement(By.id("incident-title")).getText()).contains(place);
        assertThat(browser.findElement(By.id("zones")).getText()).contains("Cordon");
        waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#incident-map path.leaflet-interactive")));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Casey Coordinator", "declared");
        Chromium.screenshot(browser, "incident-page");
    }

    @Test
    void coordinatorAddsAStakeholderOnTheEventPageAndSeesTheAccreditationCounts(WebDriver browser) throws IOException {
        String username = signIn(browser);
        BulwarkUser coordinator = BulwarkUser.of(UUID.randomUUID(), username, "Casey Coordinator", Role.COORDINATOR);
        UUID venue = sites.register(SiteFixtures.details(SiteFixtures.unique("Browser arena"), null, 500))
                .id();
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
        MajorEvent event = events.plan(
                new MajorEventDraft(
                        SiteFixtures.unique("Browser final"), start, start.plus(4, ChronoUnit.HOURS), List.of(venue)),
                coordinator);

        browser.get(url("/events/" + event.id()));
        browser.findElement(By.id("stakeholderName")).sendKeys("Dr Ada Medic");
        new Select(browser.findElement(By.id("stakeholderRole"))).selectByValue("AMBULANCE");
        browser.findElement(By.id("stakeholderContact")).sendKeys("+44 20 7946 0001");
        browser.findElement(By.id("responsibility")).sendKeys("First aid posts");
        Chromium.clickInView(browser, browser.findElement(By.id("add-stakeholder")));

        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("stakeholder-list")));
        assertThat(browser.findElement(By.id("stakeholder-list")).getText())
                .contains("Dr Ada Medic", "Ambulance", "First aid posts");
        assertThat(browser.findElement(By.id("accreditation-summary")).getText())
                .contains("Pending: 0");
        Chromium.screenshot(browser, "event-stakeholders");
    }

    private String signIn(WebDriver browser) {
        String username = "coordinator-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(
                new NewAccount(username, "Casey Coordinator", username + "@test.example", Role.COORDINATOR, PASSWORD));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        return username;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
