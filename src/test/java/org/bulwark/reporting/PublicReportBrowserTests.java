package org.bulwark.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bulwark.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member of the public reports from a small phone, in a real browser, and reads their receipt. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class PublicReportBrowserTests {

    private static final byte[] PNG = TestPhotos.png("taken on a phone");

    @LocalServerPort
    int port;

    @Test
    void aPersonReportsFromASmallPhoneAndReadsTheReceipt(WebDriver browser) throws IOException {
        browser.manage().window().setSize(new Dimension(360, 740));
        browser.get("http://localhost:" + port + "/report?lang=fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Signaler une activité suspecte");
        browser.findElement(By.cssSelector("#report-languages a[hreflang=en]")).click();
        wait(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Report suspicious activity"));
        assertThat(browser.findElement(By.id("behaviour-reminder")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.id("website")).isDisplayed()).isFalse();
        assertThat(pageWidth(browser)).isLessThanOrEqualTo(360);

        browser.findElement(By.id("description"))
                .sendKeys("A man photographed the stage door and wrote down when staff went in.");
        Path photo = Files.createTempFile("stage-door", ".png");
        Files.write(photo, PNG);
        browser.findElement(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("contactEmail")).sendKeys("witness@example.org");
        Chromium.screenshot(browser, "public-report-form-360");
        Chromium.clickInView(browser, browser.findElement(By.id("send-report")));

        WebElement code = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code")));
        assertThat(code.getText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(browser.findElement(By.id("report-received")).getText()).contains("Thank you");
        assertThat(browser.findElement(By.id("receipt-reference")).getText()).matches("SAR-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("receipt-state")).getText()).isEqualTo("Received, waiting to be reviewed");
        assertThat(pageWidth(browser)).isLessThanOrEqualTo(360);
        Chromium.screenshot(browser, "public-receipt-360");

        browser.findElement(By.id("text")).sendKeys("He came back the next evening.");
        Chromium.clickInView(browser, browser.findElement(By.id("send-addition")));
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("addition-received")));
        assertThat(browser.findElement(By.id("receipt-additions")).getText()).startsWith("1 note, 1 photo");
    }

    private static long pageWidth(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
