package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.Chromium;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.notify.LiveUpdates;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator sends a lockdown card from the incident page, and an operator of a site inside the zone, with another
 * page open in another window and another session, sees the banner appear without reloading.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class AlertBannerBrowserTests {

    private static final String PASSWORD = "browser-test-password";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Incidents incidents;

    @Autowired
    Sites sites;

    @Autowired
    LiveUpdates live;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOperatorSeesTheLockdownBannerOverTheOpenPageAsSoonAsTheCoordinatorSendsIt(WebDriver browser)
            throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID coordinatorId = accounts.register(new NewAccount(
                "coordinator-" + suffix,
                "Casey Coordinator",
                "casey-" + suffix + "@test.example",
                Role.COORDINATOR,
                PASSWORD));
        UUID operatorId = accounts.register(new NewAccount(
                "operator-" + suffix, "Olu Operator", "olu-" + suffix + "@test.example", Role.OPERATOR, PASSWORD));
        UUID organisation = organisation("Banner venues " + suffix);
        jdbc.sql("insert into member (id, organisation_id, full_name, email, role, account_id, created_at, version)"
                        + " values (?, ?, 'Olu Operator', ?, 'OPERATOR', ?, ?, 0)")
                .params(UUID.randomUUID(), organisation, "olu-" + suffix + "@test.example", operatorId, now())
                .update();
        GeoPoint centre = new GeoPoint(-20 + Math.random() * 10, 100 + Math.random() * 10);
        String siteName = "Banner arena " + suffix;
        sites.register(new SiteDetails(
                siteName,
                "1 Quay",
                centre,
                "stadia-arenas",
                UseType.ARENA,
                5_000,
                organisation,
                SiteContact.NONE,
                null));
        Incident incident = incidents.declare(
                new IncidentDraft(
                        "MARAUDING_FIREARMS",
                        "Quayside " + suffix,
                        Instant.now(),
                        List.of(new ZoneDraft(
                                ZoneKind.OUTER,
                                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                                        + centre.longitude() + "," + centre.latitude()
                                        + "]},\"properties\":{\"radius\":300}}",
                                Instant.now(),
                                null))),
                BulwarkUser.of(coordinatorId, "coordinator-" + suffix, "Casey Coordinator", Role.COORDINATOR));

        // the operator's page on one host name, the coordinator's on another: two cookie jars, two sessions
        String operatorWindow = browser.getWindowHandle();
        signIn(browser, "http://127.0.0.1:" + port, "operator-" + suffix);
        browser.get("http://127.0.0.1:" + port + "/sites");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> live.connectedAccounts().contains(operatorId));
        assertThat(browser.findElements(By.cssSelector(".alert-banner"))).isEmpty();

        browser.switchTo().newWindow(WindowType.WINDOW);
        signIn(browser, "http://localhost:" + port, "coordinator-" + suffix);
        browser.get("http://localhost:" + port + "/incidents/" + incident.id());
        new Select(browser.findElement(By.id("card"))).selectByValue("LOCKDOWN");
        assertThat(browser.findElement(By.id("alert-title")).getDomProperty("value"))
                .isEqualTo("Lock down now");
        assertThat(browser.findElement(By.id("alert-text")).getDomProperty("value"))
                .contains("Quayside " + suffix);
        assertThat(browser.findElement(By.id("alert-audience")).getText()).contains("1 sites", "1 people");
        Chromium.clickInView(browser, browser.findElement(By.id("send-alert")));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("alert-sent")));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("sent an alert", "Lock down now");

        browser.switchTo().window(operatorWindow);
        WebElement banner = waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#alert-banners .alert-banner")));
        assertThat(banner.getDomAttribute("role")).isEqualTo("alert");
        assertThat(banner.getText()).contains("Lock down now", "Quayside " + suffix, siteName);
        assertThat(banner.findElements(By.cssSelector("button[data-status]")))
                .extracting(button -> button.getDomAttribute("data-status"))
                .containsExactly("SAFE", "SHELTERING", "EVACUATING", "NEEDS_HELP", "NOT_OCCUPIED");
        assertThat(browser.getCurrentUrl()).endsWith("/sites");
        Chromium.screenshot(browser, "alert-banner");

        browser.get("http://127.0.0.1:" + port + "/partners");
        WebElement again = waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#alert-banners .alert-banner")));
        assertThat(again.getText()).contains("Lock down now", siteName);
    }

    private void signIn(WebDriver browser, String base, String username) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    private UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, name, name_key, kind, region, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, 'PRIVATE', 'Centre', 'APPROVED', ?, ?, 0)")
                .params(id, name, name.toLowerCase(Locale.ROOT), now(), now())
                .update();
        return id;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
