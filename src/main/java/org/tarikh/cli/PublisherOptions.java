package org.tarikh.cli;

import org.tarikh.knowledge.ClaimReviews;
import picocli.CommandLine.Option;

/** Who publishes the fact-checks and where their pages live: the options {@code export} and {@code site} share. */
final class PublisherOptions {
    @Option(names = "--org-name", paramLabel = "NAME", defaultValue = "${env:TARIKH_ORG_NAME:-Tarikh}",
            description = "The publishing organisation (default: $TARIKH_ORG_NAME or Tarikh).")
    String orgName;

    @Option(names = "--org-url", paramLabel = "URL", defaultValue = "${env:TARIKH_ORG_URL:-https://t.me/tarikh_bot}",
            description = "The organisation's address (default: $TARIKH_ORG_URL or https://t.me/tarikh_bot).")
    String orgUrl;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:TARIKH_SITE_URL:-https://tarikh.example.org}",
            description = "Where the claims' pages are published (`tarikh site`): their addresses, the sitemap and "
                    + "each ClaimReview's url (default: $TARIKH_SITE_URL).")
    String siteUrl;

    ClaimReviews.Publisher publisher() {
        return new ClaimReviews.Publisher(orgName, orgUrl, siteUrl);
    }
}
