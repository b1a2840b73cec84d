package org.bulwark.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.bulwark.Chromium;
import org.bulwark.geo.GeoJson;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.Zone;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentDraft;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.ZoneDraft;
import org.bulwark.incidents.ZoneKind;
import org.bulwark.sites.SiteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator issues a public alert from an incident page in a real browser; a member of the public, signed out,
 * finds it on the public page and in the Atom feed; the coordinator updates and then cancels it, and the public
 * page and feed follow.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class PublicAlertsBrowserTests {

    private static final String PASSWORD = "browser-test-password";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Incidents incidents;

    @Test
    void coordinatorIssuesAPublicAlertFromAnIncidentThatThePublicSeesUntilItIsCancelled(WebDriver browser)
            throws IOException {
        Incident incident = incident();
        String username = "coordinator-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(
                new NewAccount(username, "Casey Coordinator", username + "@test.example", Role.COORDINATOR, PASSWORD));
        signIn(browser, username);

        browser.get(url("/incidents/" + incident.id()));
        Chromium.clickInView(browser, browser.findElement(By.id("issue-alert")));
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("alert-form")));
        assertThat(browser.findElement(By.id("headlineEn")).getDomProperty("value"))
                .contains(incident.place());
        assertThat(browser.findElement(By.id("areaSource-incident")).isSelected())
                .isTrue();
        String headline = "Avoid " + incident.place();
        browser.findElement(By.id("headlineEn")).clear();
        browser.findElement(By.id("headlineEn")).sendKeys(headline);
        Chromium.clickInView(browser, browser.findElement(By.id("send-alert")));
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("alert-message")));
        assertThat(browser.findElement(By.id("alert-headline")).getText()).isEqualTo(headline);
        assertThat(browser.findElement(By.id("alert-state")).getText()).isEqualTo("In force");
        String first = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

        signOut(browser);
        browser.get(url("/"));
        Chromium.clickInView(browser, browser.findElement(By.id("home-public-alerts")));
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("current-alerts")));
        assertThat(browser.findElement(By.id("current-alerts")).getText()).contains(headline);
        browser.findElement(By.linkText(headline)).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("alert-message")));
        assertThat(browser.findElement(By.id("alert-instruction")).getText()).contains("Avoid the area");
        Chromium.screenshot(browser, "public-alert");
        browser.get(url("/public/alerts.atom"));
        assertThat(browser.getPageSource()).contains(headline, "urn:uuid:" + first, "/public/alerts/" + first + ".xml");

        signIn(browser, username);
        browser.get(url("/alerts/" + first));
        Chromium.clickInView(browser, browser.findElement(By.id("update-alert")));
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("alert-form")));
        assertThat(browser.findElement(By.id("areaSource-keep")).isSelected()).isTrue();
        browser.findElement(By.id("instructionEn")).clear();
        browser.findElement(By.id("instructionEn")).sendKeys("Use the north entrance only.");
        Chromium.clickInView(browser, browser.findElement(By.id("send-alert")));
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("alert-history")));
        assertThat(browser.findElement(By.id("alert-type")).getText()).isEqualTo("Update");
        browser.findElement(By.id("note")).sendKeys("The area is open again.");
        Chromium.clickInView(browser, browser.findElement(By.id("cancel-alert")));
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("alert-state"), "Cancelled"));
        assertThat(browser.findElements(By.cssSelector("#alert-history li"))).hasSize(3);

        signOut(browser);
        browser.get(url("/public/alerts"));
        assertThat(browser.findElement(By.id("earlier-alerts")).getText()).contains(headline, "Cancelled");
        assertThat(browser.findElement(By.id("current-alerts")).getText()).doesNotContain(headline);
        browser.findElement(By.linkText(headline)).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("alert-note")));
        assertThat(browser.findElement(By.id("alert-note")).getText()).contains("The area is open again.");
        browser.get(url("/public/alerts.atom"));
        assertThat(browser.getPageSource()).contains("Update: " + headline, "Cancelled: " + headline);
        Chromium.screenshot(browser, "public-alert-feed");
    }

    private Incident incident() {
        BulwarkUser coordinator = SiteFixtures.user(Role.COORDINATOR);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String circle =
                GeoJson.writeZone(Zone.circle(new GeoPoint(53.31, 0.25), 250)).toString();
        return incidents.declare(
                new IncidentDraft(
                        "OTHER",
                        "Quay " + UUID.randomUUID().toString().substring(0, 8),
                        now,
                        List.of(new ZoneDraft(ZoneKind.AVOID, circle, now, null))),
                coordinator);
    }

    private void signIn(WebDriver browser, String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    private void signOut(WebDriver browser) {
        browser.get(url("/"));
        Chromium.clickInView(browser, browser.findElement(By.id("logout")));
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
