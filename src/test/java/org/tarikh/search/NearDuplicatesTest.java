package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    @Test
    void countsNearlyTheSameQuestionOnceMostAskedFirst() {
        List<NearDuplicates.Group> groups = new NearDuplicates().group(List.of(
                new NearDuplicates.Asked("When was the Baikonur lease signed?", "en"),
                new NearDuplicates.Asked("Was there a famine in Ireland?", "en"),
                new NearDuplicates.Asked("was there a famine in ireland", "en"),
                new NearDuplicates.Asked("Were there famines in Ireland?", "en"),
                new NearDuplicates.Asked("Какая погода в Алматы?", "ru"),
                new NearDuplicates.Asked("Какая погода в Алмате?", "ru")));

        assertThat(groups).containsExactly(
                new NearDuplicates.Group("Was there a famine in Ireland?", "en", 3),
                new NearDuplicates.Group("Какая погода в Алматы?", "ru", 2),
                new NearDuplicates.Group("When was the Baikonur lease signed?", "en", 1));
    }
}
