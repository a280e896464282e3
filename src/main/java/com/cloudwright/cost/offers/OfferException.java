package com.cloudwright.cost.offers;

import java.io.IOException;
import java.net.URI;

/** A bulk file could not be had: the message is one line for the user and names the URL. */
public final class OfferException extends IOException {

    private final URI url;

    public OfferException(URI url, String message) {
        super(message);
        this.url = url;
    }

    public OfferException(URI url, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
    }

    public URI url() {
        return url;
    }
}
