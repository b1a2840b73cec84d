package org.bulwark.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.bulwark.Chromium;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.Partners;
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
 * A coordinator publishes an AMBER weekly briefing to the hotel sector; a hotel operator finds it unread in the
 * inbox and acknowledges it; the coordinator sees who has not; a stadium operator finds it nowhere.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class BulletinsBrowserTests {

    private static final String PASSWORD = "browser-test-password";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAmberBriefingReachesHotelOperatorsAndNoOneElse(WebDriver browser) throws IOException {
        String coordinator = person("coordinator", Role.COORDINATOR, organisation("Police", "transport"));
        String hotel = person("hotel", Role.OPERATOR, organisation("Harbour Hotel", "hotels-restaurants"));
        String otherHotel = person("hotel-two", Role.OPERATOR, organisation("Quay Hotel", "hotels-restaurants"));
        String stadium = person("stadium", Role.OPERATOR, organisation("Arena", "stadia-arenas"));
        String title = "Weekly briefing " + run;

        signIn(browser, coordinator);
        browser.get(url("/bulletins/new"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("WEEKLY_BRIEFING");
        Chromium.clickInView(browser, browser.findElement(By.id("tlp-amber")));
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body"))
                .sendKeys("## Hostile reconnaissance\n\n- Two hotels reported *photography of staff entrances*.\n");
        new Select(browser.findElement(By.id("sectors"))).selectByValue("hotels-restaurants");
        Chromium.clickInView(browser, browser.findElement(By.id("acknowledgementRequired1")));
        Chromium.screenshot(browser, "bulletin-form");
        Chromium.clickInView(browser, browser.findElement(By.id("save")));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("publish")));
        Chromium.clickInView(browser, browser.findElement(By.id("publish")));
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("bulletin-state"), "Published"));
        assertThat(browser.findElement(By.id("tlp-banner")).getText()).contains("TLP:AMBER", "need-to-know");
        assertThat(browser.findElement(By.cssSelector("#bulletin-body h4")).getText())
                .isEqualTo("Hostile reconnaissance");
        String path = browser.getCurrentUrl().substring(url("").length());
        Chromium.screenshot(browser, "bulletin-published");
        signOut(browser);

        signIn(browser, hotel);
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletins-unread")));
        browser.get(url("/bulletins"));
        WebElement row = browser.findElement(By.cssSelector("#bulletin-list .bulletin-unread"));
        assertThat(row.getText()).contains(title, "TLP:AMBER", "Please acknowledge");
        Chromium.screenshot(browser, "bulletin-inbox-hotel");
        Chromium.clickInView(browser, row.findElement(By.linkText(title)));
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("acknowledge")));
        Chromium.clickInView(browser, browser.findElement(By.id("acknowledge")));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledged")));
        signOut(browser);

        signIn(browser, stadium);
        browser.get(url("/bulletins?q=" + run));
        assertThat(browser.findElement(By.id("bulletins-empty")).isDisplayed()).isTrue();
        browser.get(url(path));
        assertThat(browser.findElement(By.id("error-explanation")).getText()).isNotBlank();
        Chromium.screenshot(browser, "bulletin-stadium-not-found");
        signOut(browser);

        signIn(browser, coordinator);
        browser.get(url(path + "/acknowledgements"));
        assertThat(browser.findElement(By.id("acknowledged")).getText()).contains(hotel);
        assertThat(browser.findElement(By.id("pending")).getText())
                .contains(otherHotel)
                .doesNotContain(stadium);
        Chromium.screenshot(browser, "bulletin-acknowledgements");
    }

    private void signIn(WebDriver browser, String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    private void signOut(WebDriver browser) {
        Chromium.clickInView(browser, browser.findElement(By.id("logout")));
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    private UUID organisation(String name, String sector) {
        UUID id = partners.register(new OrganisationDetails(
                OrganisationKind.PRIVATE, name + " " + run, Set.of(sector), "Browser Region", null, null, null, null));
        partners.approve(id);
        return id;
    }

    private String person(String name, Role role, UUID organisation) {
        String username = name + "-" + run;
        UUID account =
                accounts.register(new NewAccount(username, username, username + "@browser.example", role, PASSWORD));
        partners.addMember(
                organisation, new MemberDetails(username, null, username + "@browser.example", null, role, account));
        return username;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
