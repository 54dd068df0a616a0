package io.sdc.portal.changerequest;

/** A date typed into the design system's date input (day, month, year) as the API's ISO date. */
final class DateParts {

    private DateParts() {
    }

    /**
     * {@code 1}, {@code 4}, {@code 2016} as {@code 2016-04-01}; nothing typed as null. What cannot be a date is sent
     * as typed, so that the API refuses it naming the field.
     */
    static String iso(String day, String month, String year) {
        String d = ProposalForm.strip(day);
        String m = ProposalForm.strip(month);
        String y = ProposalForm.strip(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        return y + "-" + pad(m) + "-" + pad(d);
    }

    private static String pad(String part) {
        return part.length() == 1 && Character.isDigit(part.charAt(0)) ? "0" + part : part;
    }
}
