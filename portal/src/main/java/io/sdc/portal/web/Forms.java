package io.sdc.portal.web;

import io.sdc.portal.session.CurrentPerson;
import io.sdc.portal.session.SessionSeal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The defence against cross-site request forgery, in two layers: every form carries its session's token in the
 * hidden field {@value #FIELD} and every handler of a form checks it with {@link #check(String)} before doing
 * anything; {@link SameOriginPosts} also refuses any POST a browser says came from another site. The session
 * cookie is {@code SameSite=Strict} besides.
 */
@RequestScoped
public class Forms {

    public static final String FIELD = "csrf";

    @Inject
    CurrentPerson person;
    @Inject
    SessionSeal seal;

    /** The bytes of a file uploaded with a form, as the browser sent them. */
    public static byte[] content(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token the signed-in person's forms carry. */
    public String token() {
        return seal.formToken(person.require().sessionId());
    }

    /** Refuses the form (403, nothing changed) unless it carries this session's token. */
    public void check(String token) {
        if (!seal.sameToken(token(), token)) {
            throw new FormRefused();
        }
    }

    /** A form without its session's token: answered with a page that asks the person to try again. */
    public static class FormRefused extends RuntimeException {
        public FormRefused() {
            super("The form was not sent from this session", null, false, false);
        }
    }
}
