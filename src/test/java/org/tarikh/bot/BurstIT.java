package org.tarikh.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * 2,000 questions from 200 chats, every reply delivered once within Telegram's limits, none refused with a 429.
 * How fast is for {@code bench/burst.sh} to say.
 */
class BurstIT {

    @Test
    void aBurstIsDeliveredCompletelyAndOnceWithinTheLimits() throws Exception {
        BurstBenchmark.Result result = BurstBenchmark.run(Path.of("src/test/resources/fixture"), 2000, 200);

        assertThat(result.deliveries().lost()).isZero();
        assertThat(result.deliveries().twice()).isZero();
        assertThat(result.replies()).isEqualTo(2000);
        assertThat(result.tooManyRequests()).isZero();
    }
}
