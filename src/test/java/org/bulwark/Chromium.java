package org.bulwark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.opentest4j.TestAbortedException;

/**
 * Runs a browser test in the machine's own Chromium and ChromeDriver, never a downloaded browser. Where they are
 * missing the test is skipped with a message saying how to install them; a failing test leaves a screenshot and the browser
 * console in {@code target/browser-screenshots}.
 */
public class Chromium implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);
    private static final String BROWSER = env("BULWARK_CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = env("BULWARK_CHROMEDRIVER", "/usr/bin/chromedriver");

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(Path.of(BROWSER)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new TestAbortedException(
                    "Browser tests skipped: no Chromium at " + BROWSER + " or no ChromeDriver at "
                            + DRIVER + ". Install them with 'apt-get install chromium chromium-driver' (or set"
                            + " BULWARK_CHROMIUM and BULWARK_CHROMEDRIVER) to run them.");
        }
        Path profile = Files.createTempDirectory("bulwark-chromium");
        ChromeOptions options = new ChromeOptions();
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        context.getStore(NAMESPACE).put(WebDriver.class, driver);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        WebDriver driver = context.getStore(NAMESPACE).remove(WebDriver.class, WebDriver.class);
        if (driver == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                Files.createDirectories(SCREENSHOTS);
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png";
                Files.write(SCREENSHOTS.resolve(name), png);
                List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(entry -> entry.getLevel() + " " + entry.getMessage())
                        .toList();
                Files.write(SCREENSHOTS.resolve(name.replace(".png", ".console.log")), console);
            }
        } finally {
            driver.quit();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(WebDriver.class, WebDriver.class);
    }

    /** Saves a screenshot of what the browser shows now, for a person to look at. */
    /**
     * Scrolls the element into the middle of the window at once and clicks it. Bootstrap makes scrolling smooth, so
     * the click WebDriver scrolls for itself could land while the page is still moving.
     */
    public static void clickInView(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    public static Path screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
