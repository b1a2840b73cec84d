package org.bulwark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person does with the registry in a real browser: sign in, add a site, find it in the list and on the
 * map, import a file with a bad row and read the report, and see the navigation of each role.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class SiteRegistryBrowserTests {

    private static final String PASSWORD = "browser-test-password";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void coordinatorAddsASiteAndFindsItInTheListAndOnTheMap(WebDriver browser) throws IOException {
        signIn(browser, account(Role.COORDINATOR));
        String name = "Browser Arena " + UUID.randomUUID().toString().substring(0, 8);

        browser.get(url("/sites/new"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("address")).sendKeys("1 Quay Street, Port Alder");
        browser.findElement(By.id("latitude")).sendKeys("53.3102");
        browser.findElement(By.id("longitude")).sendKeys("0.2507");
        new Select(browser.findElement(By.id("sector"))).selectByValue("stadia-arenas");
        new Select(browser.findElement(By.id("useType"))).selectByValue("arena");
        browser.findElement(By.id("capacity")).sendKeys("1200");
        Chromium.screenshot(browser, "site-form-filled");
        Chromium.clickInView(browser, browser.findElement(By.id("save-site")));

        WebElement heading = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("site-name")));
        assertThat(heading.getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("content")).getText()).contains("Enhanced");
        Chromium.screenshot(browser, "site-page");

        browser.get(url("/sites"));
        browser.findElement(By.id("filter-q")).sendKeys(name);
        waitFor(browser).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#site-table tbody tr"), 1));
        assertThat(browser.findElement(By.id("site-table")).getText()).contains(name);
        Chromium.screenshot(browser, "site-list-filtered");

        browser.findElement(By.linkText(name)).click();
        waitFor(browser)
                .until(ExpectedConditions.elementToBeClickable(By.id("show-on-map")))
                .click();
        WebElement popup = waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
        assertThat(popup.getText()).contains(name);
        Chromium.screenshot(browser, "site-on-map");
    }

    @Test
    void importOfACsvWithOneBadRowImportsTheOthersAndReportsTheBadLine(WebDriver browser) throws IOException {
        signIn(browser, account(Role.COORDINATOR));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("sites", ".csv");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "name,address,latitude,longitude,sector,use_type,capacity,organisation,contact_name,contact_phone,contact_email,opening_hours",
                        "Import Hall " + suffix + ",2 Dock Road,53.30,0.24,cinemas-theatres,theatre,450,,,,,",
                        "Import Chapel " + suffix
                                + ",3 Mill Lane,53.31,0.26,places-of-worship,place-of-worship,lots,,,,,",
                        "Import Market " + suffix + ",4 Fish Street,53.32,0.25,retail,market,900,,,,,",
                        ""),
                StandardCharsets.UTF_8);

        browser.get(url("/sites/import"));
        browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        Chromium.clickInView(browser, browser.findElement(By.id("import-submit")));

        WebElement summary = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
        assertThat(summary.getText()).contains("2 sites imported", "1 row rejected");
        assertThat(browser.findElement(By.id("import-errors")).getText())
                .contains("line 3")
                .contains("lots");
        Chromium.screenshot(browser, "site-import-report");

        browser.get(url("/sites?q=" + suffix));
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("site-table"), "Import Hall"));
        assertThat(browser.findElement(By.id("site-table")).getText())
                .contains("Import Hall " + suffix, "Import Market " + suffix)
                .doesNotContain("Import Chapel");
    }

    @Test
    void everyRoleSeesTheNavigationItsWorkNeeds(WebDriver browser) {
        Map<Role, List<String>> visible = Map.of(
                Role.COORDINATOR,
                List.of(
                        "Map",
                        "Sites",
                        "Threat level",
                        "Bulletins",
                        "Reports",
                        "Incidents",
                        "Events",
                        "Indicators",
                        "Measures",
                        "Risk map",
                        "Reviews",
                        "Duties",
                        "Partners",
                        "Sectors",
                        "Sharing groups",
                        "API"),
                Role.ANALYST,
                List.of(
                        "Map",
                        "Sites",
                        "Threat level",
                        "Bulletins",
                        "Reports",
                        "Incidents",
                        "Events",
                        "Indicators",
                        "Measures",
                        "Risk map",
                        "Partners"),
                Role.ADVISOR,
                List.of(
                        "Map",
                        "Sites",
                        "Threat level",
                        "Bulletins",
                        "Reports",
                        "Incidents",
                        "Events",
                        "Indicators",
                        "Measures",
                        "Risk map",
                        "Reviews",
                        "Partners"),
                Role.OPERATOR,
                List.of(
                        "Map",
                        "Sites",
                        "Threat level",
                        "Bulletins",
                        "Reports",
                        "Indicators",
                        "Measures",
                        "Risk map",
                        "Partners"),
                Role.INTEGRATION,
                List.of("Map", "Sites", "API"),
                Role.OVERSEER,
                List.of("Threat level", "Retention and transparency", "Partners"),
                Role.ADMIN,
                List.of("Threat level", "Partners", "Accounts", "API"));
        List<String> all = List.of(
                "Map",
                "Sites",
                "Threat level",
                "Bulletins",
                "Reports",
                "Incidents",
                "Events",
                "Retention and transparency",
                "Indicators",
                "Measures",
                "Risk map",
                "Reviews",
                "Duties",
                "Partners",
                "Sectors",
                "Sharing groups",
                "Accounts",
                "API");
        for (Role role : Role.values()) {
            signIn(browser, account(role));
            List<String> shown =
                    browser.findElements(By.cssSelector("#main-nav .navbar-nav.me-auto .nav-link")).stream()
                            // a link with a badge names itself in its first span
                            .map(link -> link.findElements(By.xpath("./span[1]")).stream()
                                    .findFirst()
                                    .map(WebElement::getText)
                                    .orElse(link.getText()))
                            .toList();
            assertThat(shown)
                    .as("navigation of %s", role)
                    .containsExactlyElementsOf(
                            all.stream().filter(visible.get(role)::contains).toList());
            browser.findElement(By.id("logout")).click();
            waitFor(browser).until(ExpectedConditions.urlContains("/login"));
        }
    }

    private String account(Role role) {
        String username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(new NewAccount(username, "Test " + role.name(), username + "@test.example", role, PASSWORD));
        return username;
    }

    private void signIn(WebDriver browser, String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
