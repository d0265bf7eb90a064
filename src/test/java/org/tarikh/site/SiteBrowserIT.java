package org.tarikh.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site as {@code tarikh site} writes it from the real knowledge, served over HTTP and opened in headless
 * Chromium (Debian's chromium and chromedriver) at a phone's width: a claim page and the search, typed into.
 * Screenshots go to target/screenshots/.
 */
class SiteBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path site;

    static HttpServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void buildServeAndOpen() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        assertThat(installed).as("chromium and chromedriver, which .ci/run installs").isTrue();
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/tarikh.jar", "site", "--knowledge", "knowledge", "--out", site.toString())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes());
        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).as(output).isZero();

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 20);
        server.createContext("/", exchange -> {
            try (exchange) {
                Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                        : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript" : "application/xml");
                byte[] content = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, content.length);
                exchange.getResponseBody().write(content);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        browser.manage().window().setSize(new Dimension(390, 844));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aClaimPageShowsTheVerdictAndSourcesAndCarriesItsClaimReviewInTheDom() throws Exception {
        browser.get(base + "en/claims/kazakh-famine-myth.html");

        assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("famine");
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("False");
        assertThat(browser.findElements(By.cssSelector("ol li"))).hasSizeGreaterThanOrEqualTo(2);
        String jsonLd = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('script[type=\"application/ld+json\"]').textContent");
        JsonNode review = new ObjectMapper().readTree(jsonLd);
        assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.path("reviewRating").path("ratingValue").asInt()).isEqualTo(1);
        assertThat(review.path("url").asText()).endsWith("/en/claims/kazakh-famine-myth.html");
        Long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        Files.write(SCREENSHOTS.resolve("claim-page.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theSearchFindsAClaimAsTheReaderTypes() throws Exception {
        browser.get(base + "ru/index.html");
        List<WebElement> all = browser.findElements(By.cssSelector("ul.claims li"));
        WebElement search = browser.findElement(By.id("search"));

        search.sendKeys("алжир");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector("ul.claims li")).stream().filter(WebElement::isDisplayed).count() < all.size());

        List<WebElement> shown = browser.findElements(By.cssSelector("ul.claims li")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).isNotEmpty().hasSizeLessThan(5);
        assertThat(shown.get(0).findElement(By.tagName("a")).getAttribute("href")).endsWith("/ru/claims/alzhir-camp.html");
        assertThat(browser.findElement(By.id("search-status")).getText()).contains(String.valueOf(shown.size()));
        Files.write(SCREENSHOTS.resolve("search-page.png"), browser.getScreenshotAs(OutputType.BYTES));

        shown.get(0).findElement(By.tagName("a")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("АЛЖИР");
    }
}
