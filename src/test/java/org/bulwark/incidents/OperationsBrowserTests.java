package org.bulwark.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bulwark.Chromium;
import org.bulwark.geo.GeoPoint;
import org.bulwark.geo.ZoneSamples;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator watches the operations picture of an incident in a real browser while an operator answers the
 * roll-call over the API: the counts, the unanswered list and the site's marker change without a reload.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class OperationsBrowserTests {

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
    JdbcClient jdbc;

    @Test
    void thePictureShowsAnAnswerPostedByAnotherPersonWithoutAReload(WebDriver browser)
            throws IOException, InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID coordinatorId = accounts.register(new NewAccount(
                "watch-" + tag, "Wren Watcher", "watch-" + tag + "@test.example", Role.COORDINATOR, PASSWORD));
        UUID operatorId = accounts.register(
                new NewAccount("venue-" + tag, "Vic Venue", "venue-" + tag + "@test.example", Role.OPERATOR, PASSWORD));
        SiteFixtures.Organisation venues = SiteFixtures.organisation(jdbc, "Live venues");
        jdbc.sql("insert into member (id, organisation_id, full_name, email, role, account_id, created_at, version)"
                        + " values (?, ?, 'Vic Venue', ?, 'OPERATOR', ?, ?, 0)")
                .params(
                        UUID.randomUUID(),
                        venues.id(),
                        "venue-" + tag + "@test.example",
                        operatorId,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        Random random = new Random();
        GeoPoint centre = new GeoPoint(random.nextDouble() * 100 - 50, random.nextDouble() * 320 - 160);
        UUID hall = site("Live Hall " + tag, ZoneSamples.destination(centre, 0, 300), venues.id());
        UUID arena = site("Live Arena " + tag, ZoneSamples.destination(centre, 180, 300), null);
        Instant now = Instant.now();
        Incident incident = incidents.declare(
                new IncidentDraft(
                        "OTHER",
                        "Live square " + tag,
                        now,
                        List.of(new ZoneDraft(
                                ZoneKind.OUTER,
                                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                                        + centre.longitude() + "," + centre.latitude()
                                        + "]},\"properties\":{\"radius\":600}}",
                                now,
                                null))),
                BulwarkUser.of(coordinatorId, "watch-" + tag, "Wren Watcher", Role.COORDINATOR));

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("watch-" + tag);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        browser.get(url("/incidents/" + incident.id()));
        browser.findElement(By.id("operations-link")).click();

        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("operations-map")));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        waitFor(browser)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return !!window.bulwarkOperations && Object.keys(window.bulwarkOperations.markers).length === 2"
                                + " && !!window.bulwarkLive && window.bulwarkLive.readyState === 1")));
        assertThat(count(browser, "UNANSWERED")).isEqualTo("2");
        assertThat(browser.findElement(By.id("unanswered")).getText()).contains("Live Hall " + tag);
        script.executeScript("window.stillTheSamePage = true;");
        Chromium.screenshot(browser, "operations-before");

        HttpClient http = HttpClient.newHttpClient();
        String token = http.send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/auth/token")))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\"venue-" + tag + "\",\"password\":\"" + PASSWORD + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body()
                .replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> answered = http.send(
                HttpRequest.newBuilder(
                                URI.create(url("/api/v1/incidents/" + incident.id() + "/sites/" + hall + "/status")))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"status\":\"NEEDS_HELP\",\"note\":\"Two hurt at the north gate\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).isEqualTo(200);

        waitFor(browser).until(d -> "1".equals(count(d, "NEEDS_HELP")));
        assertThat(count(browser, "UNANSWERED")).isEqualTo("1");
        waitFor(browser)
                .until(d -> "NEEDS_HELP"
                        .equals(script.executeScript(
                                "return window.bulwarkOperations.markers[arguments[0]].options.status",
                                hall.toString())));
        waitFor(browser)
                .until(d -> !d.findElement(By.id("unanswered")).getText().contains("Live Hall " + tag));
        assertThat(browser.findElement(By.id("unanswered")).getText()).contains("Live Arena " + tag);
        waitFor(browser).until(d -> d.findElement(By.id("recent")).getText().contains("Two hurt at the north gate"));
        assertThat(script.executeScript("return window.stillTheSamePage === true"))
                .isEqualTo(Boolean.TRUE);
        assertThat(script.executeScript(
                        "return window.bulwarkOperations.markers[arguments[0]].options.status", arena.toString()))
                .isNull();
        Chromium.screenshot(browser, "operations-after");
    }

    private static String count(WebDriver browser, String status) {
        return browser.findElement(By.cssSelector("#count-" + status + " .count-value"))
                .getText()
                .strip();
    }

    private UUID site(String name, GeoPoint position, UUID organisation) {
        return sites.register(new SiteDetails(
                        name,
                        "4 Live Street",
                        position,
                        "stadia-arenas",
                        UseType.ARENA,
                        800,
                        organisation,
                        SiteContact.NONE,
                        null))
                .id();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
