package org.tarikh.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** 2,000 questions from 200 chats, every reply delivered within Telegram's limits, none refused with a 429. */
class BurstIT {

    @Test
    void aBurstIsDeliveredCompletelyWithinTheLimits() throws Exception {
        BurstBenchmark.Result result = BurstBenchmark.run(Path.of("src/test/resources/fixture"), 2000, 200);

        assertThat(result.replies()).isEqualTo(2000);
        assertThat(result.tooManyRequests()).isZero();
        assertThat(result.seconds()).as("within 10% of the least time the limits allow")
                .isLessThanOrEqualTo(result.leastSeconds() * 1.1);
    }
}
