package org.tarikh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.site.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tarikh site --out DIR}: the knowledge as a static website, a page per claim with its ClaimReview. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Writes the knowledge as a static website: a page per claim and language (with its ClaimReview "
                + "JSON-LD), a page per topic, a home page with a search, and a sitemap.")
public final class SiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Mixin
    PublisherOptions publishing;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the site in.")
    Path out;

    @Option(names = "--bot", paramLabel = "USERNAME", defaultValue = "${env:TARIKH_BOT_USERNAME:-tarikh_bot}",
            description = "The bot's Telegram username, for the \"check it in Telegram\" links (default: "
                    + "$TARIKH_BOT_USERNAME or tarikh_bot).")
    String bot;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase loaded = knowledge.load(spec.commandLine().getErr());
        if (loaded == null) {
            return 1;
        }
        long start = System.nanoTime();
        Site.Report report = new Site(loaded, publishing.publisher(), bot)
                .write(out);
        spec.commandLine().getOut().printf("%d pages (%d files, %.1f kB) written to %s in %d ms%n", report.pages(),
                report.files(), report.bytes() / 1024.0, out, (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
