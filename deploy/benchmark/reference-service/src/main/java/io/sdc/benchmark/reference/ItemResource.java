package io.sdc.benchmark.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** The one read the benchmark compares against: an item by its id, unauthenticated, as JSON. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    @GET
    @Path("/{id}")
    public Item get(@PathParam("id") UUID id) {
        Item item = Item.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }
}
