package org.tarikh.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentsTest {

    @Test
    void aPageIsReducedToItsMainTextWithoutMenusAndFooters() {
        String html = "<html><head><title>The famine</title><script>var x = 1;</script></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><header>Site name</header>"
                + "<article><h1>The Kazakh famine</h1><p>It killed <b>1.5 million</b> people.</p>"
                + "<p>It is not a myth.</p></article><footer>© 2026, all rights reserved</footer></body></html>";

        Documents.Text text = Documents.fromHtml(html);

        assertThat(text.title()).isEqualTo("The famine");
        assertThat(text.text()).isEqualTo("The Kazakh famine\nIt killed 1.5 million people.\nIt is not a myth.");
    }

    @Test
    void markdownLosesItsMarkup() {
        assertThat(Documents.fromMarkdown("# Heading\n\nThe **famine** in [Kazakhstan](https://x.org) was *real*.\n> quoted"))
                .isEqualTo("Heading\nThe famine in Kazakhstan was real.\nquoted");
    }

    @Test
    void aFileIsReadByItsEnding() {
        assertThat(Documents.of("post.html", "<p>one</p><p>two</p>").text()).isEqualTo("one\ntwo");
        assertThat(Documents.of("notes.md", "## two").text()).isEqualTo("two");
        assertThat(Documents.of("plain.txt", "# not a heading").text()).isEqualTo("# not a heading");
    }
}
