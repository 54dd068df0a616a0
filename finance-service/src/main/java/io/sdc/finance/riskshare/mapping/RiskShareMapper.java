package io.sdc.finance.riskshare.mapping;

import io.sdc.finance.riskshare.RiskShareMechanism;
import io.sdc.finance.riskshare.rest.RiskShareResource;

public final class RiskShareMapper {

    private RiskShareMapper() {
    }

    /** The mechanism as the API and its audit history show it. */
    public static RiskShareResource.Mechanism toView(RiskShareMechanism mechanism) {
        return new RiskShareResource.Mechanism(mechanism.excludeDemandLed(),
                mechanism.overspendBands().stream().map(RiskShareResource.Band::of).toList(),
                mechanism.underspendBands().stream().map(RiskShareResource.Band::of).toList(), mechanism.version(), mechanism.id());
    }
}
