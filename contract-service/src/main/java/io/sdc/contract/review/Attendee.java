package io.sdc.contract.review;

import io.sdc.contract.contract.ContractParty;

/** Someone who attended an annual contract review, and the party they attended for. */
public record Attendee(String name, String position, ContractParty party) {
}
