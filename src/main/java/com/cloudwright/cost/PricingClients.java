package com.cloudwright.cost;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;

import java.net.URI;
import java.time.Duration;

/**
 * Builds the AWS SDK {@link PricingClient} the live source uses: the Price List endpoint in
 * us-east-1, the given credentials (the default chain in the app), the SDK's standard retries
 * (throttling included) and timeouts so that a dead network fails in seconds, not minutes.
 */
public final class PricingClients {

    /** Attempts per call, the first included; throttled calls back off exponentially. */
    public static final int MAX_ATTEMPTS = 4;

    private PricingClients() {
    }

    /** @param endpoint null for the real endpoint; a loopback URI in tests */
    public static PricingClient create(URI endpoint, AwsCredentialsProvider credentials) {
        return create(endpoint, credentials, Duration.ofSeconds(10), Duration.ofSeconds(45));
    }

    public static PricingClient create(URI endpoint, AwsCredentialsProvider credentials, Duration attemptTimeout,
                                       Duration callTimeout) {
        var builder = PricingClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(attemptTimeout))
                .overrideConfiguration(o -> o
                        .apiCallAttemptTimeout(attemptTimeout)
                        .apiCallTimeout(callTimeout)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS).build()));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }
}
