package io.sdc.portal.session;

/** A page needs a signed-in person and there is none (or their session has ended): the browser is sent to sign in. */
public class NotSignedIn extends RuntimeException {
    public NotSignedIn() {
        super("Sign in to use the portal", null, false, false);
    }
}
