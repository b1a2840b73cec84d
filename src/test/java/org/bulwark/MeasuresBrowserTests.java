package org.bulwark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator states a measure on a site's checklist and finds the site on the compliance map. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class MeasuresBrowserTests {

    private static final String PASSWORD = "browser-test-password";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Sites sites;

    @Test
    void coordinatorConfirmsAMeasureAndSeesTheSiteOnTheComplianceMap(WebDriver browser) throws IOException {
        String username = "coordinator-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(
                new NewAccount(username, "Test coordinator", username + "@test.example", Role.COORDINATOR, PASSWORD));
        Site stadium = sites.register(new SiteDetails(
                "Browser stadium " + UUID.randomUUID().toString().substring(0, 8),
                "5 Ground Lane",
                new GeoPoint(53.305, 0.255),
                "stadia-arenas",
                UseType.STADIUM,
                25_000,
                null,
                SiteContact.NONE,
                null));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));

        browser.get(url("/sites/" + stadium.id()));
        waitFor(browser)
                .until(ExpectedConditions.elementToBeClickable(By.id("site-measures")))
                .click();
        WebElement row = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("measure-GAT-01")));
        assertThat(row.getAttribute("class")).contains("table-warning");
        Chromium.clickInView(browser, row.findElement(By.id("status-GAT-01-PARTLY")));
        Chromium.clickInView(browser, row.findElement(By.cssSelector("button[type=submit]")));
        WebElement error = waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#measure-GAT-01 .invalid-feedback")));
        assertThat(error.getText()).contains("Explain in a note");

        browser.findElement(By.id("note-GAT-01")).sendKeys("Half of the stewards trained so far");
        Chromium.clickInView(browser, browser.findElement(By.cssSelector("#measure-GAT-01 button[type=submit]")));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("measure-GAT-01")).getText())
                .contains("Partly in place", "Half of the stewards trained so far");
        Chromium.screenshot(browser, "measure-checklist");

        browser.get(url("/measures"));
        assertThat(browser.findElements(By.cssSelector("#by-sector svg.compliance-bar")))
                .isNotEmpty();
        Chromium.screenshot(browser, "measure-compliance");

        browser.get(url("/measures/map"));
        waitFor(browser)
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(
                        By.cssSelector("#measures-map path.leaflet-interactive"), 0));
        Chromium.screenshot(browser, "measure-map");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
