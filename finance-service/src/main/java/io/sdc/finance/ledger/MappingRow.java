package io.sdc.finance.ledger;

/** One row of a ledger mapping: the budget line a cost centre and account count towards, and the row it was on. */
public record MappingRow(int rowNumber, String costCentre, String account, String budgetLine) {
}
