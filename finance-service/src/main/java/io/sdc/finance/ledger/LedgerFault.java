package io.sdc.finance.ledger;

/** The kinds of fault a ledger export's rows can have; each is counted in a refusal, and the first are listed by row. */
public enum LedgerFault {

    /** A cost centre and account the mapping does not map, or one mapped to a line the year's budget does not have. */
    UNMAPPED_CODE("unmapped-code"),
    /** An amount that is not money with at most two places, negative, or over the limit. */
    BAD_AMOUNT("bad-amount"),
    /** The same cost centre, account, transaction reference and period as an earlier row. */
    DUPLICATE_ROW("duplicate-row"),
    /** A period that is not a month, or a month outside the budget's financial year. */
    PERIOD_OUTSIDE_YEAR("period-outside-year");

    private final String slug;

    LedgerFault(String slug) {
        this.slug = slug;
    }

    /** How the refusal names the kind: {@code count:unmapped-code}. */
    public String countField() {
        return "count:" + slug;
    }

    public String slug() {
        return slug;
    }
}
