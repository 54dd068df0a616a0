package io.sdc.portal.web;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/**
 * The design system's pagination component: previous and next links, and numbered pages when the number of pages is
 * known (when the portal pages a list it read whole).
 */
@TemplateData
public record Pagination(String previous, String next, List<Item> pages) {

    @TemplateData
    public record Item(int number, String href, boolean current) {
    }

    public boolean shown() {
        return previous != null || next != null;
    }

    /** Pages whose count is not known: previous and next only. */
    public static Pagination open(String base, int page, boolean hasNext) {
        return new Pagination(page > 1 ? href(base, page - 1) : null, hasNext ? href(base, page + 1) : null, List.of());
    }

    /** A known number of pages, each numbered. */
    public static Pagination counted(String base, int page, int pageCount) {
        List<Item> items = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            items.add(new Item(number, href(base, number), number == page));
        }
        return new Pagination(page > 1 ? href(base, page - 1) : null, page < pageCount ? href(base, page + 1) : null,
                pageCount > 1 ? items : List.of());
    }

    /** {@code base} is the list's address with its filters and a query already started ({@code ?…&} or {@code ?}). */
    private static String href(String base, int page) {
        return base + "page=" + page;
    }
}
