package io.sdc.contract.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A party to the contract: the commissioning council or the providing trust. */
@Embeddable
public class Party {

    @Column(nullable = false)
    private String name;

    private String identifier;

    protected Party() {
    }

    public Party(String name, String identifier) {
        this.name = Objects.requireNonNull(name);
        this.identifier = identifier;
    }

    public String name() {
        return name;
    }

    public String identifier() {
        return identifier;
    }
}
