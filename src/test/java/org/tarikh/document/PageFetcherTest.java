package org.tarikh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {
    HttpServer server;
    ExecutorService threads;
    final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 20);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/page", exchange -> {
            served.incrementAndGet();
            byte[] body = "<html><head><title>A page</title></head><body><main><p>The text.</p></main></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is only found by reading
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 40; i++) {
                exchange.getResponseBody().write(chunk);
            }
            exchange.close();
        });
        server.createContext("/hops", exchange -> {
            int hop = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().set("Location", "/hops?" + (hop + 1));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/metadata", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/silent", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private PageFetcher fetcher(boolean loopback) {
        return new PageFetcher(loopback, Duration.ofSeconds(1), Duration.ofSeconds(2), Clock.systemUTC());
    }

    @Test
    void aPageIsReadToItsTitleAndMainTextAndKeptForAnHour() {
        PageFetcher fetcher = fetcher(true);

        PageFetcher.Page page = fetcher.fetch(url("/page"));

        assertThat(page.ok()).isTrue();
        assertThat(page.text().title()).isEqualTo("A page");
        assertThat(page.text().text()).isEqualTo("The text.");
        fetcher.fetch(url("/page"));
        assertThat(served).as("cached").hasValue(1);
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        assertThat(fetcher(false).fetch(url("/page")).failure()).isEqualTo(PageFetcher.Failure.REFUSED_ADDRESS);
        assertThat(fetcher(false).fetch("http://localhost:" + server.getAddress().getPort() + "/page").failure())
                .as("a name that resolves to loopback").isEqualTo(PageFetcher.Failure.REFUSED_ADDRESS);
    }

    @Test
    void privateLinkLocalMulticastAndUnspecifiedAddressesAreNeverFetchedNorRedirectedTo() throws Exception {
        PageFetcher fetcher = fetcher(true);
        for (String address : new String[] {"10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "224.0.0.1",
            "0.0.0.0", "100.64.0.1", "[fd00::1]", "[fe80::1]", "[::ffff:10.0.0.1]"}) {
            assertThat(fetcher.fetch("http://" + address + "/").failure()).as(address).isEqualTo(PageFetcher.Failure.REFUSED_ADDRESS);
        }
        assertThat(fetcher.fetch(url("/metadata")).failure()).isEqualTo(PageFetcher.Failure.REFUSED_ADDRESS);
        assertThat(fetcher.allowed(InetAddress.getByName("93.184.216.34"))).isTrue();
    }

    @Test
    void tooLargeTooManyRedirectsNotAPageAndSilenceEachHaveTheirReason() {
        PageFetcher fetcher = fetcher(true);

        assertThat(fetcher.fetch(url("/big")).failure()).isEqualTo(PageFetcher.Failure.TOO_LARGE);
        assertThat(fetcher.fetch(url("/hops?0")).failure()).isEqualTo(PageFetcher.Failure.UNREACHABLE);
        assertThat(fetcher.fetch("ftp://example.org/file").failure()).isEqualTo(PageFetcher.Failure.UNREACHABLE);
        long start = System.nanoTime();
        assertThat(fetcher.fetch(url("/silent")).failure()).isEqualTo(PageFetcher.Failure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }
}
