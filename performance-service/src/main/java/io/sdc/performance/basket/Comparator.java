package io.sdc.performance.basket;

import java.math.BigDecimal;

/** A value to compare an indicator with: national, regional, statistical neighbours' average, top-quartile threshold. */
public record Comparator(Kind kind, BigDecimal value, String dataYear) {

    public enum Kind {
        NATIONAL,
        REGIONAL,
        STATISTICAL_NEIGHBOURS,
        TOP_QUARTILE
    }
}
