package io.sdc.portal.finance;

import java.util.regex.Pattern;

/**
 * An amount as people type it ("£348,000", "348000", "-1,100,000.00") in the form the services take
 * ("348000.00"): only the pound sign, thousands separators and spaces are taken out, and whole pounds get their
 * pence. Anything else is sent as typed, for the service to judge and explain.
 */
final class AmountInput {

    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern ONE_DECIMAL = Pattern.compile("-?\\d+\\.\\d");

    private AmountInput() {
    }

    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String text = typed.strip().replace("£", "").replace(",", "").replace(" ", "").replace('−', '-');
        if (WHOLE.matcher(text).matches()) {
            return text + ".00";
        }
        if (ONE_DECIMAL.matcher(text).matches()) {
            return text + "0";
        }
        return text;
    }
}
