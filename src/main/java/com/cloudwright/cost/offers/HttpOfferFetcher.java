package com.cloudwright.cost.offers;

import com.cloudwright.i18n.Bundle;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

/**
 * Plain unsigned HTTP(S) GETs: gzip accepted (the offer files shrink about tenfold), redirects
 * followed, a connect timeout and a read timeout so that a stalled transfer fails instead of
 * hanging. Every failure becomes an {@link OfferException} that names the URL.
 */
public final class HttpOfferFetcher implements OfferFetcher {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    private final Duration connectTimeout;
    private final Duration readTimeout;

    public HttpOfferFetcher(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    public HttpOfferFetcher() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    @Override
    public Download open(URI url) throws OfferException {
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) url.toURL().openConnection();
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new OfferException(url, TEXT.get("offers.error.url", url));
        }
        connection.setConnectTimeout((int) connectTimeout.toMillis());
        connection.setReadTimeout((int) readTimeout.toMillis());
        connection.setInstanceFollowRedirects(true);
        connection.setRequestProperty("Accept-Encoding", "gzip");
        connection.setRequestProperty("Accept", "application/json");
        try {
            int status = connection.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                String reason = connection.getResponseMessage();
                connection.disconnect();
                throw new OfferException(url, TEXT.get("offers.error.status", url, String.valueOf(status),
                        reason == null ? "" : reason));
            }
            CountingInputStream wire = new CountingInputStream(connection.getInputStream());
            InputStream body = "gzip".equalsIgnoreCase(connection.getContentEncoding())
                    ? new GZIPInputStream(wire, 64 * 1024) : wire;
            return new HttpDownload(connection, body, wire, connection.getContentLengthLong());
        } catch (OfferException e) {
            throw e;
        } catch (IOException e) {
            connection.disconnect();
            throw failure(url, e, readTimeout);
        }
    }

    /** One line for a failed transfer, naming the URL ({@code readTimeout} null when not known). */
    static OfferException failure(URI url, IOException e, Duration readTimeout) {
        if (e instanceof OfferException o) {
            return o;
        }
        String message;
        if (e instanceof UnknownHostException) {
            message = TEXT.get("offers.error.unknownHost", url, url.getHost());
        } else if (e instanceof SocketTimeoutException && readTimeout != null) {
            message = TEXT.get("offers.error.timeout", url, readTimeout.toSeconds());
        } else if (e instanceof ConnectException) {
            message = TEXT.get("offers.error.connect", url, oneLine(e));
        } else {
            message = TEXT.get("offers.error.read", url, oneLine(e));
        }
        return new OfferException(url, message, e);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).replace('\n', ' ').strip();
    }

    private record HttpDownload(HttpURLConnection connection, InputStream body, CountingInputStream wire, long length)
            implements Download {

        @Override
        public long transferred() {
            return wire.count();
        }

        @Override
        public void abort() {
            wire.abort();
            connection.disconnect();
        }

        @Override
        public void close() throws IOException {
            try {
                body.close();
            } finally {
                connection.disconnect();
            }
        }
    }
}
