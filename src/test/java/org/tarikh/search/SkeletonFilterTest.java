package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkeletonFilterTest {

    @Test
    void spellingsOfOneNameShareASkeleton() {
        assertThat(SkeletonFilter.skeleton("жанаозен")).isEqualTo(SkeletonFilter.skeleton("zhanaozen"))
                .isEqualTo(SkeletonFilter.skeleton("janaozen"));
        assertThat(SkeletonFilter.skeleton("шокай")).isEqualTo(SkeletonFilter.skeleton("shokay"));
        assertThat(SkeletonFilter.skeleton("желтоқсан")).isEqualTo(SkeletonFilter.skeleton("jeltoqsan"));
        assertThat(SkeletonFilter.skeleton("ҷумҳурӣ")).isEqualTo(SkeletonFilter.skeleton("jumhuri"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(SkeletonFilter.skeleton("karimov")).isNotEqualTo(SkeletonFilter.skeleton("rakhimov"));
    }
}
