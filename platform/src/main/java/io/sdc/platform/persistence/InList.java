package io.sdc.platform.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A query's {@code in (?n, ?n+1, ...)}: one positional parameter per distinct value, numbered after the query's
 * leading parameters, rather than one parameter bound to a list. Hibernate caches the SQL it translates a query into
 * only when no parameter is bound to a list, so a list parameter would cost the whole HQL-to-SQL translation again on
 * every call; the SQL sent is the same.
 *
 * @param placeholders what follows {@code in}, e.g. {@code (?2, ?3)}
 * @param parameters   the leading parameters, then each distinct value, in the order of their positions
 * @param values       how many distinct values there are
 */
public record InList(String placeholders, Object[] parameters, int values) {

    /** The distinct {@code values}, in their first order, after the query's {@code leading} parameters ({@code ?1}...). */
    public static InList of(Collection<?> values, Object... leading) {
        List<?> distinct = values.stream().distinct().toList();
        Object[] parameters = Arrays.copyOf(leading, leading.length + distinct.size());
        StringBuilder in = new StringBuilder("(");
        for (int i = 0; i < distinct.size(); i++) {
            int position = leading.length + i + 1;
            in.append(i == 0 ? "" : ", ").append('?').append(position);
            parameters[position - 1] = distinct.get(i);
        }
        return new InList(in.append(')').toString(), parameters, distinct.size());
    }

    /** Whether there are no values: such a query would select nothing, so it need not be sent. */
    public boolean isEmpty() {
        return values == 0;
    }
}
